import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios, validateScenarios } from '../../runner/loader';
import { lookUpPersonasFile } from '../../runner/loading/personas-file-lookup';
import type { ScenarioError } from '../../runner/model';
import { DEMO_SCENARIOS, expectOneError, replaceLine, scenarioDir, validScenario } from './scenario-files';

/** The only error is about `file` as a whole, at no line, and says every phrase. */
const expectFileError = (errors: ScenarioError[], file: string, says: string[]) =>
  expectOneError(errors, { file, line: 0, column: 0, path: '', says });

test('a path that does not exist is reported, as given', () => {
  const missing = path.join('scenarios', 'no-such-file.yaml');
  const { scenarios, errors } = loadScenarios([missing]);
  expect(scenarios).toEqual([]);
  expectFileError(errors, missing, ['No such file or directory', 'Expected a scenario file or a directory']);
});

test('a directory without scenario files is reported', () => {
  const dir = scenarioDir({ 'notes.txt': 'not yaml' });
  expectFileError(loadScenarios([dir]).errors, dir, [
    'No scenario files in this directory',
    'besides personas.yaml',
  ]);
});

test('a file that is not YAML is refused', () => {
  const dir = scenarioDir({ 'scenario.json': '{}' });
  const file = path.join(dir, 'scenario.json');
  expectFileError(loadScenarios([file]).errors, file, ['Expected a .yaml scenario file']);
});

test('scenarios in subdirectories are found; personas.yaml is never read as a scenario', () => {
  const dir = scenarioDir({});
  mkdirSync(path.join(dir, 'leads'));
  writeFileSync(path.join(dir, 'leads', 'one.yaml'), `${validScenario().join('\n')}\n`);
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  expect(scenarios.map((scenario) => scenario.file)).toEqual([path.join(dir, 'leads', 'one.yaml')]);
});

test('folders that hold no scenarios (notes, data, hidden, node_modules) are passed over without a word', () => {
  const dir = scenarioDir({ 'one.yaml': `${validScenario().join('\n')}\n` });
  const stray = {
    'empty/nested': null,
    'notes/README.md': '# notes',
    'notes/data.json': '{"not": "a scenario"}',
    '.drafts/half-written.yaml': 'id: [',
    'node_modules/some-package/config.yaml': 'not: a scenario',
  };
  for (const [file, text] of Object.entries(stray)) {
    const where = path.join(dir, file);
    mkdirSync(text === null ? where : path.dirname(where), { recursive: true });
    if (text !== null) writeFileSync(where, text);
  }
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  expect(scenarios.map((scenario) => scenario.file)).toEqual([path.join(dir, 'one.yaml')]);
});

test('a missing personas file is reported once, and its scenarios are not loaded', () => {
  const dir = scenarioDir({ 'one.yaml': `${validScenario().join('\n')}\n` }, null);
  const personasFile = path.join(dir, 'personas.yaml');
  const { scenarios, errors } = loadScenarios([dir], { personasFile });
  expect(scenarios).toEqual([]);
  expectFileError(errors, personasFile, ['it does not exist', 'personas: { sdr:']);
});

test('with no personas file anywhere, the error names every folder searched and the file to create', () => {
  const project = scenarioDir({}, null);
  mkdirSync(path.join(project, 'my-tests', 'leads'), { recursive: true });
  writeFileSync(path.join(project, 'my-tests', 'leads', 'one.yaml'), `${validScenario().join('\n')}\n`);
  const { file, missing } = lookUpPersonasFile([path.join('my-tests', 'leads')], project);
  expect(file).toBe(path.join('my-tests', 'leads', 'personas.yaml'));
  expect(missing?.message).toBe(
    'No personas file for these scenarios: looked for personas.yaml (or personas.yml) in ' +
      `${path.join('my-tests', 'leads')}/, my-tests/, ./ and scenarios/. ` +
      `Create ${path.join('my-tests', 'leads', 'personas.yaml')} declaring the personas the scenarios name, ` +
      'e.g. personas: { sdr: { username: sam.sdr@acme-demo.example } }',
  );
  // A personas file in a folder above the scenarios is theirs.
  writeFileSync(path.join(project, 'my-tests', 'personas.yaml'), 'personas: {}\n');
  expect(lookUpPersonasFile([path.join('my-tests', 'leads', 'one.yaml')], project)).toEqual({
    file: path.join('my-tests', 'personas.yaml'),
  });
});

test('personas.yml is read like personas.yaml, as scenario files may end in .yml too', () => {
  const dir = scenarioDir({ 'one.yml': `${validScenario().join('\n')}\n` }, null);
  writeFileSync(path.join(dir, 'personas.yml'), readFileSync(path.join(DEMO_SCENARIOS, 'personas.yaml')));
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  expect(scenarios.map((scenario) => scenario.persona.file)).toEqual([path.join(dir, 'personas.yml')]);
});

