import { expect } from '@playwright/test';
import { signIn } from '../../emulator/navigation-helpers';
import { AE_USER, firstId, openRecord } from './support';
import type { ChainGroup } from './types';

export const recordTypeStep: ChainGroup = {
  component: 'New Opportunity record type step (as the AE, who has two record types)',
  open: async (page, emulator) => {
    await page.context().clearCookies();
    await signIn(page, emulator, AE_USER, '/lightning/o/Opportunity/new?useRecordTypeCheck=1');
    await expect(page.getByRole('radio', { name: 'Renewal' })).toBeVisible();
  },
  chains: [
    'force/changeRecordType changeRecordTypeRowLabels',
    'force/changeRecordType changeRecordTypeRadioButtons',
    'force/changeRecordType radioButtonWithText',
    { root: '.forceChangeRecordTypeFooter', chain: 'force/changeRecordTypeFooter actionButton' },
  ],
};

export const pathClosedStageDialog: ChainGroup = {
  component: 'Path closed-stage dialog (Opportunity, as the AE)',
  open: async (page, emulator) => {
    const id = await firstId(emulator, "SELECT Id FROM Opportunity WHERE Name = 'Globex Expansion'");
    await openRecord(page, emulator, AE_USER, 'Opportunity', id);
    await page.locator('runtime_sales_pathassistant-path-step').last().locator('a').click();
    await page.getByRole('button', { name: 'Select Closed Stage' }).click();
    await expect(page.getByRole('dialog', { name: 'Close This Opportunity' })).toBeVisible();
  },
  chains: [
    {
      root: '.pathClosedDialog .slds-modal__container',
      chain: 'runtime_sales/pathClosedStageModal stageSelect',
    },
    {
      root: '.pathClosedDialog .slds-modal__container',
      chain: 'runtime_sales/pathClosedStageModal saveButton',
    },
  ],
};
