import type { Locator, Page } from '@playwright/test';
import { ActionDialog } from './action-dialog';
import { locators } from './locators';
import { clickRecordAction } from './record-actions';

/** The quote's "Create PDF": the templates it offers the signed-in user. Undefined when the page has no such action. */
export async function quoteTemplatesOffered(page: Page, quoteRoot: Locator): Promise<string[] | undefined> {
  if (!(await clickRecordAction(quoteRoot, locators.quotes.createPdfAction))) return undefined;
  const dialog = new ActionDialog(page, 'Create PDF');
  await dialog.waitUntilOpen();
  const offered = await dialog.options(locators.quotes.template);
  await dialog.cancel();
  return offered;
}
