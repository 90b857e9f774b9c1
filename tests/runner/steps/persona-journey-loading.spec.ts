import { expect, test } from '@playwright/test';
import type { Scenario } from '../../../runner/model';
import { nameReferences } from '../../../runner/org-names/name-references';
import { loadOne, validScenario } from '../scenario-files';

/** `as:` switches persona mid-scenario; `loginRefused` expects a refused Login-As. Loading errors name file:line:col. */

test('an `as:` step is loaded with every persona the scenario uses, its own first', () => {
  const { scenarios, errors } = loadOne([
    ...validScenario(),
    '  - as: ae', // 14
    '  - open: { record: lead }',
    '  - expect: { values: { OwnerId: "{{personas.csm.name}}" } }',
  ]);
  expect(errors).toEqual([]);
  expect(scenarios[0]?.personas?.map((persona) => persona.name)).toEqual(['sdr', 'ae', 'csm']);
  expect(scenarios[0]?.steps[2]).toMatchObject({ kind: 'as', persona: 'ae', location: { line: 14 } });
});

test('an unknown persona in `as:` is an error at its line with "did you mean"', () => {
  const { file, errors } = loadOne([...validScenario(), '  - as: csn']);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file, line: 14, column: 9, path: 'steps[2].as' });
  expect(errors[0]?.message).toContain('unknown persona "csn"');
  expect(errors[0]?.message).toContain('Did you mean "csm"?');
});

test('an unknown persona in {{personas.<name>.id}} is an error at the value with "did you mean"', () => {
  const lines = validScenario();
  lines[8] = '    fields: { LastName: Doe, Company: Acme, OwnerId: "{{personas.aee.id}}" }';
  const { file, errors } = loadOne(lines);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file, line: 9 });
  expect(errors[0]?.message).toContain('"{{personas.aee.id}}": unknown persona "aee"');
  expect(errors[0]?.message).toContain('Did you mean "ae"?');
});

test('a record step after `as:` needs its own open, because the page was opened as the previous persona', () => {
  const { errors } = loadOne([...validScenario(), '  - as: ae', '  - expect: { visible: [Status] }']);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 15, path: 'steps[3]' });
  expect(errors[0]?.message).toContain('Expected an open step before this expect step');
});

test('switching to the persona already logged in is an error', () => {
  const { errors } = loadOne([...validScenario(), '  - as: sdr']);
  expect(errors[0]?.message).toContain('already logged in as persona "sdr"');
});

test('a sensitive persona reached through `as:` needs the approval, at the step', () => {
  const { errors } = loadOne([...validScenario(), '  - as: finance']);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 14, path: 'steps[2].as' });
  expect(errors[0]?.message).toContain('persona "finance" is marked sensitive');
});

test('after a refused Login-As only another `as:` may follow', () => {
  const { errors } = loadOne([
    ...validScenario(),
    '  - as: { persona: frozen-ae, loginRefused: frozen }',
    '  - open: { record: lead }',
  ]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 15, path: 'steps[3]' });
  expect(errors[0]?.message).toContain('Expected an "as:" step here');
});

test('a misspelt refusal reason names the valid ones', () => {
  const { errors } = loadOne([...validScenario(), '  - as: { persona: frozen-ae, loginRefused: frozn }']);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toContain('Did you mean "frozen"?');
  expect(errors[0]?.message).toContain(
    'frozen, inactive, policy, permissions, loginHours, ipRange, notGranted',
  );
});

test('a scenario-level loginRefused needs no steps; without it, steps are still required', () => {
  const header = ['id: frozen-refused', 'title: Frozen', 'reason: Check', 'ticket: SEC-1'];
  const refused = loadOne([...header, 'persona: frozen-ae', 'loginRefused: frozen']);
  expect(refused.errors).toEqual([]);
  expect(refused.scenarios[0]).toMatchObject({ loginRefused: 'frozen', steps: [] });
  const missing = loadOne([...header, 'persona: sdr']);
  expect(missing.errors.map((error) => error.message)).toEqual([
    expect.stringContaining('required key "steps" is missing'),
  ]);
});

