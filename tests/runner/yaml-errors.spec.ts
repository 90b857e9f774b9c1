import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne, replaceLine, validScenario } from './scenario-files';

test('a YAML syntax error is reported at its position, and the file yields no scenario', () => {
  const { file, errors, scenarios } = loadOne(replaceLine(validScenario(), 13, '      visible: [Status'));
  expect(scenarios).toEqual([]);
  expect(errors[0]).toMatchObject({ file, line: 14, column: 1 });
  expect(errors[0]?.message).toContain('YAML syntax error');
  expect(errors[0]?.message).toContain('end with a ]');
});

test('a quote left open is reported where it opens, alone, not at the end of the file', () => {
  expectLoadError(replaceLine(validScenario(), 4, 'reason: "Persona check'), {
    at: '4:9',
    path: '',
    says: ['a " opened here is never closed: end the value with " on the same line'],
  });
  expectLoadError(replaceLine(validScenario(), 13, "      visible: ['Status]"), {
    at: '13:17',
    path: '',
    says: ["a ' opened here is never closed"],
  });
});

test('an empty file says what a scenario needs', () => {
  expectLoadError(['# to do'], {
    at: '1:1',
    path: '',
    says: ['file is empty', 'id, title, persona, reason, ticket'],
  });
});

test('a list at the top level is not a scenario', () => {
  expectLoadError(['- id: sdr-checks-lead'], {
    at: '1:1',
    path: '',
    says: ['Expected a scenario', 'but got a list'],
  });
});

test('a duplicate key points at the second occurrence', () => {
  expectLoadError([...validScenario().slice(0, 5), 'ticket: REVOPS-2', ...validScenario().slice(5)], {
    at: '6:1',
    path: 'ticket',
    says: ['duplicate key "ticket"', 'only once'],
  });
});

test('a duplicate field inside a flow mapping names the field path', () => {
  expectLoadError(replaceLine(validScenario(), 9, '    fields: { LastName: Doe, LastName: Roe }'), {
    at: '9:30',
    path: 'data.lead.fields.LastName',
    says: ['duplicate key "LastName"'],
  });
});

test('several YAML documents in one file are rejected: one scenario per file', () => {
  expectLoadError([...validScenario(), '---', 'id: another'], {
    at: '14:1',
    path: '',
    says: ['one scenario per file', 'own file'],
  });
});