test('personas file mistakes are located in that file', () => {
  const personas = 'personas:\n  sdr:\n    user: sam.sdr@acme-demo.example\n';
  const dir = scenarioDir({ 'one.yaml': `${validScenario().join('\n')}\n` }, personas);
  expect(
    loadScenarios([dir]).errors.map(({ file, line, column, path: at }) => ({ file, line, column, path: at })),
  ).toEqual([{ file: path.join(dir, 'personas.yaml'), line: 3, column: 5, path: 'personas.sdr.user' }]);
  expect(loadScenarios([dir]).errors[0]?.message).toContain('unknown key "user". Expected one of: username,');
});

test('the personasFile option overrides the one beside the scenarios', () => {
  const dir = scenarioDir(
    { 'one.yaml': `${validScenario().join('\n')}\n` },
    'personas:\n  ops:\n    username: o@x.example\n',
  );
  expect(loadScenarios([dir]).errors[0]?.message).toContain('unknown persona "sdr"');
  const { errors } = loadScenarios([dir], { personasFile: path.join(DEMO_SCENARIOS, 'personas.yaml') });
  expect(errors).toEqual([]);
});

test('all errors of several bad files are reported together, file by file', () => {
  const dir = scenarioDir({
    'a-syntax.yaml': 'id: [broken\n',
    'b-empty.yaml': '',
    'c-ticket.yaml': `${validScenario()
      .filter((line) => !line.startsWith('ticket:'))
      .join('\n')}\n`,
    'd-persona.yaml': `${replaceLine(replaceLine(validScenario(), 1, 'id: d-persona'), 3, 'persona: cfo').join('\n')}\n`,
    'e-good.yaml': `${replaceLine(validScenario(), 1, 'id: a-good-one').join('\n')}\n`,
  });
  const missing = path.join(dir, 'missing.yaml');
  const { scenarios, errors } = loadScenarios([dir, missing]);
  expect(scenarios.map((scenario) => scenario.id)).toEqual(['a-good-one']);
  expect(errors.map((error) => `${path.basename(error.file)} ${error.path}`)).toEqual([
    'missing.yaml ',
    expect.stringMatching(/^a-syntax\.yaml/),
    'b-empty.yaml ',
    'c-ticket.yaml ticket',
    'd-persona.yaml persona',
  ]);

  const { ok, report } = validateScenarios([dir, missing]);
  expect(ok).toBe(false);
  expect(report).toContain('5 problem(s) in 5 file(s). Nothing was run.');
});

test('a personas file named on its own is checked: its mistakes at their lines, else how many personas it declares', () => {
  const broken = scenarioDir({}, 'personas:\n  sdr:\n    usernme: sam.sdr@acme-demo.example\n');
  const brokenFile = path.join(broken, 'personas.yaml');
  const checked = loadScenarios([brokenFile]);
  expect(checked.scenarios).toEqual([]);
  expect(checked.errors).toHaveLength(1);
  expect(checked.errors[0]).toMatchObject({ file: brokenFile, line: 3, path: 'personas.sdr.usernme' });
  expect(checked.errors[0]?.message).toContain('Did you mean "username"?');

  const two = scenarioDir(
    {},
    'personas:\n  sdr: { username: sam.sdr@acme-demo.example }\n  ae: { username: ava.ae@acme-demo.example }\n',
  );
  const valid = loadScenarios([path.join(two, 'personas.yaml')]);
  expect(valid.errors).toEqual([]);
  expect(valid.personasFiles).toEqual([{ file: path.join(two, 'personas.yaml'), personas: 2 }]);
});

test('a personas file under another name is one error saying to name it personas.yaml', () => {
  const dir = scenarioDir({
    'persona.yaml': 'personas:\n  sdr:\n    username: sam.sdr@acme-demo.example\n',
    'a.yaml': `${validScenario().join('\n')}\n`,
  });
  const { errors } = loadScenarios([dir], { personasFile: path.join(DEMO_SCENARIOS, 'personas.yaml') });
  expectOneError(errors, {
    file: path.join(dir, 'persona.yaml'),
    line: 1,
    column: 1,
    path: 'personas',
    says: [
      'this file declares personas: name it personas.yaml',
      `The scenarios here use ${path.join('scenarios', 'personas.yaml')}.`,
    ],
  });
});

test('the summary of valid scenarios names the personas file they were checked against', () => {
  const dir = scenarioDir({ 'a.yaml': `${validScenario().join('\n')}\n` });
  const { ok, report } = validateScenarios([dir]);
  expect(ok).toBe(true);
  expect(report).toContain(`1 persona (sdr 1) from ${path.join(dir, 'personas.yaml')}, `);
});
