import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne, validScenario } from './scenario-files';

// A mapping written as a list, or a list as a mapping: the message says which dashes to remove or add.

const head = validScenario().slice(0, 5);
const steps = validScenario().slice(9);

test('data written as a list says to remove the dash before each record key', () => {
  expectLoadError(
    [
      ...head,
      'data:',
      '  - lead:',
      '      sobject: Lead',
      '      fields: { LastName: Doe, Company: Acme }',
      '  - account: { sobject: Account, fields: { Name: Acme } }',
      ...steps,
    ],
    {
      at: '7:3',
      path: 'data',
      says: [
        'Expected a mapping of record keys, but got a list: remove the dashes before lead:, account:.',
        'For example: data: { lead: { sobject: Lead',
      ],
    },
  );
});

test('fields written as a list say to remove the dashes before the field names', () => {
  expectLoadError(
    [...head, 'data:', '  lead:', '    sobject: Lead', '    fields:', '      - LastName: Doe', ...steps],
    {
      at: '10:7',
      path: 'data.lead.fields',
      says: ['Expected a mapping of field API names, but got a list: remove the dash before LastName:.'],
    },
  );
});

test('steps written as a mapping say to write a dash before each step', () => {
  const { errors } = loadOne([
    ...validScenario().slice(0, 10),
    '  open: { record: lead }',
    '  expect:',
    '    visible: [Status]',
  ]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual(['11:3 steps']);
  expect(errors[0]?.message).toContain(
    'Expected a list of steps, but got a mapping: write a dash before each one (- open: …, - expect: …).',
  );
});
