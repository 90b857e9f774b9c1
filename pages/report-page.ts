import type { FrameLocator, Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { firstRendered } from './rendered';
import { renderedText } from './rendered-text';

/** What a report run shows: its title, and either its rows or the error it refused to run with. */
export type ReportRunShown =
  | {
      ok: true;
      title: string;
      /** The header's "Total Records"; undefined when the page does not show it readably. */
      totalRecords: number | undefined;
      columns: string[];
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

  async read(): Promise<ReportRunShown> {
    const title = await this.textOf(this.viewer.locator(locators.report.title));
    const table = this.viewer.locator(locators.report.table).first();
    // A run that shows its grid or its no-data message ran, whatever else the viewer shows: the run error's markup
    // is unconfirmed, so it is read only when neither is shown.
    const ran = (await table.count()) > 0 || (await this.viewer.locator(locators.report.noData).count()) > 0;
    for (const error of ran ? [] : [this.pageError(), this.runError()]) {
      if ((await error.count()) > 0) return { ok: false, title, error: await this.textOf(error) };
    }
    const columns = new Map<string, string>();
    for (const header of await table.locator(locators.report.headerCells).all()) {
      const inner = header.locator(locators.report.headerLabel);
      const label = await this.textOf((await inner.count()) > 0 ? inner : header);
      columns.set((await header.getAttribute('data-column-index')) ?? '', label);
    }
    const rows: ReportRowShown[] = [];
    for (const row of await table.locator(locators.report.bodyRows).all()) {
      const cells: Record<string, string> = {};
      // Cells hold Lightning's formatted outputs, whose text sits in shadow roots.
      for (const cell of await row.locator(locators.report.cells).all()) {
        const column = columns.get((await cell.getAttribute('data-column-index')) ?? '');
        if (column !== undefined) cells[column] = clean(await cell.evaluate(renderedText));
      }
      if (Object.keys(cells).length === 0) continue;
      const hrefs = await row
        .locator(locators.report.recordLinks)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      rows.push({ recordIds: hrefs.map(recordIdOf).filter((id) => id !== undefined), cells });
    }
    return { ok: true, title, totalRecords: await this.totalRecords(), columns: [...columns.values()], rows };
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

/** The id in a record link, /lightning/r/{id}/view or /lightning/r/{Object}/{id}/view. */
function recordIdOf(href: string): string | undefined {
  return /\/lightning\/r\/(?:[\w]+\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view\b/.exec(href)?.[1];
}
