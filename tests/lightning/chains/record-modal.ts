import { expect } from '@playwright/test';
import { firstId, item, openOpportunityAsAe, openRecord, SDR_USER } from './support';
import type { ChainGroup } from './types';

const FORM = 'records/modalLwcDetailPanelWrapper lwcDetailPanel baseRecordForm';
const MODAL_ITEM = (object: string, field: string) => `section[role="dialog"] >>> ${item(object, field)}`;

export const recordEditModal: ChainGroup = {
  component: 'record edit modal (Opportunity, as the AE)',
  open: async (page, emulator) => {
    await openOpportunityAsAe(page, emulator);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  },
  chains: [
    'global/recordActionWrapper body',
    'global/recordActionWrapper forceFormFooter saveButton button',
    'global/recordActionWrapper forceFormFooter cancelButton button',
    {
      root: 'records-modal-lwc-detail-panel-wrapper',
      chain: 'records/modalLwcDetailPanelWrapper lwcDetailPanel',
    },
    { root: 'records-modal-lwc-detail-panel-wrapper', chain: `${FORM} recordLayoutContainer recordLayout` },
    {
      root: 'records-modal-lwc-detail-panel-wrapper',
      chain: `${FORM} recordLayout forcegeneratedRecordLayout2 section(1) rows items`,
    },
    { root: MODAL_ITEM('Opportunity', 'Name'), chain: 'records/recordLayoutItem inputField' },
    {
      root: MODAL_ITEM('Opportunity', 'Name'),
      chain: 'records/recordLayoutItem lightningInputWrapper input primitiveInput input',
    },
    {
      root: MODAL_ITEM('Opportunity', 'Name'),
      chain: 'records/recordLayoutItem lightningInputWrapper input primitiveInput label required',
    },
    {
      root: MODAL_ITEM('Opportunity', 'Name'),
      chain: 'records/recordLayoutItem lightningInputWrapper input primitiveInput error',
    },
    {
      root: MODAL_ITEM('Opportunity', 'StageName'),
      chain: 'records/recordLayoutItem recordPicklist formPicklist picklist comboBox base triggerInput',
    },
    {
      root: MODAL_ITEM('Opportunity', 'StageName'),
      chain: 'records/recordLayoutItem recordPicklist formPicklist picklist comboBox labelText',
    },
    {
      root: MODAL_ITEM('Opportunity', 'StageName'),
      chain: 'records/recordLayoutItem recordPicklist formPicklist picklist comboBox base items label',
    },
    {
      root: MODAL_ITEM('Opportunity', 'AccountId'),
      chain:
        'records/recordLayoutItem recordLayoutLookup lookup lookupDesktop groupedCombobox baseCombobox input',
    },
    {
      root: MODAL_ITEM('Opportunity', 'AccountId'),
      chain: 'records/recordLayoutItem recordLayoutLookup lookup lookupDesktop groupedCombobox label',
    },
    {
      root: MODAL_ITEM('Opportunity', 'CloseDate'),
      chain: 'records/recordLayoutItem recordDateTime inputDateTime datepicker dateInput',
    },
    {
      root: MODAL_ITEM('Opportunity', 'CloseDate'),
      chain: 'records/recordLayoutItem recordDateTime inputDateTime datepicker label required',
    },
  ],
};

export const recordSaveErrors: ChainGroup = {
  component: 'record save errors (Lead edit, as the SDR)',
  open: async (page, emulator) => {
    await openRecord(
      page,
      emulator,
      SDR_USER,
      'Lead',
      await firstId(emulator, "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'"),
    );
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Company').fill('');
    await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('dialog').getByText('Review the errors on this page.')).toBeVisible();
  },
  chains: [
    { root: 'records-record-edit-error', chain: 'records/recordEditError pageErrors' },
    { root: 'records-record-edit-error-header', chain: 'records/recordEditErrorHeader closeButton' },
    {
      root: MODAL_ITEM('Lead', 'Name'),
      chain: 'records/recordLayoutItem inputName inputName lastNameInput primitiveInput input',
    },
    {
      root: MODAL_ITEM('Lead', 'Status'),
      chain: 'records/recordLayoutItem recordPicklist formPicklist picklist comboBox base triggerInput',
    },
  ],
};
