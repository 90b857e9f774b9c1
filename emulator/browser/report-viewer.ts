import { parseWithShadows } from './dom';
import { startPageScript } from './page-script';

/**
 * The Report Viewer's grid renders only what is in view, as Lightning's virtualised grid does: it scrolls inside
 * div.widgets; of a long report only the rows in view are rendered, spacer rows before and after them keeping the
 * scroll height of the rest (html/report-grid.ts), and of a grid wider than its container only the cells of the
 * columns in view. Scrolling renders what comes into view. A run that arrives later (a deferred part) is set up when
 * it comes.
 */

// Rows rendered beyond those in view, on either side; and how far beyond the view a column still renders.
const OVERSCAN_ROWS = 5;
const OVERSCAN_PX = 40;

function virtualise(grid: HTMLElement): void {
  if (grid.dataset.virtualised) return;
  grid.dataset.virtualised = 'true';
  const rows = grid.hasAttribute('data-virtual-rows') ? rowWindow(grid) : undefined;
  const render = () => {
    rows?.();
    renderColumnsInView(grid);
  };
  grid.addEventListener('scroll', render, { passive: true });
  render();
}

/** Renders the rows in view between the spacers, from every row's markup; undefined when the grid has none. */
function rowWindow(grid: HTMLElement): (() => void) | undefined {
  const markup = JSON.parse(grid.querySelector('script.report-rows')?.textContent ?? '[]') as string[];
  const before = grid.querySelector<HTMLElement>('tr[data-spacer="before"]');
  const after = grid.querySelector<HTMLElement>('tr[data-spacer="after"]');
  const first = before?.nextElementSibling;
  if (!before || !after || !(first instanceof HTMLElement)) return undefined;
  const rowHeight = first.offsetHeight || 30;
  return () => {
    const top = grid.scrollTop - before.offsetTop;
    const from = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN_ROWS);
    const to = Math.min(markup.length, Math.ceil((top + grid.clientHeight) / rowHeight) + OVERSCAN_ROWS);
    while (before.nextElementSibling && before.nextElementSibling !== after)
      before.nextElementSibling.remove();
    before.after(...rowsOf(markup.slice(from, to)));
    before.style.height = `${from * rowHeight}px`;
    after.style.height = `${(markup.length - to) * rowHeight}px`;
  };
}

// A cell out of view stands as an empty cell; the cell it stands for comes back when its column is in view.
const unrendered = new WeakMap<Element, Element>();

/** Of a grid wider than its container, only the body cells of the columns in view (the header stays whole). */
function renderColumnsInView(grid: HTMLElement): void {
  const table = grid.querySelector('table');
  if (!table || table.scrollWidth <= grid.clientWidth) return;
  const left = grid.scrollLeft - OVERSCAN_PX;
  const right = grid.scrollLeft + grid.clientWidth + OVERSCAN_PX;
  const inView = new Set(
    [...table.querySelectorAll<HTMLElement>('tr.data-grid-header-row th[data-column-index]')]
      .filter((header) => header.offsetLeft + header.offsetWidth > left && header.offsetLeft < right)
      .map((header) => header.dataset.columnIndex),
  );
  for (const cell of table.querySelectorAll<HTMLElement>(
    'tr.data-grid-table-row:not(.data-grid-header-row) > td[data-column-index], td.data-grid-cell-unrendered',
  )) {
    const real = (unrendered.get(cell) ?? cell) as HTMLElement;
    const show = inView.has(real.dataset.columnIndex);
    if (show && cell !== real) cell.replaceWith(real);
    if (!show && cell === real) {
      const stand = document.createElement('td');
      stand.className = 'data-grid-cell-unrendered';
      unrendered.set(stand, real);
      cell.replaceWith(stand);
    }
  }
}

/** Rows from their markup: parsed inside a table, where tr is allowed, with their cells' shadow roots. */
function rowsOf(markup: string[]): Element[] {
  const holder = document.createElement('div');
  holder.append(...parseWithShadows(`<table><tbody>${markup.join('')}</tbody></table>`));
  return [...holder.querySelectorAll(':scope > table > tbody > tr')];
}

// Started last: setting up renders at once, with the constants above.
startPageScript('reportViewer', () => {
  const setUp = () => {
    for (const grid of document.querySelectorAll<HTMLElement>('div.widgets')) virtualise(grid);
  };
  setUp();
  new MutationObserver(setUp).observe(document.documentElement, { childList: true, subtree: true });
});
