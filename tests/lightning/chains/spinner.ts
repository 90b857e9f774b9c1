import { expect } from '@playwright/test';
import { signIn } from '../../emulator/navigation-helpers';
import { SDR_USER } from './support';
import type { ChainGroup } from './types';

/** A list view still loading (its part held back) under the "lightning" latency profile: a lightning-spinner. */
export const loadingSpinner: ChainGroup = {
  component: 'loading spinner (a list view still loading, as the SDR)',
  latency: 'lightning',
  open: async (page, emulator) => {
    await page.context().clearCookies();
    // The list view's part never arrives while the chain is checked.
    await page.route('**/aura/navigation/listview/**', () => undefined, { times: 1 });
    await signIn(page, emulator, SDR_USER, '/lightning/o/Lead/list?filterName=MyOpenLeads');
    await expect(page.locator('lightning-spinner')).toBeVisible();
  },
  chains: [{ root: 'lightning-spinner', chain: 'lightning/spinner assistingText' }],
};
