import { composedClosest, deepAll, deepOne, parseWithShadows } from './dom';
import { startPageScript } from './page-script';
import { followHistory, openInPlace, renderAgainInPlace } from './pages-in-place';

/**
 * The little client-side behaviour Lightning's navigation components have: tabs opened in place, the list view
 * picker and search, the App Launcher (its menu, search and "View All" modal) and Path's stage selection. Events
 * are delegated from document (under the "lightning" latency profile parts arrive after load); composedPath()
 * reaches into shadow roots, and every query goes through them (dom.ts), so both shadow modes behave the same.
 */
startPageScript('navigationUi', () => {
  followHistory();
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('input', onInput);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchLongLists);
  else watchLongLists();
});

function elementsOf(event: Event): HTMLElement[] {
  return event.composedPath().filter((node): node is HTMLElement => node instanceof HTMLElement);
}

function onClick(event: MouseEvent): void {
  const path = elementsOf(event);
  const has = (selector: string) => path.find((node) => node.matches(selector));
  const tab = tabLink(event, has);
  if (tab) {
    event.preventDefault();
    closeLauncher();
    void openInPlace(tab);
    return;
  }
  const picker = has('button.slds-page-header__name-switcher');
  const view = has('lst-list-view-picker-dropdown') && has('lightning-base-combobox-item[data-value]');
  if (picker) togglePicker(picker);
  else if (view?.dataset.value) chooseListView(view, view.dataset.value);
  else if (has('button[title="App Launcher"]')) openLauncherMenu();
  else if (has('lightning-button.viewAll')) openLauncherModal();
  else if (has('one-app-launcher-modal') && has('.slds-modal__close')) closeLauncher();
  else if (document.querySelector('body > .appLauncherMenuPopover') && !has('.appLauncherMenuPopover'))
    closeLauncher();
  const pathHost = has('runtime_sales_pathassistant-path');
  if (pathHost) onPathClick(event, pathHost, has);
}

/**
 * The page a click on a tab opens in place, as Lightning's navigation does: a tab of the navigation bar, or an
 * item of the App Launcher (an app of its own loads the page for that app, with its navigation bar).
 */
function tabLink(event: MouseEvent, has: (selector: string) => HTMLElement | undefined): string | undefined {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return undefined;
  const item = has('one-app-nav-bar-item-root, one-app-launcher-menu-item, one-app-launcher-tab-item');
  const href = item && has('a')?.getAttribute('href');
  return href?.startsWith('/lightning/') && !href.startsWith('/lightning/app/') ? href : undefined;
}

function onKeydown(event: KeyboardEvent): void {
  const search = elementsOf(event).find((node) => node.id === 'listViewSearch') as
    | HTMLInputElement
    | undefined;
  if (search && event.key === 'Enter') filterList(search);
  if (event.key === 'Escape') closeLauncher();
}

function onInput(event: Event): void {
  const target = elementsOf(event)[0] as HTMLInputElement | undefined;
  if (target?.id === 'listViewSearch' && !target.value) filterList(target);
  if (target?.id === 'appLauncherSearch') filterLauncher(target);
  if (target?.id === 'listViewPickerSearch') filterViews(target);
}

// ---- list views -------------------------------------------------------------------------------------------

function togglePicker(button: HTMLElement): void {
  const picker = composedClosest(button, 'lst-list-view-picker');
  const popup = picker && deepOne(picker, 'lightning-popup');
  if (!popup) return;
  const open = popup.hidden;
  popup.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) deepOne<HTMLInputElement>(popup, '#listViewPickerSearch')?.focus();
}

/** A view chosen in the picker opens in place, as Lightning's list view manager switches lists; the picker closes. */
function chooseListView(option: HTMLElement, url: string): void {
  const picker = composedClosest(option, 'lst-list-view-picker');
  const button = picker && deepOne(picker, 'button.slds-page-header__name-switcher');
  if (button?.getAttribute('aria-expanded') === 'true') togglePicker(button);
  void openInPlace(url);
}

/** The picker's search: keeps the views whose name has the term. */
function filterViews(input: HTMLInputElement): void {
  const picker = composedClosest(input, 'lst-list-view-picker');
  if (!picker) return;
  const term = input.value.trim().toLowerCase();
  for (const option of deepAll(picker, 'lightning-base-combobox-item')) {
    option.hidden = term !== '' && !textOf(option).toLowerCase().includes(term);
  }
}

