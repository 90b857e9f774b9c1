import { expect } from '@playwright/test';
import { signIn } from '../../emulator/navigation-helpers';
import { SDR_USER } from './support';
import type { ChainGroup } from './types';

export const appNavigation: ChainGroup = {
  component: 'app navigation bar (Home, as the SDR)',
  open: async (page, emulator) => {
    await page.context().clearCookies();
    await signIn(page, emulator, SDR_USER, '/lightning/page/home');
  },
  chains: [
    { root: 'one-appnav', chain: 'global/appNav appNavBar navItem itemLink' },
    { root: 'one-appnav', chain: 'global/appNav appLauncherHeader button' },
    { root: 'one-appnav', chain: 'global/appNav appName' },
    // The demo org is a sandbox: the system message bar shows the sandbox banner.
    'global/header systemMessage systemMessageText',
    'global/header systemMessage systemMessageLink',
  ],
};

export const appLauncherMenu: ChainGroup = {
  component: 'App Launcher menu (the waffle, as the SDR)',
  open: async (page) => {
    await page.getByRole('button', { name: 'App Launcher' }).click();
    await expect(page.getByRole('dialog', { name: 'App Launcher' })).toBeVisible();
  },
  chains: [
    'global/appLauncherMenu searchBar lwcInput primitiveInput input',
    'global/appLauncherMenu items avatar initials',
    'global/appLauncherMenu lwcButton button',
  ],
};

export const appLauncherModal: ChainGroup = {
  component: 'App Launcher "View All" modal (as the SDR)',
  open: async (page) => {
    await page.getByRole('button', { name: 'View All Applications' }).click();
    await expect(page.locator('one-app-launcher-modal').getByRole('dialog')).toBeVisible();
  },
  chains: [
    'global/appLauncherModal accordion accordionSections section sectionSummary sectionSummaryButton sectionSummaryButtonLabel',
    {
      root: 'one-app-launcher-app-tile',
      chain: 'global/appLauncherAppTile appTile tileBody tileDescription',
    },
    { root: 'one-app-launcher-app-tile', chain: 'global/appLauncherAppTile appTile' },
  ],
};
