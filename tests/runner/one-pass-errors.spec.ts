import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import { loadOne, matrixScenario, replaceLine, scenarioDir, validScenario } from './scenario-files';

test('an unknown persona is reported together with the schema errors of the same file', () => {
  const lines = replaceLine(replaceLine(validScenario(), 3, 'persona: sdrr'), 13, '      visibel: [Status]');
  const dir = scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` });
  const { errors } = loadScenarios([dir]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
    '3:10 persona',
    '13:7 steps[1].expect.visibel',
  ]);
  expect(errors[0]?.message).toContain('unknown persona "sdrr"');
  expect(errors[0]?.message).toContain('Did you mean "sdr"?');
});

test('a known persona adds no error to a file with schema errors', () => {
  const lines = replaceLine(validScenario(), 13, '      visibel: [Status]');
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` })]);
  expect(errors.map((error) => error.path)).toEqual(['steps[1].expect.visibel']);
});

test('a duplicate id is reported even when one of the files has other errors', () => {
  const broken = replaceLine(validScenario(), 13, '      visibel: [Status]');
  const dir = scenarioDir({
    'a-first.yaml': `${validScenario().join('\n')}\n`,
    'b-broken.yaml': `${broken.join('\n')}\n`,
  });
  const { errors, scenarios } = loadScenarios([dir]);
  expect(scenarios.map((scenario) => scenario.id)).toEqual(['sdr-checks-lead']);
  expect(
    errors.map((error) => `${path.basename(error.file)}:${error.line}:${error.column} ${error.path}`),
  ).toEqual(['b-broken.yaml:1:1 id', 'b-broken.yaml:13:7 steps[1].expect.visibel']);
  expect(errors[0]?.message).toBe(
    `duplicate scenario id "sdr-checks-lead": ${path.join(dir, 'a-first.yaml')}:1:1 uses it too. ` +
      'Expected ids to be unique across files — rename one of them.',
  );
});

test('different ids in files with errors are not reported as duplicates', () => {
  const broken = replaceLine(replaceLine(validScenario(), 1, 'id: another'), 13, '      visibel: [Status]');
  const dir = scenarioDir({
    'a.yaml': `${validScenario().join('\n')}\n`,
    'b.yaml': `${broken.join('\n')}\n`,
  });
  expect(loadScenarios([dir]).errors.map((error) => error.path)).toEqual(['steps[1].expect.visibel']);
});

test('a mistyped key does not hide the mistakes the rules between parts find', () => {
  let lines = replaceLine(validScenario(), 3, 'persona: sdrr');
  lines = replaceLine(lines, 9, '    fields: { LastName: Doe, Company: "{{data.leed.Name}}" }');
  lines = replaceLine(lines, 11, '  - open: { record: lead, compareWithAdmn: true }');
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` })]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
    '3:10 persona',
    '9:39 data.lead.fields.Company',
    '11:27 steps[0].open.compareWithAdmn',
  ]);
  expect(errors[1]?.message).toContain('refers to no data record "leed"');
});

test('the rules between parts wait for a file whose other schema errors leave its parts unknown', () => {
  let lines = replaceLine(validScenario(), 9, '    fields: { LastName: Doe, Company: "{{data.leed.Name}}" }');
  lines = replaceLine(lines, 11, '  - open: { record: [lead] }');
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` })]);
  expect(errors.map((error) => error.path)).toEqual(['steps[0].open.record']);
});

const at = (errors: { line: number; column: number; path: string }[]) =>
  errors.map((error) => `${error.line}:${error.column} ${error.path}`);

test('a field name that is not an API name does not hide the mistakes in its value', () => {
  const lines = [
    ...replaceLine(validScenario(), 9, '    fields: { Last Name: "X {{runid}}", Company: Acme }').slice(
      0,
      12,
    ),
    '      values: { Lead Status: "{{persona.nmae}}" }',
  ];
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` })]);
  expect(at(errors)).toEqual([
    '9:15 data.lead.fields["Last Name"]',
    '9:26 data.lead.fields["Last Name"]',
    '13:17 steps[1].expect.values["Lead Status"]',
    '13:30 steps[1].expect.values["Lead Status"]',
  ]);
  expect(errors.map((error) => error.message)).toEqual([
    expect.stringContaining('"Last Name" is not a field API name'),
    expect.stringContaining('Did you mean "{{run.id}}"?'),
    expect.stringContaining('"Lead Status" is not a field API name'),
    expect.stringContaining('Did you mean "{{persona.name}}"?'),
  ]);
});

test('a data key that is not a name does not hide the mistakes in its record', () => {
  const lines = replaceLine(replaceLine(validScenario(), 7, '  my lead:'), 8, '    sobjct: Lead');
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` })]);
  expect(at(errors)).toEqual(expect.arrayContaining(['7:3 data["my lead"]', '8:5 data["my lead"].sobjct']));
});

test('a matrix row whose field is a label still has its access words checked', () => {
  const { errors } = loadOne(matrixScenario(['    Annual Revenue: { ae: write }']));
  expect(at(errors)).toEqual([
    '12:5 matrix.access["Annual Revenue"]',
    '12:27 matrix.access["Annual Revenue"].ae',
  ]);
  expect(errors[1]?.message).toContain('unknown access "write"');
});

test('a persona name that is not a name does not hide the mistakes in the persona', () => {
  const dir = scenarioDir({}, 'personas:\n  sales rep:\n    usernme: sam.sdr@acme-demo.example\n');
  const { errors } = loadScenarios([path.join(dir, 'personas.yaml')]);
  expect(at(errors)).toEqual(['2:3 personas["sales rep"]', '3:5 personas["sales rep"].usernme']);
});

test('an as step naming an unknown persona is reported with the schema errors of the same file', () => {
  const lines = [...validScenario(), '  - as: Account Executive'];
  const broken = replaceLine(lines, 5, 'ticket: TBD');
  const { errors } = loadScenarios([scenarioDir({ 'a.yaml': `${broken.join('\n')}\n` })]);
  expect(at(errors)).toEqual(['5:9 ticket', '14:9 steps[2].as']);
  expect(errors[1]?.message).toContain('unknown persona "Account Executive"');
});

test('an expect left empty by a misspelt key does not hide misspelt data keys elsewhere in the file', () => {
  const lines = [
    'id: contact-keys',
    'title: AE opens a contact under its account',
    'persona: ae',
    'reason: Contact layout review',
    'ticket: REVOPS-408',
    'data:',
    '  account: { sobject: Account, fields: { Name: Keys } }',
    '  contact: { sobject: Contact, fields: { LastName: Keys, AccountId: "{{data.acount.Id}}" } }',
    'steps:',
    '  - open: { record: contcat }',
    '  - expect: { visable: [Email] }',
    '  - open: { record: acount }',
    '  - expect: { visible: [Phone], hiden: [Rating] }',
  ];
  const { errors, scenarios } = loadOne(lines);
  expect(scenarios).toEqual([]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
    '8:69 data.contact.fields.AccountId',
    '10:21 steps[0].open.record',
    '11:15 steps[1].expect.visable',
    // Named at its place in the file, though the empty expect before it was set aside to check it.
    '12:21 steps[2].open.record',
    '13:33 steps[3].expect.hiden',
  ]);
  expect(errors[1]?.message).toContain('no data record "contcat" to open');
});