test('a persona declared loginRefused must be expected refused, with the same reason', () => {
  const header = ['id: frozen-refused', 'title: Frozen', 'reason: Check', 'ticket: SEC-1'];
  const notExpected = loadOne([...header, 'persona: frozen-ae', 'steps: [{ as: ae }]']);
  expect(notExpected.errors[0]?.message).toContain('persona "frozen-ae" is declared loginRefused: frozen in');
  const otherReason = loadOne([...header, 'persona: frozen-ae', 'loginRefused: inactive']);
  expect(otherReason.errors[0]?.message).toContain('is declared loginRefused: frozen');
  const undeclared = loadOne([...header, 'persona: ae', 'loginRefused: frozen']);
  expect(undeclared.errors[0]?.message).toContain('persona "ae" does not declare loginRefused: frozen in');
});

test('journey steps load with their defaults: wait within 20 s, cannotOpen and click by name', () => {
  const { scenarios, errors } = loadOne([
    ...validScenario(),
    '  - click: Edit',
    '  - wait: { record: lead, until: { OwnerId: { queue: SDR_Queue } } }',
    '  - expectApi: { record: lead, task: { subject: Call new lead }, within: 2m }',
    '  - screenshot: after routing',
    '  - cannotOpen: lead',
  ]);
  expect(errors).toEqual([]);
  expect(scenarios[0]?.steps.slice(2).map(({ location: _location, ...step }) => step)).toEqual([
    { kind: 'click', action: 'Edit', title: 'click "Edit"' },
    {
      kind: 'wait',
      record: 'lead',
      fields: { OwnerId: { queue: 'SDR_Queue' } },
      withinMs: 20_000,
      title: 'wait until lead: OwnerId = queue SDR_Queue (within 20 s)',
    },
    {
      kind: 'expectApi',
      record: 'lead',
      fields: {},
      task: { subject: 'Call new lead' },
      withinMs: 120_000,
      title: 'expect through the API on lead: a Task "Call new lead" exists for it (within 2 min)',
    },
    { kind: 'screenshot', name: 'after routing', title: 'screenshot "after routing"' },
    {
      kind: 'cannotOpen',
      record: 'lead',
      title: 'cannot open record "lead" (Insufficient Privileges expected)',
    },
  ]);
});

test('journey steps name data records, with "did you mean"', () => {
  const { errors } = loadOne([...validScenario(), '  - cannotOpen: leed']);
  expect(errors.map(({ line, column, path, message }) => ({ line, column, path, message }))).toEqual([
    {
      line: 14,
      column: 17,
      path: 'steps[2].cannotOpen',
      message: 'no data record "leed". Expected a key of data: lead. Did you mean "lead"?',
    },
  ]);
});

test('a wait needs a duration it can read and something to wait for', () => {
  const { errors } = loadOne([
    ...validScenario(),
    '  - wait: { record: lead, within: 5 minutes }', // 14
    '  - expectApi: { record: lead }', // 15
  ]);
  expect(errors.map(({ line, path, message }) => ({ line, path, message }))).toEqual([
    {
      line: 14,
      path: 'steps[2].wait.within',
      message: 'Expected a duration from 1ms to 10m, such as 20s, 90s or 2m, but got the text "5 minutes".',
    },
    {
      line: 15,
      path: 'steps[3].expectApi',
      message:
        'Expected something to check: field values in "values", a "task", or both. For example: ' +
        'expectApi: { record: lead, values: { Rating: Hot }, task: { subject: Call new lead } }',
    },
  ]);
});

