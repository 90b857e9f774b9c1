import { expect } from '@playwright/test';
import { signIn } from '../../emulator/navigation-helpers';
import { AE_USER, firstId } from './support';
import type { ChainGroup } from './types';

const field = (apiName: string) => `flexipage-field[data-field-id="Record${apiName}Field"]`;

export const dynamicFormsRecordPage: ChainGroup = {
  component: 'Dynamic Forms record page (Account, as the AE)',
  org: (org) => {
    org.recordUi.dynamicForms = ['Account'];
  },
  open: async (page, emulator) => {
    const id = await firstId(emulator, "SELECT Id FROM Account WHERE Name = 'Initech'");
    await page.context().clearCookies();
    await signIn(page, emulator, AE_USER, `/lightning/r/Account/${id}/view`);
    await expect(page.locator('record_flexipage-record-field').first()).toBeVisible();
  },
  chains: [
    {
      root: 'flexipage-tab2[data-tab="details"]',
      chain: 'flexipage/tab2 component2(flexipage_fieldSection1)',
    },
    { root: 'flexipage-field-section2', chain: 'flexipage/fieldSection2 inputSlot content' },
    {
      root: 'flexipage-column2',
      chain: 'flexipage/column2 fieldByID(RecordIndustryField) recordFieldContent',
    },
    {
      root: `${field('Industry')} record_flexipage-record-field`,
      chain: 'record/flexipage/recordField label',
    },
    {
      root: `${field('Industry')} record_flexipage-record-field`,
      chain: 'record/flexipage/recordField inlineEditTrigger',
    },
    {
      root: `${field('Industry')} record_flexipage-record-field`,
      chain: 'record/flexipage/recordField fieldContentViewMode',
    },
    {
      root: `${field('OwnerId')} record_flexipage-record-field`,
      chain: 'record/flexipage/recordField readOnlyField',
    },
  ],
};
