import { expect, type Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import { firstId, SDR_USER } from './support';
import type { ChainGroup } from './types';

const detailAddress = (userId: string) => `/${userId}?noredirect=1&isUserEntityOverride=1`;

async function signInAsAdmin(page: Page, emulator: RunningEmulator, startPath: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${emulator.url}/?startURL=${encodeURIComponent(startPath)}`);
  await page.locator('#username').fill(emulator.admin.username);
  await page.locator('#password').fill(emulator.admin.password);
  await page.locator('#Login').click();
  await expect(page.locator('.slds-template__container')).toBeVisible();
}

async function sdrId(emulator: RunningEmulator): Promise<string> {
  return firstId(emulator, `SELECT Id FROM User WHERE Username = '${SDR_USER}'`);
}

export const setupUserPage: ChainGroup = {
  component: "Setup (the SDR's user page in Lightning Setup, as the admin)",
  open: async (page, emulator) => {
    const address = encodeURIComponent(detailAddress(await sdrId(emulator)));
    await signInAsAdmin(page, emulator, `/lightning/setup/ManageUsers/page?address=${address}`);
    await expect(page.frameLocator('force-aloha-page iframe').locator('td#topButtonRow')).toBeVisible();
  },
  chains: [
    'setup/setupComponent setupHeader',
    'setup/setupComponent setupHeader breadcrumbs title',
    'setup/setupComponent setupHeader breadcrumbs breadcrumbByText',
    'setup/setupComponent setupAlohaPage',
    'force/alohaPage alohaPageFrame',
  ],
};

export const classicUserPage: ChainGroup = {
  component: "classic user page (the Setup iframe's document, as the admin)",
  open: async (page, emulator) => {
    await page.goto(`${emulator.url}${detailAddress(await sdrId(emulator))}`);
    await expect(page.locator('td#topButtonRow')).toBeVisible();
  },
  chains: [
    'setup/setupAlohaPage buttonByName(login)',
    'setup/setupAlohaPage buttonByName(edit)',
    'setup/setupAlohaPage itemLabel(4, 2)',
  ],
};

export const loginAccessPolicies: ChainGroup = {
  component: 'Login Access Policies (the classic page in the Setup iframe, as the admin)',
  open: async (page, emulator) => {
    await page.goto(`${emulator.url}/partnerbt/loginAccessPolicies.apexp`);
    await expect(page.getByLabel('Administrators Can Log in as Any User')).toBeVisible();
  },
  chains: [
    'setup/setupAlohaPage inputBoxByName(adminsCanLogInAsAny)',
    'setup/setupAlohaPage buttonByName(thePage:loginAccessPolicies:save)',
    'setup/setupAlohaPage setupAlohaItemRowByLabel label',
  ],
};

export const grantLoginAccess: ChainGroup = {
  component: 'Grant Account Login Access (the classic page in the Setup iframe, as the admin)',
  open: async (page, emulator) => {
    await page.goto(`${emulator.url}/partnerbt/grantLoginAccess.apexp`);
    await expect(page.locator('select[name$="adminAccessDuration"]')).toBeVisible();
  },
  chains: ['setup/setupAlohaPage selectBoxByName(adminAccessDuration)'],
};

/** Back on the SDR's user page, the admin clicks Login. */
export const loginAsBanner: ChainGroup = {
  component: 'system message bar (Login-As banner, the admin as the SDR)',
  open: async (page, emulator) => {
    await page.goto(`${emulator.url}${detailAddress(await sdrId(emulator))}`);
    await page.locator('td#topButtonRow input[name="login"]').click();
    await expect(page.getByRole('alert').filter({ hasText: 'Logged in as' })).toBeVisible();
  },
  chains: [
    'global/header systemMessage systemMessageText',
    'global/header systemMessage systemMessageLink',
    'global/header systemMessage systemMessageTextById(loginAsSystemMessage)',
    'global/header systemMessage systemMessageLinkById(loginAsSystemMessage)',
  ],
};
