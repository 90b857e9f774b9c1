import { closeButtonMenus, toggleButtonMenu } from './button-menu';
import { composedClosest, deepAll, deepOne, parseWithShadows, visible } from './dom';
import { startPageScript } from './page-script';
import {
  closeModal,
  followHistory,
  loadDeferred,
  loadDeferredIn,
  openInPlace,
  openNewOverPage,
  renderAgainInPlace,
  showNewFormInPlace,
} from './pages-in-place';
import {
  onEditCellClick,
  onEditCellKey,
  onPickerChange,
  onPickerInput,
  showStatusSummary,
} from './product-picker';
import { toggleSection } from './section-toggle';

/**
 * The record UI's page script, as small as Lightning's behaviour allows: deferred page parts (latency profile
 * "lightning"), tabs, the actions ribbon and its overflow menu, inline edit, the Edit/New modal, comboboxes,
 * lookups, Delete. It talks to the emulator under /aura with JSON, as Lightning's client talks to its Aura
 * endpoint. Events are delegated from document; composedPath() reaches into shadow roots.
 */
interface SaveResult {
  success: boolean;
  id?: string;
  pageErrors: string[];
  fieldErrors?: Record<string, string>;
}

startPageScript('recordUi', () => {
  loadDeferredIn(document);
  document.addEventListener('click', (event) => void onClick(event));
  document.addEventListener('input', onInput);
  document.addEventListener('change', onChange);
  document.addEventListener('keydown', onEditCellKey);
  document.addEventListener('submit', onSubmit);
  followHistory();
});

async function post(url: string, body: unknown): Promise<SaveResult | null> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status === 401) {
    location.href = `/?startURL=${encodeURIComponent(location.pathname + location.search)}`;
    return null;
  }
  return response.json();
}

function recordRoot(): HTMLElement | undefined {
  return deepAll(document, 'one-record-home-flexipage2').find((root) => root.checkVisibility());
}

function valuesOf(scope: ParentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const input of deepAll<HTMLInputElement>(scope, '[data-field-input]')) {
    const kind = input.dataset.fieldInput;
    if (kind === 'richtext') {
      // What the rich text editor writes for typed text: a paragraph per line.
      const editor = deepOne(input, '.ql-editor');
      const lines = (editor?.innerText ?? '').split('\n').filter((line) => line.trim() !== '');
      values[input.dataset.fieldName ?? ''] =
        lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') || null;
    } else if (kind === 'multipicklist') {
      const chosen = deepAll(input, '[data-selected-list] [data-dual-option]').map(
        (option) => option.dataset.value,
      );
      values[input.dataset.fieldName ?? ''] = chosen.join(';') || null;
    } else if (kind === 'checkbox') values[input.name] = input.checked;
    else if (kind === 'combobox' || kind === 'lookup') values[input.name] = input.dataset.value || null;
    else if (kind === 'date-part' || kind === 'time-part') {
      // A date/time's date and time pickers: read together on the server, in the user's time zone.
      const typed = (values[input.name] ?? { date: '', time: '' }) as { date: string; time: string };
      typed[kind === 'date-part' ? 'date' : 'time'] = input.value;
      values[input.name] = typed;
    } else values[input.name] = input.value === '' ? null : input.value;
  }
  return values;
}

function showErrors(scope: ParentNode, popover: HTMLElement | undefined, result: SaveResult): void {
  for (const help of deepAll(scope, '[data-error-for]')) {
    help.hidden = true;
    help.textContent = '';
    help.closest('.slds-form-element')?.classList.remove('slds-has-error');
  }
  for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
    const help = deepOne(scope, `[data-error-for="${name}"]`);
    if (!help) {
      result.pageErrors.push(message);
      continue;
    }
    help.textContent = message;
    help.hidden = false;
    help.closest('.slds-form-element')?.classList.add('slds-has-error');
  }
  if (!popover) return;
  const list = deepOne(popover, 'ul.errorsList');
  list?.replaceChildren(
    ...result.pageErrors.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
  popover.hidden = false;
}

async function openModal(url: string): Promise<void> {
  closeModal();
  const response = await fetch(url, { credentials: 'same-origin' });
  document.body.append(...parseWithShadows(await response.text()));
  const modal = document.querySelector('[data-record-modal]');
  // Under the "lightning" latency profile the form's sections arrive one by one.
  if (modal) for (const part of deepAll(modal, '[data-deferred-part]')) void loadDeferred(part);
  deepOne(modal ?? document, '[data-field-input]')?.focus();
}

