import { expect, test } from '@playwright/test';
import { nameReferences } from '../../../runner/org-names';
import {
  builtScenario,
  expectLoadError,
  expectStepBeforeOpenError,
  loadOne,
  referenceLine,
} from '../scenario-files';

/** The create and path steps and the path / toast expectations as the loader reads them, mistakes included. */
const header = [
  'id: ae-journey', // 1
  'title: AE journey', // 2
  'persona: ae', // 3
  'reason: Persona check', // 4
  'ticket: REVOPS-1', // 5
  'steps:', // 6
];

test('create, path and the path/toast expectations load into the step model with readable titles', () => {
  const { scenarios, errors } = loadOne([
    ...header,
    '  - create: { sobject: Opportunity, recordType: Renewal, fields: { Name: R, StageName: Qualification }, record: deal }',
    '  - path: { complete: true }',
    '  - path: { select: Negotiation/Review }',
    '  - path: { close: Closed Won, expectError: Enter an Amount }',
    '  - expect: { toast: { error: Enter an Amount }, path: { current: Negotiation/Review, keyFields: [Amount] } }',
    '  - open: { record: deal }',
    '  - expect: { toast: Stage changed successfully. }',
  ]);
  expect(errors).toEqual([]);
  const steps = scenarios[0]?.steps.map(({ location, ...step }) => step);
  expect(steps).toEqual([
    {
      kind: 'create',
      sobject: 'Opportunity',
      recordType: 'Renewal',
      fields: { Name: 'R', StageName: 'Qualification' },
      record: 'deal',
      title: 'create Opportunity (record type Renewal) Name = "R", StageName = "Qualification" as "deal"',
    },
    { kind: 'path', action: 'complete', title: 'path: mark stage as complete' },
    {
      kind: 'path',
      action: 'select',
      stage: 'Negotiation/Review',
      title: 'path: select "Negotiation/Review", mark as current stage',
    },
    {
      kind: 'path',
      action: 'close',
      stage: 'Closed Won',
      expectError: 'Enter an Amount',
      title: 'path: close as "Closed Won" (expect refused: "Enter an Amount")',
    },
    expect.objectContaining({
      kind: 'expect',
      toast: { kind: 'error', text: 'Enter an Amount' },
      path: { current: 'Negotiation/Review', keyFields: ['Amount'] },
      title: 'expect path current Negotiation/Review, key fields Amount; toast (error): "Enter an Amount"',
    }),
    expect.objectContaining({ kind: 'open', record: 'deal' }),
    expect.objectContaining({ kind: 'expect', toast: { text: 'Stage changed successfully.' } }),
  ]);
});

test('a path step with two actions is an error at its line saying to choose one', () => {
  expectLoadError([...header, '  - path: { complete: true, select: Qualification }'], {
    at: '7:11',
    path: 'steps[0].path',
    says: ['Expected exactly one of complete, select and close', 'path: { complete: true }'],
  });
});

test('a create step without sobject says what to write', () => {
  expectLoadError([...header, '  - create: { fields: { Name: R } }'], {
    at: '7:13',
    path: 'steps[0].create.sobject',
    says: ['required key "sobject" is missing', 'create: { sobject: Opportunity'],
  });
});

test('a record type given by its label is an error asking for the developer name', () => {
  expectLoadError(
    [...header, '  - create: { sobject: Opportunity, recordType: New Business, fields: { Name: R } }'],
    {
      at: '7:49',
      path: 'steps[0].create.recordType',
      says: ['Expected a record type developer name such as New_Business, not its label.'],
    },
  );
});

test('an unknown toast kind names the kinds there are, with the nearest', () => {
  const { file, errors } = loadOne([
    ...header,
    '  - create: { sobject: Lead, fields: { LastName: L, Company: C } }',
    '  - expect: { toast: { succes: was created } }',
  ]);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.file).toBe(file);
  expect(errors[0]?.line).toBe(8);
  expect(errors[0]?.message).toBe(
    'unknown key "succes". Expected one of: success, error, warning, info. Did you mean "success"?',
  );
});

test('a path step before any record is opened or created is an error saying to open one first', () => {
  const { file, errors } = loadOne([...header, '  - path: { complete: true }']);
  expectStepBeforeOpenError(errors, { file, line: 7, kind: 'path' });
});

test('validate checks the created object, its record type and fields, and Path key fields against the org', () => {
  const scenario = builtScenario([
    { kind: 'create', sobject: 'Opportunity', recordType: 'Renewal', fields: { Name: 'R' }, record: 'deal' },
    { kind: 'expect', visible: [], hidden: [], readOnly: [], values: {}, path: { keyFields: ['Amount'] } },
  ]);
  const names = nameReferences(scenario).map(referenceLine);
  expect(names).toEqual([
    'object Opportunity @ steps.0.create.sobject',
    'recordType Opportunity Renewal @ steps.0.create.recordType',
    'field Opportunity Name @ steps.0.create.fields.Name',
    'fieldValue Opportunity Name R form @ steps.0.create.fields.Name',
    'picklistValue Opportunity Name R valueOrLabel @ steps.0.create.fields.Name',
    'field Opportunity Amount @ steps.1.expect.path.keyFields.0',
  ]);
});

test('a created record named like a data key, or opened before it is created, is an error at that name', () => {
  const { file, errors } = loadOne([
    ...header.slice(0, 5),
    'data:', // 6
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting, CloseDate: "2026-12-31" } }', // 7
    'steps:', // 8
    '  - open: { record: renewal }', // 9
    '  - create: { sobject: Opportunity, fields: { Name: R }, record: deal }', // 10
    '  - create: { sobject: Opportunity, fields: { Name: R }, record: renewal }', // 11
  ]);
  expect(errors.map(({ file: where, line, path, message }) => ({ where, line, path, message }))).toEqual([
    {
      where: file,
      line: 9,
      path: 'steps[0].open.record',
      message:
        '"renewal" is created by steps[2], after this one. Expected the open step after that create step.',
    },
    {
      where: file,
      line: 10,
      path: 'steps[1].create.record',
      message:
        '"deal" is already a data key. Expected a new name for the created record, e.g. record: new-deal',
    },
  ]);
});

test('expectErrorOn without expectError asks for the error text', () => {
  expectLoadError(
    [...header, '  - create: { sobject: Opportunity, fields: { Name: R }, expectErrorOn: Amount }'],
    {
      at: '7:73',
      path: 'steps[0].create.expectErrorOn',
      says: ['expectErrorOn names the field the expected error shows under', 'expectError: Enter an Amount'],
    },
  );
});
