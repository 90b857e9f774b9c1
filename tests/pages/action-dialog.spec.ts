import { expect, test } from '@playwright/test';
import { ActionDialog } from '../../pages/action-dialog';
import { IncompletePageError } from '../../pages/incomplete-page';

/** What a dialog's picker offers is read from a select labelled as asked; anything else is no reading at all. */
const dialog = (body: string) =>
  `<section role="dialog" aria-label="Create PDF"><h2>Create PDF</h2>${body}<button>Cancel</button></section>`;

test('a labelled select answers its options', async ({ page }) => {
  await page.setContent(
    dialog(
      '<label for="t">Template</label><select id="t"><option>Standard Quote</option><option>Enterprise Quote</option></select>',
    ),
  );
  expect(await new ActionDialog(page, 'Create PDF').options('Template')).toEqual([
    'Standard Quote',
    'Enterprise Quote',
  ]);
});

test('a dialog without the labelled picker, or with another kind of picker, offers nothing it could read', async ({
  page,
}) => {
  page.setDefaultTimeout(1_000);
  await page.setContent(
    dialog('<label for="t">Quote Template</label><select id="t"><option>Standard Quote</option></select>'),
  );
  const missing = await new ActionDialog(page, 'Create PDF').options('Template').catch((e: Error) => e);
  expect(missing).toBeInstanceOf(IncompletePageError);
  expect((missing as Error).message).toBe(
    'the "Create PDF" dialog shows no picker labelled "Template", so what it offers was not read',
  );

  await page.setContent(dialog('<label for="t">Template</label><input id="t" role="combobox" readonly>'));
  const combobox = await new ActionDialog(page, 'Create PDF').options('Template').catch((e: Error) => e);
  expect(combobox).toBeInstanceOf(IncompletePageError);
  expect((combobox as Error).message).toBe(
    'the "Create PDF" dialog\'s "Template" is an <input>, not a <select> whose options are read, so what it offers was not read',
  );
});

test('the comment goes into the labelled box, or the one in the comment container; a dialog with neither says so', async ({
  page,
}) => {
  page.setDefaultTimeout(1_000);
  const submit = (body: string) =>
    `<section role="dialog" aria-label="Submit for Approval"><h2>Submit for Approval</h2>${body}</section>`;
  await page.setContent(submit('<div class="commentContainer"><textarea role="textbox"></textarea></div>'));
  await new ActionDialog(page, 'Submit for Approval').comment('Please approve');
  await expect(page.locator('textarea')).toHaveValue('Please approve');

  await page.setContent(submit('<p>No comment here</p>'));
  const error = await new ActionDialog(page, 'Submit for Approval')
    .comment('Please approve')
    .catch((e: Error) => e);
  expect((error as Error).message).toBe(
    'the "Submit for Approval" dialog shows no comment box (neither labelled "Comments" nor .commentContainer textarea), so the comment "Please approve" could not be entered',
  );
});

/** A dialog that shows "Stale" from a refused press, and answers the next press after 800 ms as `answer` says. */
const refusedOnce = (answer: string) => `
  <section role="dialog" aria-label="Submit for Approval"><h2>Submit for Approval</h2>
    <div class="pageLevelErrors"><ul class="errorsList"><li>Stale</li></ul></div>
    <button id="submit">Submit</button>
  </section>
  <script>
    document.querySelector('#submit').addEventListener('click', () => setTimeout(() => {
      const dialog = document.querySelector('section');
      ${answer}
    }, 800));
  </script>`;

test('errors a refused press left shown are not the next press’s answer', async ({ page }) => {
  await page.setContent(refusedOnce('dialog.remove();'));
  const dialog = new ActionDialog(page, 'Submit for Approval');
  expect(await dialog.press('Submit')).toEqual({ done: true });

  await page.setContent(refusedOnce("dialog.querySelector('li').textContent = 'Fresh';"));
  expect(await dialog.press('Submit')).toEqual({ done: false, errors: ['Fresh'] });
});