async function saveModal(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-record-modal] section.slds-modal');
  if (!section) return;
  const { object, recordId, mode } = section.dataset;
  const url = mode === 'edit' ? `/aura/record/${object}/${recordId}/save` : `/aura/record/${object}/save`;
  const assign = section.querySelector<HTMLInputElement>('[data-assignment-rule]');
  const result = await post(url, { values: valuesOf(section), assign: assign ? assign.checked : false });
  if (!result) return;
  if (!result.success)
    return showErrors(
      section,
      section.querySelector<HTMLElement>('.record-edit-errors') ?? undefined,
      result,
    );
  // A saved record is shown again in place; a new one opens its record page, as a link to it would.
  if (mode === 'edit') await renderAgainInPlace();
  else await openInPlace(`/lightning/r/${object}/${result.id}/view`);
}

/** Next on the record type step: the New form of the chosen record type, keeping the rest of the New URL. */
function onSubmit(event: SubmitEvent): void {
  const form = event.target;
  const step = form instanceof HTMLFormElement && form.closest('[data-record-type-choice]');
  if (!step) return;
  event.preventDefault();
  const query = new URLSearchParams(location.search);
  query.set('recordTypeId', String(new FormData(form).get('recordTypeId') ?? ''));
  void showNewFormInPlace(`${new URL(form.action).pathname}?${query}`, step);
}

function closeDropdowns(): void {
  closeButtonMenus();
  for (const dropdown of deepAll(document, '.slds-dropdown')) dropdown.hidden = true;
}

/** Opens a closed dropdown (closing the others) or closes an open one; its trigger's aria-expanded follows. */
function toggleDropdown(dropdown: HTMLElement, trigger: HTMLElement): void {
  const opening = dropdown.hidden;
  closeDropdowns();
  dropdown.hidden = !opening;
  trigger.setAttribute('aria-expanded', String(opening));
}

function selectTab(link: HTMLElement): void {
  const tabset = composedClosest(link, 'lightning-tabset');
  if (!tabset) return;
  const bar = deepOne(tabset, 'lightning-tab-bar[data-bar]');
  if (bar) {
    closeButtonMenus();
    // Some tabs do not fit the bar: it is laid out again, the selected tab kept in it (from its More menu too),
    // and shows the tab selected only then.
    const url = bar.dataset.bar?.replace(/tab-bar-[\w-]+$/, `tab-bar-${link.dataset.tab}`) ?? '';
    void fetch(url, { credentials: 'same-origin' })
      .then((response) => response.text())
      .then((markup) => {
        if (bar.isConnected) bar.replaceWith(...parseWithShadows(markup));
      });
  } else {
    for (const other of deepAll(tabset, 'a[data-tab]')) {
      const on = other === link;
      other.setAttribute('aria-selected', String(on));
      other.parentElement?.classList.toggle('slds-is-active', on);
    }
  }
  for (const panel of deepAll(tabset, 'lightning-tab[data-tab-panel]')) {
    const on = panel.dataset.tabPanel === link.dataset.tab;
    panel.classList.toggle('slds-show', on);
    panel.classList.toggle('slds-hide', !on);
    if (!on) continue;
    // The tab's content is slotted in from flexipage-tab2, outside the lightning-tab element itself; its parts
    // may sit in the shadow roots of its components (the layout sections in the detail panel's).
    for (const tab of deepAll(document, `flexipage-tab2[data-tab="${panel.dataset.tabPanel}"]`))
      for (const part of deepAll(tab, '[data-deferred-part]')) void loadDeferred(part);
  }
}

function chooseOption(option: HTMLElement): void {
  const box = composedClosest(option, 'lightning-base-combobox');
  const input = box && deepOne<HTMLInputElement | HTMLButtonElement>(box, '[data-field-input]');
  if (!box || !input) return;
  input.dataset.value = option.dataset.value;
  const text = deepOne(option, '.slds-truncate')?.textContent?.trim() ?? '';
  if (input instanceof HTMLButtonElement) {
    const label = input.querySelector('span');
    if (label) label.textContent = text;
  } else input.value = option.dataset.value ? text : '';
  for (const item of deepAll(box, 'lightning-base-combobox-item')) {
    item.setAttribute('aria-checked', String(item === option));
  }
  const dropdown = composedClosest(option, '.slds-dropdown');
  if (dropdown) dropdown.hidden = true;
  input.setAttribute('aria-expanded', 'false');
}

