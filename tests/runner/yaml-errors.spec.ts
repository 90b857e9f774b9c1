import { expect, test } from '@playwright/test';
import { expectOneError, loadOne, replaceLine, validScenario } from './scenario-files';

test('a YAML syntax error is reported at its position, and the file yields no scenario', () => {
  const { file, errors, scenarios } = loadOne(replaceLine(validScenario(), 13, '      visible: [Status'));
  expect(scenarios).toEqual([]);
  expect(errors[0]).toMatchObject({ file, line: 14, column: 1 });
  expect(errors[0]?.message).toContain('YAML syntax error');
  expect(errors[0]?.message).toContain('end with a ]');
});

test('an empty file says what a scenario needs', () => {
  const { file, errors } = loadOne(['# to do']);
  expectOneError(errors, {
    file,
    line: 1,
    column: 1,
    path: '',
    says: ['file is empty', 'id, title, persona, reason, ticket'],
  });
});

test('a list at the top level is not a scenario', () => {
  const { file, errors } = loadOne(['- id: sdr-checks-lead']);
  expectOneError(errors, {
    file,
    line: 1,
    column: 1,
    path: '',
    says: ['Expected a scenario', 'but got a list'],
  });
});

test('a duplicate key points at the second occurrence', () => {
  const { file, errors } = loadOne([
    ...validScenario().slice(0, 5),
    'ticket: REVOPS-2',
    ...validScenario().slice(5),
  ]);
  expectOneError(errors, {
    file,
    line: 6,
    column: 1,
    path: 'ticket',
    says: ['duplicate key "ticket"', 'only once'],
  });
});

test('a duplicate field inside a flow mapping names the field path', () => {
  const { file, errors } = loadOne(
    replaceLine(validScenario(), 9, '    fields: { LastName: Doe, LastName: Roe }'),
  );
  expectOneError(errors, {
    file,
    line: 9,
    column: 30,
    path: 'data.lead.fields.LastName',
    says: ['duplicate key "LastName"'],
  });
});

test('several YAML documents in one file are rejected: one scenario per file', () => {
  const { file, errors } = loadOne([...validScenario(), '---', 'id: another']);
  expectOneError(errors, {
    file,
    line: 14,
    column: 1,
    path: '',
    says: ['one scenario per file', 'own file'],
  });
});
