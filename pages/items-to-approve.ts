import type { Locator, Page } from '@playwright/test';
import { ActionDialog } from './action-dialog';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { rendered } from './rendered';

/**
 * "Items to Approve" on the home page: the requests waiting for the signed-in user (or their queues). Rows are
 * found by where they link (a request's or a record's Id), never by the name they show: two records may share one.
 */
export class ItemsToApprove {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.approvals.itemsToApprove).filter({ visible: true });
  }

  async open(): Promise<void> {
    await this.page.goto(locators.approvals.homePath);
    try {
      await rendered(this.root.first());
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        'the home page shows no "Items to Approve" component (it is not on the home page, or not found by its card title), so what waits for approval was not read',
      );
    }
  }

  /**
   * The names of the records waiting for approval, as listed, once the list shows them or says that none
   * waits; an IncompletePageError when it shows neither.
   */
  async names(): Promise<string[]> {
    const links = this.root.first().locator(locators.approvals.rows).getByRole('link');
    const none = this.root.first().locator(locators.approvals.itemsToApproveEmpty);
    try {
      await rendered(links.or(none).first());
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        '"Items to Approve" showed neither a request nor its message that none waits, so what it lists was not read',
      );
    }
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  /**
   * How many rows link to one of these Ids (a record's pending requests, or the record itself), once the list
   * shows its requests or says none waits (names()).
   */
  async countLinkingTo(ids: string[]): Promise<number> {
    await this.names();
    return ids.length === 0 ? 0 : this.rowsLinkingTo(ids).count();
  }

  /** Opens the approval request of the first row linking to one of these Ids; undefined when none is listed. */
  async openRequestLinkingTo(ids: string[]): Promise<ApprovalRequestPage | undefined> {
    if ((await this.countLinkingTo(ids)) === 0) return undefined;
    await this.rowsLinkingTo(ids).first().locator(linkSelector(ids)).first().click();
    const request = new ApprovalRequestPage(this.page);
    await request.waitUntilOpen();
    return request;
  }

  private rowsLinkingTo(ids: string[]): Locator {
    return this.root
      .first()
      .locator(locators.approvals.rows)
      .filter({ has: this.page.locator(linkSelector(ids)) });
  }
}

function linkSelector(ids: string[]): string {
  return ids.map((id) => locators.approvals.linkTo(id)).join(', ');
}

/** The approval request page with Approve, Reject and Reassign. */
export class ApprovalRequestPage {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.approvals.requestPage).filter({ visible: true });
  }

  async waitUntilOpen(): Promise<void> {
    await rendered(this.root.first());
  }

  /** Opens the dialog of Approve, Reject or Reassign; undefined when the page does not offer it. */
  async action(name: 'Approve' | 'Reject' | 'Reassign'): Promise<ActionDialog | undefined> {
    return ActionDialog.openedBy(this.page, this.root.first(), name, name);
  }
}