async function startInlineEdit(root: HTMLElement, field: string | undefined): Promise<void> {
  const panel = visible(deepAll(root, 'records-lwc-detail-panel'));
  const footer = visible(deepAll(root, 'records-form-footer.inline-edit-footer'));
  if (!panel || !footer) return;
  const response = await fetch(`/aura/record/${root.dataset.object}/${root.dataset.recordId}/inline-edit`, {
    credentials: 'same-origin',
  });
  const [editing] = parseWithShadows(await response.text());
  panel.replaceWith(editing);
  footer.hidden = false;
  (field ? deepOne(editing as Element, `[data-field-input][name="${field}"]`) : undefined)?.focus();
}

async function saveInlineEdit(root: HTMLElement): Promise<void> {
  const panel = visible(deepAll(root, 'records-lwc-detail-panel'));
  const footer = visible(deepAll(root, 'records-form-footer.inline-edit-footer'));
  if (!panel || !footer) return;
  const url = `/aura/record/${root.dataset.object}/${root.dataset.recordId}/save`;
  const result = await post(url, { values: valuesOf(panel), inline: true });
  if (!result) return;
  if (result.success) return renderAgainInPlace();
  const box = deepOne(footer, '.inline-edit-errors');
  if (box) showErrors(panel, box, result);
}

async function onClick(event: MouseEvent): Promise<void> {
  const path = event.composedPath().filter((node): node is HTMLElement => node instanceof HTMLElement);
  const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  const href = link?.getAttribute('href') ?? '';
  if (
    // A record, or one of its related lists (a card's title or View All).
    /^\/lightning\/r\/\w+\/\w{15,18}\/(related\/\w+\/)?view$/.test(href) &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.shiftKey
  ) {
    event.preventDefault();
    return openInPlace(href);
  }
  const option = path.find((node) => node.localName === 'lightning-base-combobox-item');
  if (option) return chooseOption(option);
  const dualOption = path.find((node) => 'dualOption' in node.dataset);
  if (dualOption) return selectDualOption(dualOption);
  const combo = path.find((node) => node.dataset.fieldInput === 'combobox');
  if (combo) {
    const dropdown = combo.parentElement?.querySelector<HTMLElement>('.slds-dropdown');
    if (dropdown) toggleDropdown(dropdown, combo);
    return;
  }
  const tab = path.find((node) => node.dataset.tab && node.localName === 'a');
  if (tab) {
    event.preventDefault();
    return selectTab(tab);
  }
  const action = path.find((node) => node.dataset.action);
  if (!action) return;
  const root = recordRoot();
  const object = root?.dataset.object;
  const recordId = root?.dataset.recordId;
  switch (action.dataset.action) {
    case 'toggle-section':
      return toggleSection(action);
    case 'toggle-menu': {
      const menu = composedClosest(action, 'lightning-button-menu');
      if (menu?.dataset.menuItems) return toggleButtonMenu(menu, action);
      const dropdown = menu && deepOne(menu, '.slds-dropdown');
      if (dropdown) toggleDropdown(dropdown, action);
      return;
    }
    case 'edit-record':
      closeDropdowns();
      return openModal(`/aura/record/${object}/${recordId}/edit`);
    case 'new-record':
      closeDropdowns();
      return openNewOverPage(`/lightning/o/${object}/new?useRecordTypeCheck=1`);
    case 'delete-record':
      closeDropdowns();
      return openModal(`/aura/record/${object}/${recordId}/delete`);
    case 'confirm-delete': {
      const result = await post(`/aura/record/${object}/${recordId}/delete`, {});
      if (!result) return;
      if (!result.success) {
        const popover = document.querySelector<HTMLElement>('[data-record-modal] .record-edit-errors');
        return showErrors(document, popover ?? undefined, result);
      }
      // Lightning goes on to the object's home, in place, with the toast; the deleted record's page is not kept.
      return openInPlace(`/lightning/o/${object}/home`, 'drop');
    }
    case 'cancel-modal': {
      const standalone = document.querySelector(
        '[data-record-modal][data-standalone], [data-standalone] [data-record-modal], [data-record-type-choice]',
      );
      const section = document.querySelector<HTMLElement>(
        '[data-record-modal] section, [data-record-type-choice] section',
      );
      closeModal();
      if (standalone) {
        if (history.length > 1) history.back();
        else location.href = `/lightning/o/${section?.dataset.object}/home`;
      }
      return;
    }
    case 'save-modal':
      return saveModal();
    // Quick actions whose dialog the emulator renders (emulator/html/action-modal.ts).
    case 'submit-record':
    case 'createpdf-record':
      closeDropdowns();
      return openModal(
        `/aura/record/${object}/${recordId}/action/${action.dataset.action === 'submit-record' ? 'Submit' : 'CreatePdf'}`,
      );
    case 'open-action':
      closeDropdowns();
      return openModal(action.dataset.url as string);
    case 'post-action':
      return postAction();
    case 'edit-cell':
      return onEditCellClick(action);
    case 'inline-edit':
      if (root)
        return startInlineEdit(root, composedClosest(action, '[data-inline-field]')?.dataset.inlineField);
      return;
    case 'cancel-inline':
      return renderAgainInPlace();
    case 'save-inline':
      if (root) return saveInlineEdit(root);
      return;
    case 'move-to-selected':
    case 'move-to-source':
      return moveDualOptions(action, action.dataset.action === 'move-to-selected' ? 'selected' : 'source');
    case 'close-errors': {
      const popover = composedClosest(action, '.record-edit-errors, .inline-edit-errors');
      if (popover) popover.hidden = true;
      return;
    }
  }
}

