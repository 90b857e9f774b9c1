import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne } from './scenario-files';

const HEAD = [
  'id: ae-checks-deal',
  'title: AE checks a deal',
  'persona: ae',
  'reason: Persona check',
  'ticket: REVOPS-1',
];
const STEPS = ['steps:', '  - open: { record: deal }', '  - expect: { visible: [StageName] }'];

test('a record that refers to another is created after it, whatever the order in the file', () => {
  const { scenarios, errors } = loadOne([
    ...HEAD,
    'data:',
    '  deal:',
    '    sobject: Opportunity',
    '    fields: { Name: Deal, AccountId: "{{data.account.Id}}", CloseDate: "{{today+30}}", StageName: Prospecting }',
    '  contact:',
    '    sobject: Contact',
    '    fields: { LastName: Doe, AccountId: "{{data.account.Id}}", Description: "for {{data.deal.Name}}" }',
    '  account:',
    '    sobject: Account',
    '    fields: { Name: Acme }',
    ...STEPS,
  ]);
  expect(errors).toEqual([]);
  expect(scenarios[0]?.data.map((record) => record.key)).toEqual(['account', 'deal', 'contact']);
});

test('a reference to a data key that does not exist is reported at the value, with a suggestion', () => {
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  account: { sobject: Account, fields: { Name: Acme } }',
      '  deal: { sobject: Opportunity, fields: { Name: Deal, AccountId: "{{data.acount.Id}}" } }',
      ...STEPS,
    ],
    {
      at: '8:66',
      path: 'data.deal.fields.AccountId',
      says: [
        '"{{data.acount.Id}}" refers to no data record "acount"',
        'Expected a key of data: account, deal',
        'Did you mean "account"?',
      ],
    },
  );
});

test('a reference in an expected value is checked too, and a field the record is not given is named', () => {
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  account: { sobject: Account, fields: { Name: Acme } }',
      '  deal: { sobject: Opportunity, fields: { Name: Deal, AccountId: "{{data.account.Id}}" } }',
      'steps:',
      '  - open: { record: deal }',
      '  - expect: { values: { AccountId: "{{data.account.Nme}}" } }',
    ],
    {
      at: '11:36',
      path: 'steps[1].expect.values.AccountId',
      says: [
        'the data record "account" is not given Nme',
        'Expected Id or a field it is created with: Id, Name',
        'Did you mean "Name"?',
      ],
    },
  );
});

test('records that refer to each other in a circle are an error naming the circle', () => {
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  account: { sobject: Account, fields: { Name: Acme, Description: "{{data.deal.Id}}" } }',
      '  deal: { sobject: Opportunity, fields: { Name: Deal, AccountId: "{{data.account.Id}}" } }',
      ...STEPS,
    ],
    {
      at: '7:67',
      path: 'data.account.fields.Description',
      says: [
        'refer to each other in a circle: account.Description → deal.AccountId → account',
        'remove one reference',
      ],
    },
  );
});

test('a record that refers to its own Id is an error: it has none before it exists', () => {
  expectLoadError(
    [...HEAD, 'data:', '  deal: { sobject: Opportunity, fields: { Name: "{{data.deal.Id}}" } }', ...STEPS],
    {
      at: '7:49',
      path: 'data.deal.fields.Name',
      says: ['"deal" refers to itself in Name: {{data.deal.Id}}.', 'cannot use its own Id before it exists'],
    },
  );
});

test('a record that refers to its own values names the reference and says to write the value', () => {
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  deal: { sobject: Opportunity, fields: { Name: "A {{data.deal.Name}}" } }',
      ...STEPS,
    ],
    {
      at: '7:49',
      path: 'data.deal.fields.Name',
      says: [
        'refers to itself in Name: {{data.deal.Name}}.',
        'cannot use its own values',
        'write the value itself',
      ],
    },
  );
  const { errors } = loadOne([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: Deal, Description: "About {{data.deal.Name}}" } }',
    ...STEPS,
  ]);
  expect(errors.map((error) => error.message)).toEqual([
    expect.stringContaining('e.g. Description: "About Deal"'),
  ]);
  expect(errors[0]?.message).not.toContain('Id');
});

