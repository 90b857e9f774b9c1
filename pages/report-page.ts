import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';

/** What a report run shows: its title, and either its rows or the error it refused to run with. */
export type ReportRunShown =
  | { ok: true; title: string; totalRecords: number | undefined; columns: string[]; rows: ReportRowShown[] }
  | { ok: false; title: string; error: string };

export interface ReportRowShown {
  /** The record its row links to, when a column links one. */
  recordIds: string[];
  /** Column label → the cell's text. */
  cells: Record<string, string>;
}

/** A report run as the signed-in user (reports run with the viewer's sharing and field-level security). */
export class ReportPage {
  constructor(private readonly page: Page) {}

  private get root(): Locator {
    return this.page.locator('body');
  }

  /** Ready = the table of results or the run's error is shown. */
  async open(reportId: string): Promise<void> {
    await this.page.goto(locators.report.path(reportId));
    await rendered(
      this.page
        .locator(locators.report.table)
        .or(this.page.locator(locators.report.error))
        .filter({ visible: true })
        .first(),
    );
  }

  async read(): Promise<ReportRunShown> {
    const title = ((await this.root.locator(locators.report.title).first().textContent()) ?? '').trim();
    const error = this.root.locator(locators.report.error).filter({ visible: true });
    if ((await error.count()) > 0)
      return { ok: false, title, error: (await error.first().innerText()).trim() };
    const table = this.root.locator(locators.report.table).filter({ visible: true }).first();
    const columns = await table
      .locator(locators.report.headerCells)
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title') ?? ''));
    const rows: { recordIds: string[]; cells: string[] }[] = [];
    for (const row of await table.locator(locators.report.bodyRows).all()) {
      const recordIds = await row
        .locator(locators.report.recordLinks)
        .evaluateAll((links) => links.map((link) => link.getAttribute('data-recordid') ?? ''));
      const cells: string[] = [];
      // Cells hold Lightning's formatted outputs, whose text sits in shadow roots.
      for (const cell of await row.locator(locators.report.cells).all()) {
        cells.push((await cell.evaluate(renderedText)).replace(/\s+/g, ' ').trim());
      }
      rows.push({ recordIds, cells });
    }
    const total = this.root.locator(locators.report.metric('Total Records'));
    const totalText =
      (await total.count()) > 0 ? (await total.first().innerText()).replace(/[^\d]/g, '') : '';
    return {
      ok: true,
      title,
      totalRecords: totalText === '' ? undefined : Number(totalText),
      columns,
      rows: rows.map((row) => ({
        recordIds: row.recordIds,
        cells: Object.fromEntries(columns.map((column, index) => [column, row.cells[index] ?? ''])),
      })),
    };
  }
}