test('a user written by username or name where the field holds an Id is an error at the value, with the { user: … } form', () => {
  const { errors } = loadOne([
    ...validScenario(),
    '  - wait: { record: lead, until: { OwnerId: sam.sdr@acme-demo.example }, within: 20 }', // 14
    '  - expectApi: { record: lead, values: { OwnerId: Sam Rivera, CreatedById: "{{persona.username}}" } }', // 15
    '  - expectApi: { record: lead, values: { OwnerId: SDR_Queue, ReportsToId: ava.ae@acme-demo.example } }', // 16
  ]);
  expect(
    errors.map(({ line, column, path, message }) => ({ at: `${line}:${column}`, path, message })),
  ).toEqual([
    {
      at: '14:45',
      path: 'steps[2].wait.until.OwnerId',
      message:
        "OwnerId compares the record's Id; to wait for a user write OwnerId: { user: sam.sdr@acme-demo.example }",
    },
    {
      at: '15:51',
      path: 'steps[3].expectApi.values.OwnerId',
      message:
        "OwnerId compares the record's Id; to expect a user write OwnerId: { user: Sam Rivera }, or for a queue " +
        'OwnerId: { queue: Sam Rivera }',
    },
    {
      at: '15:76',
      path: 'steps[3].expectApi.values.CreatedById',
      message: `CreatedById compares the record's Id; to expect a user write CreatedById: { user: "{{persona.username}}" }`,
    },
    {
      at: '16:51',
      path: 'steps[4].expectApi.values.OwnerId',
      message:
        "OwnerId compares the record's Id; to expect a queue write OwnerId: { queue: SDR_Queue }, or for a user " +
        'OwnerId: { user: SDR_Queue }',
    },
    {
      at: '16:75',
      path: 'steps[4].expectApi.values.ReportsToId',
      message:
        'ReportsToId compares the record\'s Id, which "ava.ae@acme-demo.example" never is; to expect a user write ' +
        'ReportsToId: { user: ava.ae@acme-demo.example }, or write the Id of the record it must point to',
    },
  ]);
});

test('an Id, a placeholder for one, and text in a field that is no lookup stay plain values of a condition', () => {
  const { errors } = loadOne([
    ...validScenario(),
    '  - wait: { record: lead, until: { OwnerId: 005000000000001AAA, CreatedById: "{{persona.id}}" } }',
    '  - expectApi: { record: lead, values: { OwnerId: "{{personas.sdr.id}}", ConvertedAccountId: "{{data.lead.Id}}" } }',
    '  - expectApi: { record: lead, values: { AccountId: Acme, Company: sam.sdr@acme-demo.example, ExternalId: a@b.c } }',
  ]);
  expect(errors).toEqual([]);
});

test('a click needs an opened record, also after cannotOpen', () => {
  const lines = validScenario().slice(0, 10);
  const first = loadOne([...lines, '  - click: Edit']);
  expect(first.errors[0]?.message).toContain(
    'Expected an open step before this click step, but no record has been opened yet',
  );
  const after = loadOne([...lines, '  - cannotOpen: lead', '  - click: Edit']);
  expect(after.errors[0]?.message).toContain('steps[0] left the record page for Insufficient Privileges');
});

test('validate checks the fields of wait and expectApi on their own record, and the users of as: personas', () => {
  const { scenarios, errors } = loadOne([
    ...validScenario().slice(0, 9),
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting, CloseDate: "2030-01-31" } }',
    'steps:',
    '  - open: { record: deal }',
    '  - wait: { record: lead, until: { Status: Open - Not Contacted } }', // 13
    '  - expect: { visible: [StageName] }',
    '  - as: csm', // 15
  ]);
  expect(errors).toEqual([]);
  const references = nameReferences(scenarios[0] as Scenario).filter(
    (reference) => reference.path[0] === 'steps' || reference.kind === 'user',
  );
  expect(references).toEqual(
    expect.arrayContaining([
      { kind: 'field', object: 'Lead', field: 'Status', path: ['steps', 1, 'wait', 'until', 'Status'] },
      {
        kind: 'picklistValue',
        object: 'Lead',
        field: 'Status',
        value: 'Open - Not Contacted',
        accepts: 'value',
        path: ['steps', 1, 'wait', 'until', 'Status'],
      },
      // The expect after the wait still checks the opened opportunity.
      {
        kind: 'field',
        object: 'Opportunity',
        field: 'StageName',
        path: ['steps', 2, 'expect', 'visible', 0],
      },
      // The as: persona's user, checked where the personas file names it.
      {
        kind: 'user',
        username: 'casey.csm@acme-demo.example',
        persona: 'csm',
        file: expect.stringMatching(/personas\.yaml$/),
        path: ['personas', 'csm', 'username'],
      },
    ]),
  );
});
