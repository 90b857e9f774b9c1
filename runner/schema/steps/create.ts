import { z } from 'zod';
import type { CreateStep } from '../../model';
import {
  developerName,
  fieldApiName,
  fieldKeyInstead,
  mapping,
  onlyIfValidSoFar,
  referenceName,
  requiredText,
} from '../common';
import { formFieldValues } from './form-values';

const EXAMPLE =
  'create: { sobject: Opportunity, recordType: Renewal, fields: { Name: Renewal Q3, CloseDate: "{{today+30}}" }, record: deal }';
const apiName = /^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;

export const createStepSchema = mapping(
  {
    sobject: requiredText('sobject', `Name the object to create, e.g. ${EXAMPLE}`).regex(apiName, {
      error: 'Expected an sObject API name such as Lead or Opportunity.',
    }),
    // The developer name, as in test data; the persona picks its label in the New action's record type step.
    recordType: developerName(
      z.string().trim(),
      () => 'Expected a record type developer name such as New_Business, not its label.',
    ).optional(),
    fields: formFieldValues('fill', EXAMPLE, 'StageName: Prospecting'),
    // The save must be refused with an error containing this text (a validation rule, a required field).
    expectError: z.string().trim().min(1).optional(),
    // The field the error must show under (the validation rule's error location), e.g. expectErrorOn: Amount.
    expectErrorOn: fieldApiName.optional(),
    // Later steps name the created record by this key, as they name test data: open: { record: deal }.
    record: referenceName('name for the created record', 'deal').optional(),
  },
  {
    what: 'the record to create through the New action (a mapping with sobject, recordType, fields, expectError, expectErrorOn, record)',
    example: EXAMPLE,
    insteadOf: (key) => fieldKeyInstead('create', key),
  },
).refine((step) => step.expectErrorOn === undefined || step.expectError !== undefined, {
  error:
    'expectErrorOn names the field the expected error shows under: add the text too, e.g. expectError: Enter an Amount',
  path: ['expectErrorOn'],
  ...onlyIfValidSoFar,
});

/** e.g. 'create Opportunity (record type Renewal) Name = "Renewal Q3" as "deal"' */
export function createStepTitle(step: Omit<CreateStep, 'kind'>): string {
  const fields = Object.entries(step.fields).map(([field, value]) => `${field} = "${value}"`);
  const recordType = step.recordType ? ` (record type ${step.recordType})` : '';
  const named = step.record ? ` as "${step.record}"` : '';
  const under = step.expectErrorOn ? ` under ${step.expectErrorOn}` : '';
  const refused = step.expectError ? ` (expect the save to be refused${under}: "${step.expectError}")` : '';
  return `create ${step.sobject}${recordType} ${fields.join(', ')}${named}${refused}`.replace(/ {2,}/g, ' ');
}
