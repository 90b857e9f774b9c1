import { parseWithShadows } from './dom';
import { startPageScript } from './page-script';

/**
 * The Report Viewer's grid renders only the rows in view, as Lightning's virtualised grid does: it scrolls inside
 * div.widgets, spacer rows before and after the rendered rows keep the scroll height of the rows not rendered,
 * and scrolling renders the rows then in view (html/report-grid.ts). A run that arrives later (a deferred part)
 * is set up when it comes.
 */
startPageScript('reportViewer', () => {
  const setUp = () => {
    for (const grid of document.querySelectorAll<HTMLElement>('div.widgets[data-virtual-rows]'))
      virtualise(grid);
  };
  setUp();
  new MutationObserver(setUp).observe(document.documentElement, { childList: true, subtree: true });
});

// Rows rendered beyond those in view, on either side.
const OVERSCAN = 5;

function virtualise(grid: HTMLElement): void {
  if (grid.dataset.virtualised) return;
  grid.dataset.virtualised = 'true';
  const markup = JSON.parse(grid.querySelector('script.report-rows')?.textContent ?? '[]') as string[];
  const before = grid.querySelector<HTMLElement>('tr[data-spacer="before"]');
  const after = grid.querySelector<HTMLElement>('tr[data-spacer="after"]');
  const first = before?.nextElementSibling;
  if (!before || !after || !(first instanceof HTMLElement)) return;
  const rowHeight = first.offsetHeight || 30;
  after.style.height = `${Number(after.dataset.rows) * rowHeight}px`;
  const render = () => {
    const top = grid.scrollTop - before.offsetTop;
    const from = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    const to = Math.min(markup.length, Math.ceil((top + grid.clientHeight) / rowHeight) + OVERSCAN);
    while (before.nextElementSibling && before.nextElementSibling !== after)
      before.nextElementSibling.remove();
    before.after(...rowsOf(markup.slice(from, to)));
    before.style.height = `${from * rowHeight}px`;
    after.style.height = `${(markup.length - to) * rowHeight}px`;
  };
  grid.addEventListener('scroll', render, { passive: true });
}

/** Rows from their markup: parsed inside a table, where tr is allowed, with their cells' shadow roots. */
function rowsOf(markup: string[]): Element[] {
  const holder = document.createElement('div');
  holder.append(...parseWithShadows(`<table><tbody>${markup.join('')}</tbody></table>`));
  return [...holder.querySelectorAll(':scope > table > tbody > tr')];
}
