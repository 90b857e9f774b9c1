import { expect, test } from '@playwright/test';
import { createEmulatorApp } from '../../emulator';
import { SalesforceError } from '../../emulator/api/errors';
import { uiErrors } from '../../emulator/routes/record-save';
import { demoOrg } from './helpers';

// Where the record modal shows each DML error (validation rules run in save/dml.ts).
const lead = () => {
  const type = createEmulatorApp(demoOrg()).state.object('Lead');
  if (!type) throw new Error('no Lead');
  return type;
};

test('a validation error naming fields shows under those fields; without fields at the top', () => {
  const onField = new SalesforceError(400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Score must be 0-100', [
    'Lead_Score__c',
  ]);
  expect(uiErrors(lead(), onField)).toEqual({
    pageErrors: [],
    fieldErrors: { Lead_Score__c: 'Score must be 0-100' },
  });
  const onPage = new SalesforceError(
    400,
    'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    'Leads from Globex need a phone',
  );
  expect(uiErrors(lead(), onPage)).toEqual({
    pageErrors: ['Leads from Globex need a phone'],
    fieldErrors: {},
  });
});

test('missing required fields are named by label in one message', () => {
  const missing = new SalesforceError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing', [
    'LastName',
    'Company',
  ]);
  expect(uiErrors(lead(), missing).pageErrors).toEqual([
    'These required fields must be completed: Last Name, Company',
  ]);
});
