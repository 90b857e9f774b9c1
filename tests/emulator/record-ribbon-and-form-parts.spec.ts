import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, demoOrg } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

/**
 * The emulator renders the actions ribbon and the record form as Lightning does: the "Show more actions"
 * menu's dropdown and items exist only while it is open, a spinner standing in for the items while they load
 * (salesforce-pageobjects lightning/buttonMenu); under the "lightning" latency profile the ribbon arrives after
 * the highlights panel, and the Edit and New forms bring each section on its own.
 */
let emulator: RunningEmulator;
test.afterEach(async () => emulator?.stop());

const MENU = 'runtime_platform_actions-actions-ribbon lightning-button-menu';

async function openDeal(page: Page): Promise<string> {
  const ids = await idsByName(emulator, 'SELECT Id, Name FROM Opportunity');
  const id = ids['Acme Strategic Deal'];
  await signIn(page, emulator, AE.username, `/lightning/r/Opportunity/${id}/view`);
  return id;
}

for (const shadowMode of ['native', 'synthetic'] as const) {
  test(`the "Show more actions" menu renders its items only while open, a spinner first (${shadowMode} shadow)`, async ({
    page,
  }) => {
    emulator = await startEmulator({
      shadowMode,
      org: demoOrg((org) => {
        org.recordUi.visibleActions = 1;
      }),
    });
    await openDeal(page);
    await expect(page.locator(`${MENU} button[title="Show more actions"]`)).toBeVisible();
    await expect(page.locator(`${MENU} .slds-dropdown`)).toHaveCount(0);
    await expect(page.locator(`${MENU} lightning-menu-item`)).toHaveCount(0);
    // The items are held back: the open menu shows its spinner.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/part/actions-menu', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator(`${MENU} button[title="Show more actions"]`).click();
    await expect(page.locator(MENU)).toHaveClass(/slds-is-open/);
    await expect(page.locator(`${MENU} .slds-dropdown lightning-spinner`)).toBeVisible();
    await expect(page.locator(`${MENU} lightning-menu-item`)).toHaveCount(0);
    release();
    await expect(page.getByRole('menuitem')).toHaveText(['Delete', 'Submit for Approval']);
    await expect(page.locator(`${MENU} lightning-spinner`)).toHaveCount(0);
    await page.locator(`${MENU} button[title="Show more actions"]`).click();
    await expect(page.locator(`${MENU} .slds-dropdown`)).toHaveCount(0);
    await expect(page.locator(`${MENU} lightning-menu-item`)).toHaveCount(0);
  });
}

test('latency profile "lightning": the ribbon arrives after the highlights, and the Edit form section by section', async ({
  page,
}) => {
  emulator = await startEmulator({ latency: 'lightning' });
  const parts: string[] = [];
  page.on('request', (request) => {
    const part = /\/(part\/[\w-]+|edit\/section\/\d+)$/.exec(request.url())?.[1];
    if (part) parts.push(part);
  });
  await openDeal(page);
  const edit = page.locator('runtime_platform_actions-action-renderer[title="Edit"] button');
  await expect(edit).toBeVisible();
  expect(parts.indexOf('part/actions')).toBeGreaterThan(parts.indexOf('part/highlights'));
  await edit.click();
  const form = page.getByRole('dialog');
  await expect(form.locator('records-record-layout-item').first()).toBeVisible();
  await expect(form.locator('[data-target-selection-name$=".Description"]')).toBeVisible();
  await expect(form.locator('lightning-spinner')).toHaveCount(0);
  expect(parts).toEqual(expect.arrayContaining(['edit/section/0', 'edit/section/1', 'edit/section/2']));
});

test('latency profile "lightning": the New form brings its sections with the record type and defaults asked', async ({
  page,
}) => {
  emulator = await startEmulator({ latency: 'lightning' });
  const sections: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/create/section/')) sections.push(request.url());
  });
  await signIn(page, emulator, AE.username, '/lightning/o/Lead/new?defaultFieldValues=Company=Initech');
  const form = page.getByRole('dialog');
  await expect(form.locator('input[name="Company"]')).toHaveValue('Initech');
  await expect(form.locator('lightning-spinner')).toHaveCount(0);
  expect(sections.length).toBeGreaterThan(0);
  expect(sections.every((url) => url.includes('defaultFieldValues=Company=Initech'))).toBe(true);
});
