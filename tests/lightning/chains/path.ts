import { expect } from '@playwright/test';
import { AE_USER, firstId, openRecord } from './support';
import type { ChainGroup } from './types';

// runtime_sales/path* declare their roots (and the step's link and label); how they nest is unconfirmed.
const STEP = 'runtime_sales_pathassistant-path >>> runtime_sales_pathassistant-path-step';

export const path: ChainGroup = {
  component: 'Path (Opportunity, as the AE)',
  open: async (page, emulator) => {
    const id = await firstId(emulator, "SELECT Id FROM Opportunity WHERE Name = 'Globex Expansion'");
    await openRecord(page, emulator, AE_USER, 'Opportunity', id);
    await expect(page.locator('runtime_sales_pathassistant-path-step').first()).toBeVisible();
  },
  chains: [
    'runtime_sales/path',
    'runtime_sales/pathTrack',
    'runtime_sales/pathTrackScroller',
    'runtime_sales/pathBody',
    'runtime_sales/pathFields',
    'runtime_sales/pathGuidance',
    { root: STEP, chain: 'runtime_sales/pathStep link' },
    { root: STEP, chain: 'runtime_sales/pathStep label' },
  ],
};

export const toast: ChainGroup = {
  component: 'toast (Path stage saved, as the AE)',
  open: async (page) => {
    await page.getByRole('button', { name: 'Mark Stage as Complete' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Stage changed successfully.' })).toBeVisible();
  },
  chains: ['force/toastMessage buttonClose', 'force/toastMessage toastMessageText'],
};
