import { expect, type Page, test } from '@playwright/test';
import { IncompletePageError } from '../../pages/incomplete-page';
import { ItemsToApprove } from '../../pages/items-to-approve';

/** The home page's "Items to Approve" card, its rows arriving after `ms`: requests, its "none" message, or nothing. */
async function card(page: Page, body: string, ms: number): Promise<ItemsToApprove> {
  await page.setContent(`<article class="slds-card"><h2><span title="Items to Approve">Items to Approve</span></h2>
<div class="slds-card__body"></div></article>
<script>setTimeout(() => { document.querySelector('.slds-card__body').innerHTML = ${JSON.stringify(body)}; }, ${ms});</script>`);
  return new ItemsToApprove(page);
}

test('the requests are read once the card lists them, though it shows its title first', async ({ page }) => {
  const items = await card(
    page,
    '<table><tbody><tr><th><a href="/lightning/r/ProcessInstanceWorkitem/04i1/view">Big Deal</a></th></tr></tbody></table>',
    500,
  );
  expect(await items.names()).toEqual(['Big Deal']);
});

test('"none waiting" needs the card to say so; a card that shows nothing was not read', async ({ page }) => {
  const empty = await card(page, '<p>No approval requests need your attention right now.</p>', 300);
  expect(await empty.names()).toEqual([]);

  page.setDefaultTimeout(1_000);
  const silent = await card(page, '', 0);
  const error = await silent.names().catch((e: Error) => e);
  expect(error).toBeInstanceOf(IncompletePageError);
  expect((error as Error).message).toBe(
    '"Items to Approve" showed neither a request nor its message that none waits, so what it lists was not read',
  );
});

test('a row is found by the request it links to, not by the name it shows, once the card lists it', async ({
  page,
}) => {
  const row = (id: string) =>
    `<tr><th><a href="/lightning/r/ProcessInstanceWorkitem/${id}/view">Globex Renewal</a></th></tr>`;
  const items = await card(
    page,
    `<table><tbody>${row('04i000000000001AAA')}${row('04i000000000002')}</tbody></table>`,
    300,
  );
  expect(await items.countLinkingTo(['04i000000000002AAA'])).toBe(1);
  expect(await items.countLinkingTo(['04i000000000001AAA', '006000000000001AAA'])).toBe(1);
  expect(await items.countLinkingTo(['04i000000000003AAA'])).toBe(0);
});