/** Search this list: keeps the rows whose text has the term and updates the count of the status line. */
function filterList(search: HTMLInputElement): void {
  const manager = composedClosest(search, 'lst-list-view-manager');
  if (!manager) return;
  const term = search.value.trim().toLowerCase();
  let shown = 0;
  for (const row of deepAll(manager, 'tbody[data-rowgroup-body] tr[data-row-key-value]')) {
    const hit = !term || textOf(row).toLowerCase().includes(term);
    row.hidden = !hit;
    if (hit) shown++;
  }
  const info = deepOne(manager, 'force-list-view-manager-status-info');
  const status = info && deepOne(info, '.countSortedByFilteredBy');
  if (status) {
    // Rows not loaded yet are not searched: the count stays a lower bound ("2+ items") while some are left.
    status.textContent = (status.textContent ?? '').replace(
      /^\d+(\+?) items?/,
      (_, more) => `${shown}${more} ${shown === 1 && !more ? 'item' : 'items'}`,
    );
  }
}

// ---- long lists: the next rows load when the last row comes into view ------------------------------------

const lastRows = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    lastRows.unobserve(entry.target);
    const table = composedClosest(entry.target, 'lightning-datatable');
    if (table) void loadMoreRows(table);
  }
});

// The lists that load their rows a page at a time: list views and related lists' View All pages.
const LONG_LISTS = 'lst-object-home, lst-related-list-desktop';

