import type { FrameLocator, Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { firstRendered } from './rendered';
import { renderedTexts } from './rendered-text';

/** What a report run shows: its title, and either its rows or the error it refused to run with. */
export type ReportRunShown =
  | {
      ok: true;
      title: string;
      /** The header's "Total Records"; undefined when the page does not show it readably. */
      totalRecords: number | undefined;
      columns: string[];
      /** The grid was seen across its whole width: `columns` are all the columns the run shows. */
      allColumns: boolean;
      rows: ReportRowShown[];
    }
  | { ok: false; title: string; error: string };

export interface ReportRowShown {
  /** The records its cells link to (15- or 18-character ids, as the links carry them). */
  recordIds: string[];
  /** Column label → the cell's text. */
  cells: Record<string, string>;
}

/**
 * A report run as the signed-in user (reports run with the viewer's sharing and field-level security). Lightning
 * runs it in the Report Viewer's iframe, a document of its own: everything the run shows is read inside it.
 */
export class ReportPage {
  private readonly viewer: FrameLocator;

  constructor(private readonly page: Page) {
    this.viewer = page.frameLocator(locators.report.frame);
  }

  /** Ready = the grid, the no-data message or the run's error is shown (or Lightning refused the page). */
  async open(reportId: string): Promise<void> {
    await this.page.goto(locators.report.path(reportId));
    await firstRendered(
      [this.viewer.locator(locators.report.table).first()],
      [this.viewer.locator(locators.report.noData).first()],
      [this.runError().first()],
      [this.pageError().first()],
    );
  }

  /**
   * What the run shows. The grid is virtualised (it renders the rows and columns in view): rows are read as
   * rendered, keyed by their place in the report, and the grid is scrolled through until it has shown as many
   * rows as its "Total Records", each with every column, or to its end. `wholeWidth`: also until it has been
   * seen to its right edge, so that a column not read is one the run does not show.
   */
  async read({ wholeWidth = false }: { wholeWidth?: boolean } = {}): Promise<ReportRunShown> {
    const title = await this.textOf(this.viewer.locator(locators.report.title));
    const table = this.viewer.locator(locators.report.table).first();
    // A run that shows its grid or its no-data message ran, whatever else the viewer shows: the run error's markup
    // is unconfirmed, so it is read only when neither is shown.
    const ran = (await table.count()) > 0 || (await this.viewer.locator(locators.report.noData).count()) > 0;
    for (const error of ran ? [] : [this.pageError(), this.runError()]) {
      if ((await error.count()) > 0) return { ok: false, title, error: await this.textOf(error) };
    }
    const totalRecords = await this.totalRecords();
    const grid = new GridReading();
    const read = () => grid.readRendered(table);
    const keyed = await read();
    const width = { seen: await this.fitsItsWidth(table) };
    const done = () => grid.complete(totalRecords) && (!wholeWidth || width.seen);
    if (keyed && !done()) await this.scrollThrough(table, read, done, width);
    return {
      ok: true,
      title,
      totalRecords,
      columns: grid.columnLabels(),
      allColumns: width.seen,
      rows: grid.rows(),
    };
  }

  /** Whether the grid's container shows the grid's whole width (no container: the whole grid is rendered). */
  private async fitsItsWidth(table: Locator): Promise<boolean> {
    const scroller = this.viewer.locator(locators.report.scroller).filter({ has: table }).last();
    if ((await scroller.count()) === 0) return true;
    return scroller.evaluate((element) => element.scrollWidth <= element.clientWidth);
  }

  /**
   * Scrolls the grid's container to each part of it in turn, top to bottom and left to right, reading what it
   * renders there, until `done()`. Each position is read once the grid shows a row at the container's centre.
   */
  private async scrollThrough(
    table: Locator,
    read: () => Promise<unknown>,
    done: () => boolean,
    width: { seen: boolean },
  ): Promise<void> {
    const scroller = this.viewer.locator(locators.report.scroller).filter({ has: table }).last();
    if ((await scroller.count()) === 0) return;
    const size = await scroller.evaluate((element) => ({
      down: element.scrollHeight - element.clientHeight,
      across: element.scrollWidth - element.clientWidth,
      height: element.clientHeight,
      width: element.clientWidth,
    }));
    for (const y of positions(size.down, size.height)) {
      for (const x of positions(size.across, size.width)) {
        if (done()) return;
        await scroller.evaluate(scrollAndRender, { x, y });
        await read();
        if (x >= size.across) width.seen = true;
      }
    }
  }

  /** The count the header's "Total Records" shows, if it shows one. */
  private async totalRecords(): Promise<number | undefined> {
    const label = 'Total Records';
    const metric = this.viewer.locator(locators.report.metric(label));
    if ((await metric.count()) === 0) return undefined;
    const digits = (await metric.first().innerText()).replace(label, '').replace(/[^\d]/g, '');
    return digits === '' ? undefined : Number(digits);
  }

  private runError(): Locator {
    return this.viewer.locator(locators.report.error).filter({ visible: true });
  }

  /** Lightning's own error page, shown instead of the Report Viewer. */
  private pageError(): Locator {
    return this.page.locator(locators.record.error).filter({ visible: true });
  }

  private async textOf(locator: Locator): Promise<string> {
    return (await locator.count()) > 0 ? clean(await locator.first().innerText()) : '';
  }
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rows and columns a virtualised grid has rendered so far, merged by row and column index. */
class GridReading {
  private readonly columns = new Map<number, string>();
  private readonly byIndex = new Map<number, ReportRowShown>();

  /** Every row of the report read ("Total Records" of them), each with a cell of every column. */
  complete(totalRecords: number | undefined): boolean {
    return (
      totalRecords !== undefined &&
      this.byIndex.size >= totalRecords &&
      [...this.byIndex.values()].every((row) => Object.keys(row.cells).length >= this.columns.size)
    );
  }

  columnLabels(): string[] {
    return [...this.columns.entries()].sort(([a], [b]) => a - b).map(([, label]) => label);
  }

  rows(): ReportRowShown[] {
    return [...this.byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }

  /**
   * Reads the header cells and rows rendered now, each cell once, in a few round trips whatever the rows. False
   * when a row carries no index: then rows read at different scroll positions could not be told apart, and only
   * this reading counts.
   */
  async readRendered(table: Locator): Promise<boolean> {
    const headers = table.locator(locators.report.headerCells);
    const labels = await headers.evaluateAll(
      (cells, label) =>
        cells
          .map(
            (cell) =>
              [
                cell.getAttribute('data-column-index'),
                (cell.querySelector(label) ?? cell) as HTMLElement,
              ] as const,
          )
          .map(([index, text]) => ({ index, label: text.innerText })),
      locators.report.headerLabel,
    );
    for (const { index, label } of labels) {
      if (!this.columns.has(Number(index))) this.columns.set(Number(index), clean(label));
    }
    const cells = table.locator(`${locators.report.bodyRows} ${locators.report.cells}`);
    const places = await cells.evaluateAll(
      (found, { rowIndex, links }) =>
        found.map((cell) => {
          const row = cell.closest('tr');
          return {
            column: cell.getAttribute('data-column-index'),
            index: row?.querySelector(`[${rowIndex}]`)?.getAttribute(rowIndex) ?? null,
            position: row?.parentElement ? [...row.parentElement.children].indexOf(row) : -1,
            links: [...(row?.querySelectorAll(links) ?? [])].map((link) => link.getAttribute('href') ?? ''),
          };
        }),
      { rowIndex: locators.report.rowIndex, links: locators.report.recordLinks },
    );
    // Cells hold Lightning's formatted outputs, whose text sits in shadow roots.
    const texts = await cells.evaluateAll(renderedTexts);
    let keyed = true;
    places.forEach((place, at) => {
      const column = this.columns.get(Number(place.column));
      if (column === undefined || texts[at] === undefined) return;
      if (place.index === null) keyed = false;
      const key = place.index === null ? Number.MIN_SAFE_INTEGER + place.position : Number(place.index);
      const entry = this.byIndex.get(key) ?? { recordIds: [], cells: {} };
      if (!(column in entry.cells)) entry.cells[column] = clean(texts[at]);
      for (const id of place.links.map(recordIdOf))
        if (id && !entry.recordIds.includes(id)) entry.recordIds.push(id);
      this.byIndex.set(key, entry);
    });
    return keyed;
  }
}

/** 0, then every `step` (a little less, so that what sits at an edge is seen whole), then `end`. */
function positions(end: number, step: number): number[] {
  const stride = Math.max(1, Math.floor(step * 0.9));
  const at = [0];
  for (let next = stride; next < end; next += stride) at.push(next);
  if (end > 0) at.push(end);
  return at;
}

/**
 * Runs in the Report Viewer: scrolls the grid's container and resolves once the row at its centre is rendered (a
 * data or header row, not the spacer standing for rows not rendered), or after a second of animation frames.
 */
async function scrollAndRender(element: Element, to: { x: number; y: number }): Promise<void> {
  element.scrollTop = to.y;
  element.scrollLeft = to.x;
  for (let frame = 0; frame < 60; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = element.getBoundingClientRect();
    const hit = element.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const row = hit?.closest('tr');
    if (row && !row.classList.contains('data-grid-table-row-spacer')) return;
  }
}

/** The id in a record link, /lightning/r/{id}/view or /lightning/r/{Object}/{id}/view. */
function recordIdOf(href: string): string | undefined {
  return /\/lightning\/r\/(?:[\w]+\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view\b/.exec(href)?.[1];
}
