/**
 * Add Products' product list (html/product-picker.ts): the search keeps the rows whose text has the term, after
 * the delay the list gives (a server's answer under the "lightning" latency profile); a ticked row is marked
 * .selected. Rows a search hides keep their checkbox, as Lightning keeps the products chosen before.
 */
export function onPickerInput(input: HTMLInputElement): void {
  const search = input.closest<HTMLElement>('.forceMultiAddSearch');
  const grid = search?.parentElement?.querySelector('table.uiVirtualDataTable');
  if (!search || !grid) return;
  const term = input.value.trim().toLowerCase();
  const answer = () => {
    if (input.value.trim().toLowerCase() !== term) return;
    let shown = 0;
    for (const row of grid.querySelectorAll<HTMLElement>('tbody tr')) {
      row.hidden = term !== '' && !(row.textContent ?? '').toLowerCase().includes(term);
      if (!row.hidden) shown++;
    }
    const none = search.parentElement?.querySelector<HTMLElement>('.pickerNoResults');
    if (none) none.hidden = shown > 0;
  };
  const delay = Number(search.dataset.searchDelay ?? 0);
  if (delay > 0) setTimeout(answer, delay);
  else answer();
}

export function onPickerChange(checkbox: HTMLInputElement): void {
  checkbox.closest('tr')?.classList.toggle('selected', checkbox.checked);
}

/** Edit Selected Products (html/edit-selected-products.ts): a cell's button opens the cell's input. */
export function onEditCellClick(button: HTMLElement): void {
  const cell = button.closest('td');
  const field = cell?.querySelector<HTMLElement>('.cellInput');
  if (!cell || !field) return;
  button.hidden = true;
  field.hidden = false;
  field.querySelector('input')?.focus();
}

/** Enter closes the cell's input; the cell shows the value typed, which Save posts. */
export function onEditCellKey(event: KeyboardEvent): void {
  const input = event.composedPath()[0];
  if (event.key !== 'Enter' || !(input instanceof HTMLInputElement)) return;
  const field = input.closest<HTMLElement>('.cellInput');
  const button = field?.closest('td')?.querySelector<HTMLElement>('[data-action="edit-cell"]');
  if (!field || !button) return;
  event.preventDefault();
  const value = button.querySelector('.cellValue');
  if (value) value.textContent = input.value;
  field.hidden = true;
  button.hidden = false;
}

/** A refused save lists its messages in the dialog's .forceStatusIconSummary; false when it has none. */
export function showStatusSummary(section: ParentNode, messages: string[]): boolean {
  const summary = section.querySelector<HTMLElement>('.forceStatusIconSummary');
  const list = summary?.querySelector('ul');
  if (!summary || !list) return false;
  list.replaceChildren(
    ...messages.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
  summary.hidden = false;
  return true;
}