/** Watches the long lists on the page, and those a deferred part or a page opened in place brings later. */
function watchLongLists(): void {
  watchLastRows(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(LONG_LISTS) || node.querySelector(LONG_LISTS)))
          watchLastRows(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

function watchLastRows(root: ParentNode): void {
  for (const table of deepAll(root, 'lightning-datatable[data-more-rows]')) watchLastRow(table);
}

function watchLastRow(table: HTMLElement): void {
  const last = deepAll(table, 'tbody[data-rowgroup-body] > tr').at(-1);
  if (last && table.dataset.moreRows) lastRows.observe(last);
}

/** Fetches the rows after the loaded ones, appends them and updates the status line's count. */
async function loadMoreRows(table: HTMLElement): Promise<void> {
  const url = table.dataset.moreRows;
  const body = deepOne(table, 'tbody[data-rowgroup-body]');
  if (!url || !body || table.dataset.loadingMore) return;
  table.dataset.loadingMore = 'true';
  const indicator = document.createElement('lightning-primitive-datatable-loading-indicator');
  indicator.innerHTML =
    '<div role="status" class="slds-spinner slds-spinner_small"><span class="slds-assistive-text">Loading</span></div>';
  body.closest('.slds-scrollable_y')?.append(indicator);
  const response = await fetch(url, { credentials: 'same-origin' });
  const holder = document.createElement('div');
  holder.append(...parseWithShadows(await response.text()));
  const page = holder.querySelector('table');
  body.append(...(page?.querySelectorAll(':scope > tbody > tr') ?? []));
  const manager = composedClosest(table, 'lst-list-view-manager, lst-related-list-view-manager');
  const info = manager && deepOne(manager, 'force-list-view-manager-status-info');
  const status = info && deepOne(info, '.countSortedByFilteredBy');
  const count = holder.querySelector('.countSortedByFilteredBy');
  if (status && count) status.textContent = count.textContent;
  if (page?.dataset.moreRows) table.dataset.moreRows = page.dataset.moreRows;
  else delete table.dataset.moreRows;
  indicator.remove();
  delete table.dataset.loadingMore;
  watchLastRow(table);
}

/** Text through shadow roots (a row's cells render their values in their own shadow roots). */
function textOf(element: Element): string {
  const own = element.shadowRoot ? [...element.shadowRoot.childNodes] : [...element.childNodes];
  return own.map((node) => (node instanceof Element ? textOf(node) : (node.textContent ?? ''))).join(' ');
}

// ---- App Launcher -----------------------------------------------------------------------------------------

// The launcher's parts wait, parsed with their shadow roots, in hidden holders; opening moves one into view.
function show(holderId: string): void {
  const holder = document.getElementById(holderId);
  const part = holder?.firstElementChild;
  if (!holder || !part) return;
  part.setAttribute('data-launcher-holder', holderId);
  document.body.append(part);
}

function openLauncherMenu(): void {
  if (document.querySelector('body > [data-launcher-holder]')) {
    closeLauncher();
    return;
  }
  show('appLauncherMenuHolder');
  // The menu opens unsearched, every app and item listed (unconfirmed that Lightning forgets the last term).
  const search = deepOne<HTMLInputElement>(document, '#appLauncherSearch');
  if (search) {
    search.value = '';
    filterLauncher(search);
    search.focus();
  }
}

function openLauncherModal(): void {
  closeLauncher();
  show('appLauncherModalHolder');
}

function closeLauncher(): void {
  for (const open of document.querySelectorAll<HTMLElement>('body > [data-launcher-holder]')) {
    document.getElementById(open.dataset.launcherHolder ?? '')?.append(open);
  }
}

function filterLauncher(input: HTMLInputElement): void {
  const menu = composedClosest(input, 'one-app-launcher-menu');
  if (!menu) return;
  const term = input.value.trim().toLowerCase();
  let shown = 0;
  for (const item of deepAll(menu, 'one-app-launcher-menu-item')) {
    const label = (deepOne(item, 'a')?.dataset.label ?? '').toLowerCase();
    const hidden = term !== '' && !label.includes(term);
    (item.closest('li') ?? item).hidden = hidden;
    if (!hidden) shown++;
  }
  const none = deepOne<HTMLElement>(menu, '.appLauncherNoResults');
  if (!none) return;
  none.textContent = `No results for "${input.value.trim()}"`;
  none.hidden = shown > 0;
}

// ---- Path -------------------------------------------------------------------------------------------------

type Mode = 'complete' | 'current' | 'closed' | 'change';

const LABELS: Record<Mode, [string, string]> = {
  complete: ['Mark Stage as Complete', 'slds-path__mark-complete'],
  current: ['Mark as Current Stage', 'slds-path__mark-current'],
  closed: ['Select Closed Stage', 'slds-path__mark-complete'],
  change: ['Change Closed Stage', 'slds-path__mark-complete'],
};

function onPathClick(
  event: Event,
  path: HTMLElement,
  has: (selector: string) => HTMLElement | undefined,
): void {
  const link = has('.slds-path__link');
  const button = has('button.slds-path__mark-button');
  if (link) {
    event.preventDefault();
    const step = composedClosest(link, 'runtime_sales_pathassistant-path-step');
    if (step) selectStep(path, step);
  } else if (button) {
    const mode = button.dataset.mode as Mode;
    const toClosed =
      mode === 'closed' || mode === 'change' || (mode === 'complete' && button.dataset.nextClosed === 'true');
    if (toClosed) openClosedDialog(path);
    else submitStage(path, mode);
  } else if (has('.pathDialogCancel')) {
    deepOne(path, '.pathClosedDialog')?.remove();
  } else if (has('.pathDialogDone')) {
    submitStage(path, 'current', deepOne<HTMLSelectElement>(path, '.pathClosedDialog select')?.value);
  }
}

/** Path saves the stage at once; the record page is rendered again in place with the toast that answers. */
function submitStage(path: HTMLElement, action: string, stage?: string): void {
  const form = deepOne<HTMLFormElement>(path, 'form.pathStageForm');
  if (!form) return;
  (form.querySelector('input[name="action"]') as HTMLInputElement).value = action;
  if (stage !== undefined) (form.querySelector('input[name="stage"]') as HTMLInputElement).value = stage;
  const body = new URLSearchParams();
  for (const input of form.querySelectorAll('input')) body.set(input.name, input.value);
  // getAttribute: the form's input named "action" hides its action property.
  const url = form.getAttribute('action') as string;
  void renderAgainInPlace(fetch(url, { method: 'POST', credentials: 'same-origin', body }));
}

function setMode(button: HTMLElement, mode: Mode): void {
  button.dataset.mode = mode;
  button.classList.remove('slds-path__mark-complete', 'slds-path__mark-current');
  button.classList.add(LABELS[mode][1]);
  const label = button.querySelector('.buttonLabel');
  if (label) label.textContent = LABELS[mode][0];
}

function selectStep(path: HTMLElement, step: HTMLElement): void {
  const button = deepOne(path, 'button.slds-path__mark-button');
  const item = deepOne(step, 'li.slds-path__item');
  if (!button || !item) return;
  for (const other of deepAll(path, 'li.slds-path__item')) {
    other.classList.toggle('slds-is-active', other === item);
    other.querySelector('a')?.setAttribute('aria-selected', String(other === item));
  }
  for (const panel of deepAll(path, '.slds-path__coach[data-stage]'))
    panel.hidden = panel.dataset.stage !== item.dataset.stage;
  if (item.dataset.closed === 'true') setMode(button, path.dataset.closed === 'true' ? 'change' : 'closed');
  else if (item.classList.contains('slds-is-current')) setMode(button, button.dataset.defaultMode as Mode);
  else setMode(button, 'current');
  const stage = deepOne<HTMLInputElement>(path, 'form.pathStageForm input[name="stage"]');
  if (stage) stage.value = item.dataset.stage ?? '';
}

function openClosedDialog(path: HTMLElement): void {
  if (deepOne(path, '.pathClosedDialog')) return;
  const template = deepOne<HTMLTemplateElement>(path, 'template.pathClosedDialogTemplate');
  if (!template) return;
  template.after(template.content.cloneNode(true));
  deepOne<HTMLSelectElement>(path, '.pathClosedDialog select')?.focus();
}
