import { expect, type Page, test } from '@playwright/test';
import { ActionDialog } from '../../pages/action-dialog';
import { ProductPicker } from '../../pages/product-picker';
import { SearchNotAnswered } from '../../pages/search-answer';

/**
 * "Add Products" as force/multiAdd declares it: .forceMultiAddSearch and a list view whose grid is a
 * table.uiVirtualDataTable with a .forceVirtualCheckbox per row. Like a long price book on a real org, the grid
 * renders only its first rows; the search answers late, from all of them, or never.
 */
const CATALOG = ['Onboarding Package', 'Platform License', 'Premium Support', 'Training Days'];

function pickerPage(answerMs: number | undefined, silentWhenNone = false): string {
  return `<!DOCTYPE html><html><body>
<section role="dialog" aria-label="Add Products"><div class="modal-container">
  <div class="forceMultiAddSearch"><div class="uiInput"><input class="uiInput uiInputTextForAutocomplete" type="search"></div></div>
  <div class="forceListViewManager"><div class="forceInlineEditGrid"><table class="uiVirtualDataTable"><tbody></tbody></table><p class="emptyAnswer" hidden>No items to display.</p></div></div>
</div></section>
<script>
const catalog = ${JSON.stringify(CATALOG)};
const body = document.querySelector('tbody');
const empty = document.querySelector('.emptyAnswer');
const show = (names) => { body.innerHTML = names.map((name) =>
  '<tr><td><div class="forceVirtualCheckbox"><label><input type="checkbox" style="display:none"><span class="slds-checkbox--faux" style="display:inline-block;width:12px;height:12px;border:1px solid"></span></label></div></td><th>' + name + '</th><td>Code ' + name.length + '</td></tr>').join('');
  empty.hidden = names.length > 0 || ${Boolean(silentWhenNone)}; };
show(catalog.slice(0, 2));
document.querySelector('input[type=search]').addEventListener('input', (event) => {
  const term = event.target.value.toLowerCase();
  if (${answerMs === undefined}) return;
  setTimeout(() => show(catalog.filter((name) => name.toLowerCase().includes(term))), ${answerMs ?? 0});
});
document.addEventListener('change', (event) => event.target.closest('tr').classList.toggle('selected', event.target.checked));
</script></body></html>`;
}

async function picker(
  page: Page,
  answerMs: number | undefined,
  silentWhenNone = false,
): Promise<ProductPicker> {
  await page.setContent(pickerPage(answerMs, silentWhenNone));
  return new ProductPicker(new ActionDialog(page, 'Add Products'));
}

test('a product the grid has not rendered is found by searching its name, then ticked', async ({ page }) => {
  const products = await picker(page, 600);
  expect(await products.shown()).toEqual(['Onboarding Package', 'Platform License']);
  expect(await products.search('Premium Support')).toEqual(['Premium Support']);
  await products.choose('Premium Support');
  await expect(page.locator('tr.selected th')).toHaveText('Premium Support');
});

test('a product the price book does not offer is known only from the search answering without it', async ({
  page,
}) => {
  const products = await picker(page, 600);
  expect(await products.search('Legacy Connector')).toEqual([]);
  expect(await products.search('Platform')).toEqual(['Platform License']);
});

test('a search that never answers is not taken for "not offered": it fails saying what still shows', async ({
  page,
}) => {
  page.setDefaultTimeout(2_000);
  const products = await picker(page, undefined);
  const error = await products.search('Premium Support').catch((e: Error) => e);
  expect(error).toBeInstanceOf(SearchNotAnswered);
  expect((error as Error).message).toContain(
    'Add Products showed no answer to the search for "Premium Support" within 2000 ms: it shows "Onboarding Package", "Platform License", as before the search',
  );
});

test('an empty grid is no answer: "not offered" needs the message that the search found nothing', async ({
  page,
}) => {
  page.setDefaultTimeout(2_000);
  const products = await picker(page, 300, true);
  const error = await products.search('Legacy Connector').catch((e: Error) => e);
  expect(error).toBeInstanceOf(SearchNotAnswered);
  expect((error as Error).message).toContain(
    'Add Products showed no answer to the search for "Legacy Connector" within 2000 ms: it shows nothing, and no message that the search found nothing',
  );
});
