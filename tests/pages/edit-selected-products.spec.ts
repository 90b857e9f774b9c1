import { expect, type Page, test } from '@playwright/test';
import { EditSelectedProducts } from '../../pages/edit-selected-products';

/**
 * "Edit Selected Products" as force/multiEdit declares it: a list view's inline-edit grid (table.uiVirtualDataTable,
 * the product's name in the row's th), each editable cell's first child a button that opens the cell's input
 * (force/multiEditUtils setSmartInputValue), Save a .forceActionButton titled "Save", errors in
 * .forceStatusIconSummary. Sales Price is read-only here when `readOnlyPrice`.
 */
function multiEditPage(readOnlyPrice: boolean): string {
  const cell = (column: string, value: string, row: number) =>
    `<td><button type="button" class="forceActionButton" title="Edit ${column}"><span>${value}</span><span style="position:absolute;clip:rect(0 0 0 0)">Edit ${column}: Item ${row}</span></button><span class="cellInput" hidden><input class="input uiInputSmartNumber" data-column="${column}" value="${value}"></span></td>`;
  const row = (name: string, price: string, index: number) =>
    `<tr data-product="${name}"><th scope="row"><a title="${name}">${name}</a></th>${cell('Quantity', '', index)}${readOnlyPrice ? `<td>${price}</td>` : cell('Sales Price', price, index)}</tr>`;
  return `<!DOCTYPE html><html><body>
<section role="dialog" aria-label="Edit Selected Products"><div class="modal-container">
  <div class="forceListViewManager"><div class="listViewContainer"><div class="forceInlineEditGrid"><table class="uiVirtualDataTable"><tbody>
    ${row('Platform License', '12000', 1)}${row('Premium Support', '3000', 2)}
  </tbody></table></div></div></div>
  <div class="forceStatusIconSummary" hidden><p class="genericSummary">We hit a snag.</p><ul></ul></div>
  <button type="button">Cancel</button><button type="button" class="forceActionButton" title="Save">Save</button>
</div></section>
<script>
document.addEventListener('click', (event) => {
  const edit = event.target.closest('button[title^="Edit "]');
  if (edit) { edit.hidden = true; edit.parentElement.querySelector('.cellInput').hidden = false; return; }
  if (event.target.closest('button[title="Save"]')) {
    const values = [...document.querySelectorAll('tr[data-product]')].map((row) => [row.dataset.product,
      ...[...row.querySelectorAll('input')].map((input) => input.dataset.column + '=' + input.value)]);
    if (values.some((line) => line.includes('Quantity='))) {
      const summary = document.querySelector('.forceStatusIconSummary');
      summary.querySelector('ul').innerHTML = '<li>These required fields must be completed: Quantity</li>';
      summary.hidden = false;
      return;
    }
    window.saved = values;
    document.querySelector('section').remove();
  }
  if (event.target.textContent === 'Cancel') document.querySelector('section').remove();
});
document.addEventListener('keydown', (event) => {
  const field = event.target.closest('.cellInput');
  if (event.key !== 'Enter' || !field) return;
  field.hidden = true;
  const button = field.parentElement.querySelector('button');
  button.querySelector('span').textContent = event.target.value;
  button.hidden = false;
});
</script></body></html>`;
}

async function editGrid(page: Page, readOnlyPrice = false): Promise<EditSelectedProducts> {
  await page.setContent(multiEditPage(readOnlyPrice));
  const edit = new EditSelectedProducts(page);
  await edit.waitUntilOpen();
  return edit;
}

test("quantity and sales price are typed into each product's cells, opened by their buttons, then saved", async ({
  page,
}) => {
  const edit = await editGrid(page);
  await edit.set('Premium Support', 'Quantity', '1');
  await edit.set('Platform License', 'Quantity', '2');
  await edit.set('Platform License', 'Sales Price', '11000');
  expect(await edit.save()).toEqual({ done: true });
  expect(await page.evaluate(() => (window as unknown as { saved: string[][] }).saved)).toEqual([
    ['Platform License', 'Quantity=2', 'Sales Price=11000'],
    ['Premium Support', 'Quantity=1', 'Sales Price=3000'],
  ]);
});

test('a refused save answers the messages the grid lists', async ({ page }) => {
  const edit = await editGrid(page);
  await edit.set('Platform License', 'Quantity', '2');
  expect(await edit.save()).toEqual({
    done: false,
    errors: ['These required fields must be completed: Quantity'],
  });
});

test('a cell without its edit button fails naming the product and the column', async ({ page }) => {
  const edit = await editGrid(page, true);
  const error = await edit.set('Platform License', 'Sales Price', '11000').catch((e: Error) => e);
  expect((error as Error).message).toBe(
    'Edit Selected Products shows no editable Sales Price for "Platform License": its row has no button "Edit Sales Price" — the field is read-only for the persona or not on the multi-line layout',
  );
  const missing = await edit.set('Legacy Connector', 'Quantity', '1').catch((e: Error) => e);
  expect((missing as Error).message).toBe(
    'Edit Selected Products shows no row for "Legacy Connector" (it shows Platform License, Premium Support), so its Quantity cannot be entered',
  );
});
