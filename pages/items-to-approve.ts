import type { Locator, Page } from '@playwright/test';
import { ActionDialog } from './action-dialog';
import { locators } from './locators';
import { rendered } from './rendered';

/** "Items to Approve" on the home page: the requests waiting for the signed-in user (or their queues). */
export class ItemsToApprove {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.approvals.itemsToApprove).filter({ visible: true });
  }

  async open(): Promise<void> {
    await this.page.goto(locators.approvals.homePath);
    await rendered(this.root.first());
  }

  /** The names of the records waiting for approval, as listed. */
  async names(): Promise<string[]> {
    const links = this.root.first().locator(locators.approvals.rows).getByRole('link');
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  /** Opens the approval request of the record with this name; false when it is not listed. */
  async openRequest(recordName: string): Promise<ApprovalRequestPage | undefined> {
    const link = this.root.first().getByRole('link', { name: recordName, exact: true });
    if ((await link.count()) === 0) return undefined;
    await link.first().click();
    const request = new ApprovalRequestPage(this.page);
    await request.waitUntilOpen();
    return request;
  }
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