test('recordType names the record type by developer name; with RecordTypeId too it is an error', () => {
  const good = loadOne([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, recordType: Renewal, fields: { Name: Deal } }',
    ...STEPS,
  ]);
  expect(good.errors).toEqual([]);
  expect(good.scenarios[0]?.data[0]?.recordType).toBe('Renewal');

  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  deal: { sobject: Opportunity, recordType: Renewal, fields: { Name: Deal, RecordTypeId: 012x } }',
      ...STEPS,
    ],
    {
      at: '7:76',
      path: 'data.deal.fields.RecordTypeId',
      says: ['sets its record type twice', 'Expected only recordType'],
    },
  );
});

test('recordType is a developer name, not a label', () => {
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  deal: { sobject: Opportunity, recordType: New Business, fields: { Name: Deal } }',
      ...STEPS,
    ],
    {
      at: '7:45',
      path: 'data.deal.recordType',
      says: ["Expected the record type's developer name", 'New_Business', 'the text "New Business"'],
    },
  );
});

test('relative dates are placeholders; a misspelt one says which forms exist', () => {
  const ok = loadOne([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: Deal, CloseDate: "{{today+30}}", Description: "{{ today - 7 }} {{today}}" } }',
    ...STEPS,
  ]);
  expect(ok.errors).toEqual([]);
  expectLoadError(
    [
      ...HEAD,
      'data:',
      '  deal: { sobject: Opportunity, fields: { Name: Deal, CloseDate: "{{today+1w}}" } }',
      ...STEPS,
    ],
    {
      at: '7:66',
      path: 'data.deal.fields.CloseDate',
      says: ['unknown placeholder "{{today+1w}}"', '{{today+30}}, {{today-7}}'],
    },
  );
});

test('a relative date in the wrong case or misspelt is suggested with its offset kept', () => {
  const closeDate = (value: string) =>
    loadOne([
      ...HEAD,
      'data:',
      `  deal: { sobject: Opportunity, fields: { Name: Deal, CloseDate: "${value}" } }`,
      ...STEPS,
    ]).errors.map((error) => error.message);
  expect(closeDate('{{Today+3}}')).toEqual([expect.stringContaining('Did you mean "{{today+3}}"?')]);
  expect(closeDate('{{tody-7}}')).toEqual([expect.stringContaining('Did you mean "{{today-7}}"?')]);
  expect(closeDate('{{Run.Id}}')).toEqual([expect.stringContaining('Did you mean "{{run.id}}"?')]);
});

test("a case's CaseNumber, which the org gives, may be referred to; setting it in data is an error saying what to write", () => {
  const CASE_HEAD = [
    'id: csm-case',
    'title: CSM case',
    'persona: csm',
    'reason: Persona check',
    'ticket: SUP-1',
  ];
  const { errors } = loadOne([
    ...CASE_HEAD,
    'data:',
    '  case: { sobject: Case, fields: { Subject: Outage } }',
    '  followUp: { sobject: Case, fields: { Subject: "Follow-up of {{data.case.CaseNumber}}" } }',
    'steps:',
    '  - open: { record: followUp }',
    '  - expect: { values: { Subject: "Follow-up of {{data.case.CaseNumber}}" } }',
  ]);
  expect(errors).toEqual([]);
  expectLoadError(
    [
      ...CASE_HEAD,
      'data:',
      '  case: { sobject: Case, fields: { Subject: Outage, CaseNumber: "00001026" } }',
      'steps:',
      '  - open: { record: case }',
    ],
    {
      at: '7:53',
      path: 'data.case.fields.CaseNumber',
      says: [
        'Case.CaseNumber is an Auto Number: the org numbers each record when it is created, so test data cannot set it',
        'Remove CaseNumber from the fields of "case"',
        'write "{{data.case.CaseNumber}}" (read back after the record is created)',
      ],
    },
  );
});
