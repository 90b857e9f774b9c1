import { expect, test } from '@playwright/test';
import type { RecordPagePrediction } from '../../../fixtures';
import type { OpenedPage } from '../../../runner/steps/expect-check';
import { whyNoEditAction, whyNotRequired, whyReadOnly } from '../../../runner/steps/expect-edit-reasons';
import { offerProblems } from '../../../runner/steps/expect-offers';

/**
 * The reasons given for what the Edit modal does not offer, from an org's prediction: each names the source
 * (object permission, field-level security and who grants it, the layout, the field itself).
 */
const PROFILE = 'profile "Support"';
const SET = 'permission set "Case Editor"';

function prediction(changes: Partial<RecordPagePrediction> = {}): RecordPagePrediction {
  return {
    sobject: 'Case',
    fields: new Map([
      ['Subject', { name: 'Subject', label: 'Subject', type: 'string', updateable: true, nillable: true }],
      ['Status', { name: 'Status', label: 'Status', type: 'picklist', updateable: true, nillable: false }],
      ['Age__c', { name: 'Age__c', label: 'Age', type: 'double', updateable: false, nillable: true }],
      [
        'Priority',
        {
          name: 'Priority',
          label: 'Priority',
          type: 'picklist',
          picklistValues: [
            { value: 'P1', label: 'High' },
            { value: 'P2', label: 'Medium' },
            { value: 'P3', label: 'Low' },
          ],
        },
      ],
    ]),
    layout: {
      name: 'Case Layout',
      profile: 'Support',
      recordTypeId: '012000000000001AAA',
      fields: ['Subject', 'Status', 'Age__c'],
      sections: [
        {
          label: 'Case Information',
          detailHeading: true,
          items: [
            { field: 'Subject', behavior: 'Readonly' },
            { field: 'Status', behavior: 'Edit' },
            { field: 'Age__c', behavior: 'Edit' },
          ],
        },
      ],
    },
    readable: new Set(['Subject', 'Status', 'Age__c', 'Priority']),
    visible: ['Subject', 'Status', 'Age__c'],
    viewer: { locale: 'en_US', timeZone: 'America/Los_Angeles' },
    grants: {
      fields: new Map([
        ['Subject', { read: [PROFILE], edit: [SET] }],
        ['Status', { read: [PROFILE], edit: [] }],
        ['Age__c', { read: [PROFILE], edit: [PROFILE] }],
      ]),
      objects: new Map([['Case', { read: [PROFILE], create: [], edit: [SET], delete: [] }]]),
      sources: [PROFILE, SET],
    },
    recordType: {
      name: 'Support Case',
      picklists: new Map([
        [
          'Priority',
          [
            { value: 'P1', label: 'High' },
            { value: 'P2', label: 'Medium' },
          ],
        ],
      ]),
    },
    ...changes,
  };
}

const opened = (changes: Partial<RecordPagePrediction> = {}) =>
  ({ record: { sobject: 'Case', id: '500000000000001AAA' }, prediction: prediction(changes) }) as OpenedPage;

test('read-only in the Edit modal: the layout, field-level security, or a field nobody can change', () => {
  expect(whyReadOnly('Subject', opened())).toBe(
    'the page layout "Case Layout" assigned to profile "Support" for record type "Support Case" makes it read-only',
  );
  expect(whyReadOnly('Status', opened())).toBe(
    'field-level security grants Read via profile "Support", but neither profile "Support" nor permission set "Case Editor" grants Edit',
  );
  expect(whyReadOnly('Age__c', opened())).toBe(
    'nobody can change it: the org describes it as not updateable (a formula, roll-up or system field)',
  );
});

test('not required: the layout does not make it so and the field accepts an empty value; else a rendering fault', () => {
  expect(whyNotRequired('Age__c', opened())).toBe(
    'the page layout "Case Layout" assigned to profile "Support" for record type "Support Case" makes it "Edit", ' +
      'not "Required", and the field is not required at field level (it accepts an empty value)',
  );
  expect(whyNotRequired('Status', opened())).toBe(
    'rendering fault: the field is required at field level, yet the Edit modal does not mark it',
  );
});

test('no Edit action: the object permission and who lacks it, or, with Edit granted, the record', () => {
  const noEdit = prediction();
  noEdit.grants?.objects.set('Case', { read: [PROFILE], create: [], edit: [], delete: [] });
  expect(whyNoEditAction(opened({ grants: noEdit.grants }))).toBe(
    'the persona lacks the object permission Edit on Case: neither profile "Support" nor permission set "Case Editor" grants it',
  );
  expect(whyNoEditAction(opened())).toContain(
    'the persona has Edit on Case (via permission set "Case Editor")',
  );
});

test('offers compares labels, accepting API values, and explains each missing and extra value', () => {
  expect(offerProblems('Priority', ['P1', 'Medium'], ['High', 'Medium'], prediction())).toEqual([]);
  expect(offerProblems('Priority', ['High', 'Low', 'Urgent'], ['High', 'Medium'], prediction())).toEqual([
    'Priority: expected to offer exactly "High", "Low", "Urgent", but the Edit modal offers "High", "Medium" — ' +
      'missing "Low": the record type "Support Case" does not include it, "Urgent": Priority has no such value; ' +
      'extra "Medium": the record type "Support Case" includes it',
  ]);
});
