import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios, validateScenarios } from '../../runner/loader';
import { readYaml } from '../../runner/loading/yaml-source';
import {
  expectLoadError,
  loadOne,
  matrixScenario,
  replaceLine,
  scenarioDir,
  validScenario,
} from './scenario-files';

// Plain values YAML reads other than they look pass the schema silently: each is an error at the value.

test('a number written with leading zeros is reported at the value, with the number YAML reads and the quoted text', () => {
  expectLoadError(replaceLine(validScenario(), 9, '    fields: { LastName: Doe, Phone: 0612345678 }'), {
    at: '9:37',
    path: 'data.lead.fields.Phone',
    says: ['0612345678 is read by YAML as the number 612345678', 'quote it: "0612345678"'],
  });
  expectLoadError([...validScenario(), '      values: { CaseNumber: 00001001 }'], {
    at: '14:29',
    path: 'steps[1].expect.values.CaseNumber',
    says: ['00001001 is read by YAML as the number 1001', 'quote it: "00001001"'],
  });
});

test('leading zeros count before more digits only: 007, -0012, +007, 00 and 00.5 are errors; 0, 0.5, -0.25, 0e3, 0x1F, 0o17 are not', () => {
  const values = (written: string[]) =>
    [
      'values:',
      ...written.map((value, index) => `  v${index}: ${value}`),
      'listed: [007, "007", 0]',
      'quoted: "00001001"',
      'text: 007 Bond',
    ].join('\n');
  const reported = (text: string) =>
    readYaml('values.yaml', Buffer.from(`${text}\n`)).errors.map((error) => `${error.path} ${error.line}`);
  expect(reported(values(['007', '-0012', '+007', '00', '00.5', '0612345678']))).toEqual([
    'values.v0 2',
    'values.v1 3',
    'values.v2 4',
    'values.v3 5',
    'values.v4 6',
    'values.v5 7',
    'listed[0] 8',
  ]);
  expect(reported(values(['0', '0.5', '-0.25', '0e3', '0x1F', '0o17', '10', '-0']))).toEqual([
    'listed[0] 10',
  ]);
});

test('a "#" right after a value in a block mapping is reported at the "#": the value YAML reads, and two ways out', () => {
  expectLoadError(
    replaceLine(validScenario(), 9, '    fields:\n      LastName: Doe\n      Company: Acme #1 {{run.id}}'),
    {
      at: '11:21',
      path: 'data.lead.fields.Company',
      says: [
        'the value is read as "Acme"',
        '"#1 {{run.id}}" is a comment',
        'Quote the value if "#" belongs to it: Company: "Acme #1 {{run.id}}"',
        'or write "# " for a comment',
      ],
    },
  );
  // In a list item too; a comment written "# text", or after a quoted value, is a comment.
  expectLoadError(
    [...validScenario(), '  - expect:', '      visible:', '        - Ticket #2', '        - Name # the name'],
    {
      at: '16:18',
      path: 'steps[2].expect.visible[0]',
      says: ['the value is read as "Ticket"', 'Quote the value if "#" belongs to it: - "Ticket #2"'],
    },
  );
});

test('a comment written "# text", one at the end of a line with nothing after it, or after a quoted value passes', () => {
  const text = [
    'a: Acme # a comment',
    'b: Acme #',
    'c: "Acme" #1',
    'd: [Acme] #1',
    'e: #1',
    '#1 on a line of its own',
    'f: C# and a#b',
  ].join('\n');
  expect(readYaml('ok.yaml', Buffer.from(`${text}\n`)).errors).toEqual([]);
});

test('every misread value of a file is reported in one pass, in a personas file too', () => {
  const dir = scenarioDir(
    { 'one.yaml': `${validScenario().join('\n')}\n` },
    [
      'personas:',
      '  sdr:',
      '    username: sam.sdr@acme-demo.example #main',
      '    description: Desk 007',
      '    profile: 0042',
    ].join('\n'),
  );
  const file = path.join(dir, 'personas.yaml');
  const { errors } = loadScenarios([dir]);
  expect(errors.map(({ file: at, line, column, path: where }) => ({ at, line, column, where }))).toEqual([
    { at: file, line: 3, column: 41, where: 'personas.sdr.username' },
    { at: file, line: 5, column: 14, where: 'personas.sdr.profile' },
  ]);
});

