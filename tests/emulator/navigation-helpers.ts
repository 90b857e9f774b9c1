import { expect, type Page } from '@playwright/test';
import type { RunningEmulator } from '../../emulator';
import { DEMO_PASSWORD, oauthConnection } from './helpers';

export const MANAGER = { username: 'maya.manager@acme-demo.example', name: 'Maya Patel' };
export const SCREENSHOTS = 'test-results/self/navigation-screens';

/** Signs a persona in through the login page and lands on startPath. */
export async function signIn(page: Page, emulator: RunningEmulator, username: string, startPath: string) {
  await page.goto(`${emulator.url}/?startURL=${encodeURIComponent(startPath)}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#Login').click();
  await expect(page.locator('.slds-template__container')).toBeVisible();
}

/** Id by name for the rows of an object, read as the admin through the API. */
export async function idsByName(emulator: RunningEmulator, soql: string): Promise<Record<string, string>> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const result = await conn.query<{ Id: string; Name?: string; Title?: string; DeveloperName?: string }>(
    soql,
  );
  return Object.fromEntries(
    result.records.map((row) => [String(row.DeveloperName ?? row.Name ?? row.Title), row.Id]),
  );
}
