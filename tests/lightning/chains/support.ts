import { expect, type Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import { oauthConnection } from '../../emulator/helpers';
import { signIn } from '../../emulator/navigation-helpers';

export const SDR_USER = 'sam.sdr@acme-demo.example';
export const AE_USER = 'ava.ae@acme-demo.example';

/** The id of the first record a SOQL query returns, read as the admin. */
export async function firstId(emulator: RunningEmulator, soql: string): Promise<string> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const result = await conn.query<{ Id: string }>(soql);
  return result.records[0].Id;
}

/** Signs `username` in and opens a record page, ready once its layout shows. */
export async function openRecord(
  page: Page,
  emulator: RunningEmulator,
  username: string,
  object: string,
  id: string,
) {
  await page.context().clearCookies();
  await signIn(page, emulator, username, `/lightning/r/${object}/${id}/view`);
  await expect(page.locator('records-record-layout-item').first()).toBeVisible();
}

/** The AE on the first demo opportunity by name. */
export async function openOpportunityAsAe(page: Page, emulator: RunningEmulator) {
  const id = await firstId(emulator, 'SELECT Id FROM Opportunity ORDER BY Name LIMIT 1');
  await openRecord(page, emulator, AE_USER, 'Opportunity', id);
}

export const item = (object: string, field: string) =>
  `records-record-layout-item[data-target-selection-name="sfdc:RecordField.${object}.${field}"]`;
