import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import {
  expectLoadError,
  expectOneError,
  expectStepBeforeOpenError,
  loadOne,
  replaceLine,
  scenarioDir,
  validScenario,
} from './scenario-files';

test('an unknown persona lists the personas of personas.yaml', () => {
  expectLoadError(replaceLine(validScenario(), 3, 'persona: sdrr'), {
    at: '3:10',
    path: 'persona',
    says: ['unknown persona "sdrr"', 'personas.yaml: sdr, ae', 'Did you mean "sdr"?'],
  });
});

test('open naming a record that is not in data lists the data keys', () => {
  expectLoadError(replaceLine(validScenario(), 11, '  - open: { record: account }'), {
    at: '11:21',
    path: 'steps[0].open.record',
    says: ['no data record "account"', 'Expected a key of data: lead.'],
  });
});

test('open in a scenario without data says to add a record', () => {
  const lines = validScenario().filter((_, index) => index < 5 || index > 8);
  expectLoadError(lines, {
    at: '7:21',
    path: 'steps[0].open.record',
    says: ['no data records', 'data: { lead:'],
  });
});

/** The valid scenario with `step` written as its first step, on line 11, before its open step. */
const withFirstStep = (step: string) => [...validScenario().slice(0, 10), step, ...validScenario().slice(10)];

test('an expect step before any open step is reported', () => {
  const { file, errors } = loadOne(withFirstStep('  - expect: { visible: [Status] }'));
  expectStepBeforeOpenError(errors, { file, line: 11, kind: 'expect' });
});

test('an edit step before any open step is reported too', () => {
  const { file, errors } = loadOne(withFirstStep('  - edit: { fields: { Rating: Warm } }'));
  expectStepBeforeOpenError(errors, { file, line: 11, kind: 'edit', says: ['- open: { record: lead }'] });
});

test('a field expected both visible and hidden is reported at the hidden entry', () => {
  expectLoadError([...validScenario(), '      hidden: [Rating, Status]'], {
    at: '14:24',
    path: 'steps[1].expect.hidden[1]',
    says: ['"Status" is expected both hidden and visible'],
  });
});

test('duplicate scenario ids across files name both files; the first one still loads', () => {
  const text = `${validScenario().join('\n')}\n`;
  const dir = scenarioDir({ 'a.yaml': text, 'b.yaml': text });
  const { scenarios, errors } = loadScenarios([dir]);
  expect(scenarios.map((scenario) => scenario.file)).toEqual([path.join(dir, 'a.yaml')]);
  expectOneError(errors, {
    file: path.join(dir, 'b.yaml'),
    line: 1,
    column: 1,
    path: 'id',
    says: ['duplicate scenario id "sdr-checks-lead"', `${path.join(dir, 'a.yaml')}:1:1`, 'rename one'],
  });
});

test('a list view naming a record the scenario does not create is reported at the key', () => {
  expectLoadError(
    [
      ...validScenario().slice(0, 11),
      '  - listView: { object: Lead, view: MyOpenLeads, includes: [lead], excludes: [leed] }',
    ],
    {
      at: '12:79',
      path: 'steps[1].listView.excludes[0]',
      says: ['no data record "leed"', 'Expected a key of data: lead.', 'Did you mean "lead"?'],
    },
  );
});
