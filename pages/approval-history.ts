import type { Locator, Page } from '@playwright/test';
import { ActionDialog } from './action-dialog';
import { locators } from './locators';
import {
  RELATED_LISTS_DEADLINE_MS,
  RecordRelatedLists,
  type RelatedListsReading,
} from './record-related-lists';
import { type StatedCount, statedCount } from './shown-list';
import { ViewAllPage } from './view-all-page';

export interface ApprovalHistoryRow {
  stepName: string;
  date: string;
  status: string;
  assignedTo: string;
  actualApprover: string;
  comments: string;
}

const COLUMNS: [keyof ApprovalHistoryRow, string][] = [
  ['stepName', 'Step Name'],
  ['date', 'Date'],
  ['status', 'Status'],
  ['assignedTo', 'Assigned To'],
  ['actualApprover', 'Actual Approver'],
  ['comments', 'Comments'],
];

const APPROVAL_HISTORY = 'Approval History';

/** The Approval History related list of a record page (on its Related tab), newest row first. */
export class ApprovalHistory {
  readonly root: Locator;
  private readonly lists: RecordRelatedLists;

  constructor(
    private readonly page: Page,
    recordRoot: Locator,
  ) {
    this.root = recordRoot.locator(locators.approvals.historyList).filter({ visible: true });
    this.lists = new RecordRelatedLists(page, recordRoot);
  }

  /**
   * Shows the Related tab (shown in the tab bar or in its More menu) and waits for the list. Not shown only once
   * the page's related lists are complete without it, with those it shows; a RelatedListsIncompleteError when
   * they were still rendering at the deadline.
   */
  async show(deadlineMs = RELATED_LISTS_DEADLINE_MS): Promise<RelatedListsReading & { shown: boolean }> {
    return this.lists.showList(APPROVAL_HISTORY, this.root, deadlineMs);
  }

  /** Back to the tab shown before show(), where the record's fields are. */
  async leave(): Promise<void> {
    await this.lists.restore();
  }

  /**
   * The count the card states, "(3)" or "(6+)" as every related list card (unconfirmed for this list: no page
   * object declares it); undefined when it shows none. Rows beyond those shown are only on View All.
   */
  async count(): Promise<StatedCount | undefined> {
    const count = this.root.first().locator(locators.relatedListCard.count);
    if ((await count.count()) === 0) return undefined;
    return statedCount((await count.first().innerText()).trim());
  }

  async rows(): Promise<ApprovalHistoryRow[]> {
    return rowsIn(this.root.first());
  }

  /**
   * Every row, from the list's View All page (Lightning shows it in place of the record page; Back shows the
   * record page again), with the count its status line states; a TimeoutError when the page does not show its
   * count. For a card that shows only its first rows ("(6+)").
   */
  async wholeHistory(): Promise<{ rows: ApprovalHistoryRow[]; stated: StatedCount }> {
    const viewAll = await ViewAllPage.openFrom(this.page, this.root.first());
    let whole: { rows: ApprovalHistoryRow[]; stated: StatedCount };
    try {
      await viewAll.shown();
      whole = { rows: await rowsIn(viewAll.root), stated: await viewAll.list.count() };
    } catch (error) {
      // The error says what went wrong; a record page that cannot be shown again must not hide it.
      await viewAll.back().catch(() => undefined);
      throw error;
    }
    await viewAll.back();
    return whole;
  }

  /** Opens the dialog of an action the list offers the user (Recall, Approve, Reject, Reassign); undefined if not offered. */
  async action(name: string, dialogTitle: string): Promise<ActionDialog | undefined> {
    return ActionDialog.openedBy(this.page, this.root.first(), name, dialogTitle);
  }
}

async function rowsIn(list: Locator): Promise<ApprovalHistoryRow[]> {
  const rows: ApprovalHistoryRow[] = [];
  for (const row of await list.locator(locators.approvals.rows).all()) {
    const entry = {} as ApprovalHistoryRow;
    for (const [key, column] of COLUMNS) {
      const cell = row.locator(locators.approvals.cell(column));
      entry[key] = (await cell.count()) > 0 ? normalise(await cell.first().innerText()) : '';
    }
    rows.push(entry);
  }
  return rows;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