/** A click on a dual listbox's option selects it alone in its list, as lightning-dual-listbox does. */
function selectDualOption(option: HTMLElement): void {
  for (const other of option.closest('ul')?.querySelectorAll<HTMLElement>('[data-dual-option]') ?? []) {
    other.setAttribute('aria-selected', String(other === option));
    other.classList.toggle('slds-is-selected', other === option);
  }
}

/** A move button takes the options selected in the other list into `to`'s list. */
function moveDualOptions(button: HTMLElement, to: 'selected' | 'source'): void {
  const listbox = composedClosest(button, '.slds-dueling-list');
  const from = listbox?.querySelector(`[data-${to === 'selected' ? 'source' : 'selected'}-list]`);
  const into = listbox?.querySelector(`[data-${to}-list]`);
  if (!from || !into) return;
  for (const option of from.querySelectorAll<HTMLElement>('[data-dual-option][aria-selected="true"]')) {
    option.setAttribute('aria-selected', 'false');
    option.classList.remove('slds-is-selected');
    if (option.parentElement) into.append(option.parentElement);
  }
}

/** Posts an action dialog's fields; the answer opens the next dialog, navigates, or shows the errors. */
async function postAction(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-record-modal] section[data-post-url]');
  if (!section) return;
  const values: Record<string, unknown> = {};
  for (const input of deepAll<HTMLInputElement>(section, '[data-action-input]')) {
    if (input.type === 'checkbox') {
      const chosen = (values[input.name] as string[] | undefined) ?? [];
      if (input.checked) chosen.push(input.value);
      values[input.name] = chosen;
    } else values[input.name] = input.value;
  }
  const result = (await post(section.dataset.postUrl as string, values)) as
    | (SaveResult & { next?: string; location?: string })
    | null;
  if (!result) return;
  if (!result.success) {
    if (showStatusSummary(section, result.pageErrors)) return;
    const popover = section.querySelector<HTMLElement>('.record-edit-errors');
    return showErrors(section, popover ?? undefined, result);
  }
  if (result.next) return openModal(result.next);
  // The dialog stays until the page it leads to replaces it: one that closed first would tell a waiting page
  // object the action was over while its navigation was still to start.
  if (result.location) location.href = result.location;
  else await renderAgainInPlace();
}

function onChange(event: Event): void {
  const input = event.composedPath()[0];
  if (input instanceof HTMLInputElement && input.closest('.forceVirtualCheckbox')) onPickerChange(input);
}

function onInput(event: Event): void {
  const input = event.composedPath()[0];
  if (input instanceof HTMLInputElement && input.closest('.forceMultiAddSearch')) onPickerInput(input);
  if (!(input instanceof HTMLInputElement) || input.dataset.fieldInput !== 'lookup') return;
  input.dataset.value = '';
  const dropdown = input.parentElement?.querySelector<HTMLElement>('.slds-dropdown');
  if (!dropdown) return;
  const wanted = input.value.trim().toLowerCase();
  for (const option of deepAll(dropdown, 'lightning-base-combobox-item')) {
    const text = deepOne(option, '.slds-truncate')?.textContent?.toLowerCase() ?? '';
    option.hidden = wanted !== '' && !text.includes(wanted);
  }
  dropdown.hidden = wanted === '';
}

const ESCAPED: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPED[ch] ?? ch);
}
