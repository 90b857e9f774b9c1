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

test('a profile written where an as step names a persona lists the personas and says whose profile it is', () => {
  expectLoadError([...validScenario(), '  - as: Account Executive'], {
    at: '14:9',
    path: 'steps[2].as',
    says: [
      'unknown persona "Account Executive"',
      'personas.yaml: sdr, ae',
      '"Account Executive" is the profile of personas "ae", "frozen-ae"',
      'e.g. ae',
    ],
  });
});

test('a step naming an unknown record lists each record once, created ones too, and says where they are named', () => {
  const create = '  - create: { record: new-lead, sobject: Lead, fields: { LastName: Doe, Company: Acme } }';
  expectLoadError([...validScenario(), create, '  - cannotOpen: leed'], {
    at: '15:17',
    path: 'steps[3].cannotOpen',
    says: [
      'no data record "leed". Expected a record named in data: or by a create step: lead, new-lead.',
      'Did you mean "lead"?',
    ],
  });
  // A record created twice under one name is an error of its own, and listed once here.
  const { errors } = loadOne([...validScenario(), create, create, '  - cannotOpen: leed']);
  expect(errors.map((error) => error.path)).toEqual(['steps[3].create.record', 'steps[4].cannotOpen']);
  expect(errors[1]?.message).toContain('create step: lead, new-lead.');
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