test('a misread value is reported by either reader: the fast one leaves such files to the yaml package', () => {
  const text = 'id: x\nphone: 0612345678\nname: Acme #1\n';
  for (const plainReader of [true, false]) {
    const { errors } = readYaml('x.yaml', Buffer.from(text), { plainReader });
    expect(errors.map(({ line, column }) => `${line}:${column}`)).toEqual(['2:8', '3:12']);
  }
  expect(readYaml('x.yaml', Buffer.from('id: x\nphone: "0612345678"\n')).errors).toEqual([]);
});

test('a file with a misread value has its other mistakes reported in the same pass, in file order', () => {
  const lines = replaceLine(validScenario(), 4, 'colour: red'); // an unknown key, and reason is missing
  const { file, errors } = loadOne([
    ...replaceLine(lines, 9, '    fields: { LastName: Doe, Phone: 0612345678 }'),
    '  - expect:',
    '      visible:',
    '        - Ticket #2',
  ]);
  expect(errors.map(({ file: at, line, column, path: where }) => ({ at, line, column, where }))).toEqual([
    { at: file, line: 1, column: 1, where: 'reason' },
    { at: file, line: 4, column: 1, where: 'colour' },
    { at: file, line: 9, column: 37, where: 'data.lead.fields.Phone' },
    { at: file, line: 16, column: 18, where: 'steps[2].expect.visible[0]' },
  ]);
  // The rules relating a file's parts run too: an expect step before any open.
  const rules = loadOne([...validScenario().slice(0, 10), '  - expect: { values: { Phone: 0612345678 } }']);
  expect(rules.errors.map(({ line, path: where }) => `${line} ${where}`)).toEqual([
    '11 steps[0]',
    '11 steps[0].expect.values.Phone',
  ]);
  expect(rules.errors[0]?.message).toContain('Expected an open step before this expect step');
});

test('a misread value in a matrix or personas file comes with that file’s schema errors', () => {
  const matrix = loadOne(matrixScenario(['    Industry: { csm: edit }'], ['colour: red', 'tags: [007]']));
  expect(matrix.errors.map(({ line, path: where }) => `${line} ${where}`)).toEqual(['5 colour', '6 tags[0]']);
  const dir = scenarioDir(
    { 'one.yaml': `${validScenario().join('\n')}\n` },
    ['personas:', '  sdr:', '    username: sam.sdr@acme-demo.example #main', '    colour: red'].join('\n'),
  );
  const { errors, scenarios } = loadScenarios([dir]);
  expect(errors.map(({ line, path: where }) => `${line} ${where}`)).toEqual([
    '3 personas.sdr.username',
    '4 personas.sdr.colour',
  ]);
  expect(scenarios).toEqual([]);
});

test('a misread value the schema rejects too is reported once, saying what to write', () => {
  expectLoadError(replaceLine(validScenario(), 5, 'ticket: 007'), {
    at: '5:9',
    path: 'ticket',
    says: ['007 is read by YAML as the number 7', 'quote it: "007"'],
  });
});

test('a file with a misread value is refused: nothing of it loads, to run or to check against the org', () => {
  const phone = replaceLine(validScenario(), 9, '    fields: { LastName: Doe, Phone: 0612345678 }');
  const dir = scenarioDir({
    'lead.yaml': `${phone.join('\n')}\n`,
    // An unknown key alone would load the file for validate's org check.
    'typo.yaml': `${[...replaceLine(phone, 1, 'id: sdr-checks-lead-again'), 'colour: red'].join('\n')}\n`,
    'matrix.yaml': `${matrixScenario(['    Industry: { csm: edit }'], ['tags: [007]']).join('\n')}\n`,
  });
  const loaded = loadScenarios([dir]);
  expect(loaded.errors.map(({ file, path: where }) => `${path.basename(file)} ${where}`)).toEqual([
    'lead.yaml data.lead.fields.Phone',
    'matrix.yaml tags[0]',
    'typo.yaml data.lead.fields.Phone',
    'typo.yaml colour',
  ]);
  expect(loaded.scenarios).toEqual([]);
  expect(loaded.orgCheckOnly).toEqual([]);
  expect(validateScenarios([dir]).ok).toBe(false);
});
