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
