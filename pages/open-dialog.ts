import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';

/** The open modal dialog that holds `content` (the record form, the record type choice…). */
export function openDialogHolding(page: Page, content: string): Locator {
  return page.getByRole(locators.openDialog.role).filter({ has: page.locator(content) });
}
