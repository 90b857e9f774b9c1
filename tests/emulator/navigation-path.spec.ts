import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, documentLoads } from './helpers';
import { idsByName, SCREENSHOTS, signIn } from './navigation-helpers';

// Opportunity Path (docs/salesforce-facts.md#path, salesforce-pageobjects runtime_sales/path*): CSS pierces its shadow roots.
const PATH = 'runtime_sales_pathassistant-path';
const step = (page: Page, title: string) =>
  page.locator(`${PATH} li.slds-path__item:has(a.slds-path__link[title="${title}"])`);
const TOAST = 'div.forceToastMessage';

let emulator: RunningEmulator;
let opportunities: Record<string, string>;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
  opportunities = await idsByName(emulator, 'SELECT Id, Name FROM Opportunity');
});
test.afterEach(async () => emulator?.stop());

async function openOpportunity(page: Page, name: string) {
  await signIn(page, emulator, AE.username, `/lightning/r/Opportunity/${opportunities[name]}/view`);
  await expect(page.locator(PATH)).toBeVisible();
}

test('Path shows the stages with state classes, key fields and guidance of the current stage', async ({
  page,
}) => {
  await openOpportunity(page, 'Globex Expansion');
  await expect(step(page, 'Prospecting')).toHaveClass(/slds-is-complete/);
  await expect(step(page, 'Qualification')).toHaveClass(/slds-is-current/);
  await expect(step(page, 'Qualification')).toHaveClass(/slds-is-active/);
  await expect(step(page, 'Qualification').locator('a')).toHaveAttribute('aria-selected', 'true');
  await expect(step(page, 'Needs Analysis')).toHaveClass(/slds-is-incomplete/);
  await expect(step(page, 'Closed')).toHaveClass(/slds-is-incomplete/);
  await expect(page.locator(`${PATH} .slds-path__title`)).toHaveText([
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed',
  ]);
  const coaching = page.locator(`${PATH} .slds-path__coach:visible`);
  await expect(coaching.locator('.pathKeyField .slds-form-element__label')).toHaveText([
    'Amount',
    'Next Step',
  ]);
  await expect(coaching.locator('.slds-path__guidance')).toContainText('Identify the decision maker');
  await page.screenshot({ path: `${SCREENSHOTS}/path.png`, fullPage: true });
});

test('"Mark Stage as Complete" moves to the next stage, saves and shows the toast, in place', async ({
  page,
}) => {
  await openOpportunity(page, 'Globex Expansion');
  const documentsLoaded = await documentLoads(page);
  await page.locator(`${PATH} button.slds-path__mark-complete`).click();
  await expect(page.locator(TOAST)).toHaveAttribute('data-key', 'success');
  await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Stage changed successfully.');
  await expect(page.getByRole('alert').filter({ hasText: 'Stage changed successfully.' })).toBeVisible();
  await expect(step(page, 'Qualification')).toHaveClass(/slds-is-complete/);
  await expect(step(page, 'Needs Analysis')).toHaveClass(/slds-is-current/);
  const conn = await idsByName(
    emulator,
    "SELECT Id, Name FROM Opportunity WHERE StageName = 'Needs Analysis'",
  );
  expect(Object.keys(conn)).toEqual(['Globex Expansion']);
  expect(documentsLoaded).toEqual([]);
  // The toast is shown once.
  await page.reload();
  await expect(page.locator(TOAST)).toHaveCount(0);
});

test('selecting another stage offers "Mark as Current Stage"', async ({ page }) => {
  await openOpportunity(page, 'Globex Expansion');
  await step(page, 'Proposal/Price Quote').locator('a').click();
  await expect(step(page, 'Proposal/Price Quote')).toHaveClass(/slds-is-active/);
  await expect(step(page, 'Qualification')).not.toHaveClass(/slds-is-active/);
  const button = page.locator(`${PATH} button.slds-path__mark-current`);
  await expect(button).toHaveText('Mark as Current Stage');
  await button.click();
  await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Stage changed successfully.');
  await expect(step(page, 'Proposal/Price Quote')).toHaveClass(/slds-is-current/);
  await expect(step(page, 'Needs Analysis')).toHaveClass(/slds-is-complete/);
});

test('a closed stage is chosen in the "Select Closed Stage" dialog, then "Change Closed Stage"', async ({
  page,
}) => {
  await openOpportunity(page, 'Initech Renewal');
  await step(page, 'Closed').locator('a').click();
  await page.getByRole('button', { name: 'Select Closed Stage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close This Opportunity' });
  await expect(dialog).toBeVisible();
  await dialog.locator('select').selectOption('Closed Lost');
  await page.screenshot({ path: `${SCREENSHOTS}/path-closed-dialog.png` });
  const documentsLoaded = await documentLoads(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Stage changed successfully.');
  await expect(step(page, 'Closed Lost')).toHaveClass(/slds-is-lost/);
  await expect(dialog).toHaveCount(0);
  expect(documentsLoaded).toEqual([]);
  await expect(page.getByRole('button', { name: 'Change Closed Stage' })).toBeVisible();
});

test('marking the last open stage complete opens the closed stage dialog', async ({ page }) => {
  await openOpportunity(page, 'Initech Renewal');
  await page.getByRole('button', { name: 'Mark Stage as Complete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close This Opportunity' });
  await dialog.locator('select').selectOption('Closed Won');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(step(page, 'Closed Won')).toHaveClass(/slds-is-won/);
  await expect(step(page, 'Negotiation/Review')).toHaveClass(/slds-is-complete/);
});

test('a refused stage change shows an error toast and keeps the stage', async ({ page }) => {
  await openOpportunity(page, 'Globex Expansion');
  const response = await page.request.post(
    `${emulator.url}/lightning/r/Opportunity/${opportunities['Globex Expansion']}/path`,
    { form: { action: 'current', stage: 'Not A Stage' }, maxRedirects: 0 },
  );
  expect(response.status()).toBe(302);
  await expect(page.locator(TOAST)).toHaveCount(0);
  await page.reload();
  await expect(page.locator(TOAST)).toHaveAttribute('data-key', 'error');
  await expect(page.locator(`${TOAST} span.toastMessage`)).toContainText(
    'bad value for restricted picklist field',
  );
  await expect(step(page, 'Qualification')).toHaveClass(/slds-is-current/);
});
