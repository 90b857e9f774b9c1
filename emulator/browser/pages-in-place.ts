import { deepAll, deepOne, parseWithShadows } from './dom';

/**
 * Lightning is a single-page app: it opens records and shows saved changes without loading a document. These are
 * the page script's ways of doing the same: deferred parts, pages kept in the DOM for Back, and the page rendered
 * again in place after a save or an action.
 */

/** Fetches the deferred parts under `root` that load at once (the lazy ones wait to be scrolled to). */
export function loadDeferredIn(root: ParentNode): void {
  for (const part of deepAll(root, '[data-deferred-part]:not([data-deferred-lazy])')) void loadDeferred(part);
}

/** Fetches one deferred part; its own spinner goes when it arrives. */
export async function loadDeferred(part: HTMLElement): Promise<void> {
  if (part.dataset.loading) return;
  part.dataset.loading = 'true';
  const response = await fetch(part.dataset.deferredPart as string, { credentials: 'same-origin' });
  const content = parseWithShadows(await response.text());
  // The spinner goes in the same task as the content comes: a page showing neither would look complete.
  const spinner = part.previousElementSibling;
  if (spinner instanceof HTMLElement && spinner.hasAttribute('data-deferred-spinner')) spinner.remove();
  part.replaceWith(...content);
  loadDeferredIn(document);
}

/**
 * Opening another record from a link keeps the previous page in the DOM, hidden, and Back shows it again. Page
 * objects must therefore only ever read what is visible.
 */
function pageContainer(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.slds-template__container');
}

function currentPages(container: HTMLElement): HTMLElement[] {
  const pages = [...container.children].filter((child): child is HTMLElement =>
    child.matches('div.oneContent'),
  );
  if (pages.length > 0) return pages;
  const first = document.createElement('div');
  first.className = 'oneContent active';
  first.dataset.pageUrl = location.pathname + location.search;
  first.append(...container.childNodes);
  container.append(first);
  return [first];
}

function showPage(container: HTMLElement, url: string): boolean {
  const pages = currentPages(container);
  const target = pages.find((page) => page.dataset.pageUrl === url);
  if (!target) return false;
  for (const page of pages) {
    page.hidden = page !== target;
    page.classList.toggle('active', page === target);
  }
  return true;
}

/** Closes the dialogs open over the page: Edit, New (its record type step too), Delete, an action's. */
export function closeModal(): void {
  for (const modal of document.querySelectorAll(
    '[data-record-modal], [data-record-type-choice], body > [data-standalone]',
  ))
    modal.remove();
}

/** The toasts a rendered page brings (the one a save queued), shown over the page. */
function showToasts(page: Document): void {
  document.body.append(...page.querySelectorAll('.forceVisualMessageQueue'));
}

function fetchPage(url: string): Promise<Response> {
  return fetch(url, { credentials: 'same-origin' });
}

/**
 * The Lightning page an answer carries, parsed, with its page content; undefined when the answer is not one (an
 * error, or the login page).
 */
async function renderedPage(
  answer: Promise<Response>,
): Promise<{ page: Document; content: Element } | undefined> {
  const response = await answer;
  if (!response.ok || response.url.includes('startURL=')) return undefined;
  const page = Document.parseHTMLUnsafe(await response.text());
  const content = page.querySelector('.slds-template__container');
  return content ? { page, content } : undefined;
}

/**
 * Lightning answers a save or an action on a record page by rendering the page again in place, with a toast:
 * Lightning Data Service sends the changed record to every component showing it
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-notify-record-update.html). The emulator
 * renders the page again on the server (by default the page as it is now; a form post's answer is the page it
 * redirects to), with the toast the save queued, and shows its content in place of the page's; an open dialog
 * goes in the same task, so a page object that waits for it to go finds the new content.
 */
export async function renderAgainInPlace(
  answer: Promise<Response> = fetchPage(location.pathname + location.search),
): Promise<void> {
  const container = pageContainer();
  const rendered = await renderedPage(answer);
  if (!container || !rendered) {
    location.reload();
    return;
  }
  const shown = currentPages(container).find((page) => !page.hidden) ?? container;
  shown.replaceChildren(...rendered.content.childNodes);
  showToasts(rendered.page);
  closeModal();
  loadDeferredIn(shown);
}

/**
 * Opens a Lightning page without loading a document, the page it leaves kept for Back: a record from a link, a
 * tab, another list view from the picker, the object's home after Delete. `leaving: 'drop'` removes the page it
 * leaves instead, for a page that no longer exists (a deleted record's).
 */
export async function openInPlace(url: string, leaving: 'keep' | 'drop' = 'keep'): Promise<void> {
  const container = pageContainer();
  const rendered = await renderedPage(fetchPage(url));
  if (!container || !rendered) {
    location.href = url;
    return;
  }
  history.replaceState({ page: location.pathname + location.search }, '');
  const pages = currentPages(container);
  const shown = pages.find((page) => !page.hidden);
  // A URL opened again shows what it shows now, not the copy kept from before.
  for (const kept of pages) if (kept.dataset.pageUrl === url && kept !== shown) kept.remove();
  const page = document.createElement('div');
  page.className = 'oneContent';
  page.dataset.pageUrl = url;
  page.append(...rendered.content.childNodes);
  container.append(page);
  if (leaving === 'drop') shown?.remove();
  showPage(container, url);
  document.title = rendered.page.title;
  history.pushState({ page: url }, '', url);
  showToasts(rendered.page);
  closeModal();
  loadDeferredIn(page);
}

/**
 * The New action on a page: Lightning opens its dialog (or its record type step) over the page without loading a
 * document, the address naming the New action; Cancel goes Back to the page, which closes it.
 */
export async function openNewOverPage(url: string): Promise<void> {
  const rendered = await renderedPage(fetchPage(url));
  const dialog = rendered?.content.querySelector('[data-standalone], [data-record-type-choice]');
  if (!dialog) {
    location.href = url;
    return;
  }
  closeModal();
  history.replaceState({ page: location.pathname + location.search }, '');
  history.pushState({ page: url }, '', url);
  document.body.append(dialog);
  loadDeferredIn(dialog);
  deepOne(dialog, '[data-field-input]')?.focus();
}

/**
 * The record type step's Next: Lightning goes on to the chosen record type's New form without loading a
 * document. The emulator renders the New page for it and puts that page's dialog where the step was; the address
 * then names the record type, as a New URL with recordTypeId does (so that loading it again shows the same form).
 */
export async function showNewFormInPlace(url: string, step: Element): Promise<void> {
  const rendered = await renderedPage(fetchPage(url));
  const dialog = rendered?.content.querySelector('[data-standalone]');
  if (!dialog) {
    location.href = url;
    return;
  }
  step.replaceWith(dialog);
  history.replaceState(history.state, '', url);
  loadDeferredIn(dialog);
  deepOne(dialog, '[data-field-input]')?.focus();
}

/**
 * Back and Forward close the dialogs open over the page and show the page kept for the URL, or load it when none
 * is kept. Both page scripts open pages in place and call this when they start; the first to start listens, once
 * per document.
 */
export function followHistory(): void {
  const flags = window as unknown as Record<string, boolean | undefined>;
  if (flags.__pagesInPlaceHistory) return;
  flags.__pagesInPlaceHistory = true;
  window.addEventListener('popstate', () => {
    closeModal();
    const container = pageContainer();
    if (!container || !showPage(container, location.pathname + location.search)) location.reload();
  });
}
