import { expect } from '@playwright/test';
import type { OrgDefinition } from '../../../emulator';
import { addLeadField } from '../../emulator/helpers';
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

const NORTHWIND_LEAD = "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'";

function setNorthwind(org: OrgDefinition, fields: Record<string, string>): void {
  const northwind = org.records.find((record) => record.fields.Company === 'Northwind Traders');
  if (!northwind) throw new Error('the demo org has no Northwind Traders lead');
  Object.assign(northwind.fields, fields);
}

export const multiSelectAndRichText: ChainGroup = {
  component: 'multi-select picklist and rich text area (Lead, as the SDR)',
  org: (org) => {
    addLeadField(org, 'Interests__c', {
      type: 'multipicklist',
      label: 'Interests',
      values: ['Web', 'Events', 'Webinars'],
    });
    addLeadField(org, 'Call_Notes__c', { type: 'richtext', label: 'Call Notes' });
    setNorthwind(org, { Interests__c: 'Events', Call_Notes__c: '<p>Call back</p>' });
  },
  open: async (page, emulator) => {
    await openRecord(page, emulator, SDR_USER, 'Lead', await firstId(emulator, NORTHWIND_LEAD));
    await expect(page.locator(item('Lead', 'Call_Notes__c')).first()).toContainText('Call back');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('dialog').getByText('Chosen', { exact: true })).toBeVisible();
  },
  chains: [
    { root: item('Lead', 'Call_Notes__c'), chain: 'records/recordLayoutItem formattedRichText' },
    ...[
      'recordPicklist formPicklist picklist dualListBox label',
      'recordPicklist formPicklist picklist dualListBox sourceItems',
      'recordPicklist formPicklist picklist dualListBox selectedItems',
      'recordPicklist formPicklist picklist dualListBox selectBtn',
      'recordPicklist formPicklist picklist dualListBox deselectBtn',
    ].map((chain) => ({
      root: MODAL_ITEM('Lead', 'Interests__c'),
      chain: `records/recordLayoutItem ${chain}`,
    })),
    {
      root: MODAL_ITEM('Lead', 'Call_Notes__c'),
      chain: 'records/recordLayoutItem richText quill richInput textarea',
    },
  ],
};

export const dateTimePickers: ChainGroup = {
  component: 'date/time field (Lead edit, as the SDR)',
  org: (org) => {
    addLeadField(org, 'Call_Back_At__c', { type: 'datetime', label: 'Call Back At' });
    setNorthwind(org, { Call_Back_At__c: '2026-12-30T15:00:00.000+0000' });
  },
  open: async (page, emulator) => {
    await openRecord(page, emulator, SDR_USER, 'Lead', await firstId(emulator, NORTHWIND_LEAD));
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('dialog').getByText('Call Back At', { exact: true })).toBeVisible();
  },
  chains: [
    'recordDateTime inputDateTime datetimepicker label',
    'recordDateTime inputDateTime datetimepicker error',
    'recordDateTime inputDateTime datetimepicker datepicker dateInput',
    'recordDateTime inputDateTime datetimepicker timepicker timeCombobox input',
  ].map((chain) => ({
    root: MODAL_ITEM('Lead', 'Call_Back_At__c'),
    chain: `records/recordLayoutItem ${chain}`,
  })),
};
