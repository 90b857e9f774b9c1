import { expect, type Page, test } from '@playwright/test';
import { IncompletePageError } from '../../pages/incomplete-page';
import { NewRecordAction } from '../../pages/new-record';
import { waitAtMost } from '../short-waits';

/**
 * The record type step as salesforce-pageobjects force/changeRecordType declares its one-column ("top down")
 * variant: per .changeRecordTypeRow a .changeRecordTypeTopDownOneColumn with a .topdown-radio-container and a
 * .slds-form-element__label. Next opens the New form of the chosen record type.
 */
const ORG = 'https://new-record.test';

const topDownStep = `<!DOCTYPE html><html><body>
<section role="dialog" aria-label="New Opportunity"><div class="forceChangeRecordType">
${['New Business', 'Renewal']
  .map(
    (label, index) => `<div class="changeRecordTypeRow"><div class="changeRecordTypeTopDownOneColumn">
  <div class="topdown-radio-container uiInputRadio"><input type="radio" name="rt" value="${label}"${index === 0 ? ' checked' : ''}></div>
  <span class="slds-form-element__label">${label}</span><span class="description">About ${label}</span>
</div></div>`,
  )
  .join('')}
</div><div class="forceChangeRecordTypeFooter"><button onclick="next()">Cancel</button><button onclick="next()">Next</button></div></section>
<script>
document.querySelectorAll('.topdown-radio-container').forEach((container) =>
  container.addEventListener('click', () => { container.querySelector('input').checked = true; }));
function next() {
  const chosen = document.querySelector('input[name=rt]:checked').value;
  document.body.innerHTML = '<section role="dialog"><records-modal-lwc-detail-panel-wrapper><records-record-layout-item>' +
    chosen + '</records-record-layout-item></records-modal-lwc-detail-panel-wrapper><button name="SaveEdit">Save</button></section>';
}
</script></body></html>`;

test.use({ baseURL: ORG });

async function routeOrg(page: Page, body = topDownStep): Promise<string[]> {
  const opened: string[] = [];
  await page.route(`${ORG}/**`, (route) => {
    opened.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body });
  });
  return opened;
}

test('New opens with useRecordTypeCheck=1 and reads and chooses record types of the top-down step', async ({
  page,
}) => {
  const opened = await routeOrg(page);
  const action = new NewRecordAction(page, 'Opportunity');
  expect(await action.start()).toBe('recordType');
  expect(opened.at(-1)).toBe(`${ORG}/lightning/o/Opportunity/new?useRecordTypeCheck=1`);
  expect(await action.offeredRecordTypes()).toEqual(['New Business', 'Renewal']);
  const form = await action.chooseRecordType('Renewal');
  await expect(form.root.locator('records-record-layout-item')).toHaveText('Renewal');
});

test('a step whose labels or Next button are not where they are looked for fails saying so, never "not offered"', async ({
  page,
}) => {
  waitAtMost(page, 1_000);
  await routeOrg(page, topDownStep.replace('>Next<', '>Continue<'));
  const action = new NewRecordAction(page, 'Opportunity');
  await action.start();
  const noNext = await action.chooseRecordType('Renewal').catch((e: Error) => e);
  expect(noNext).toBeInstanceOf(IncompletePageError);
  expect((noNext as Error).message).toBe(
    'the record type step shows no "Next" button (its buttons: Cancel, Continue), so the form was not reached',
  );

  await page.unrouteAll();
  await routeOrg(page, topDownStep.replaceAll('slds-form-element__label', 'recordTypeName'));
  await action.start();
  const unread = await action.offeredRecordTypes().catch((e: Error) => e);
  expect(unread).toBeInstanceOf(IncompletePageError);
  expect((unread as Error).message).toBe(
    'the record type step showed no record type label where force/changeRecordType puts them (two columns or top down), so the record types it offers were not read',
  );
});
