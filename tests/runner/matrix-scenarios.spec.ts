import { expect, test } from '@playwright/test';
import type { FieldAccessStep } from '../../runner/model';
import { expectLoadError, loadOne, matrixScenario } from './scenario-files';

const APPROVAL = 'approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }';

test('a matrix loads as one scenario per persona, in the order the table names them, each checking its column', () => {
  const { errors, scenarios } = loadOne(
    matrixScenario(
      [
        '    Credit_Limit__c: { finance: edit, csm: hidden }',
        '    AnnualRevenue: { csm: read, sdr: read, finance: read }',
      ],
      [APPROVAL],
    ),
  );
  expect(errors).toEqual([]);
  expect(scenarios.map((scenario) => scenario.persona.name)).toEqual(['finance', 'csm', 'sdr']);
  const steps = scenarios.map((scenario) => scenario.steps as (FieldAccessStep & { title: string })[]);
  expect(
    steps.map((list) =>
      list.map(({ kind, record, expected, matrix, personas }) => ({
        kind,
        record,
        expected,
        matrix,
        personas,
      })),
    ),
  ).toEqual([
    [
      {
        kind: 'fieldAccess',
        record: 'account',
        matrix: 'account-fields-matrix',
        personas: ['finance', 'csm', 'sdr'],
        expected: { Credit_Limit__c: 'edit', AnnualRevenue: 'read' },
      },
    ],
    [
      {
        kind: 'fieldAccess',
        record: 'account',
        matrix: 'account-fields-matrix',
        personas: ['finance', 'csm', 'sdr'],
        expected: { Credit_Limit__c: 'hidden', AnnualRevenue: 'read' },
      },
    ],
    [
      {
        kind: 'fieldAccess',
        record: 'account',
        matrix: 'account-fields-matrix',
        personas: ['finance', 'csm', 'sdr'],
        expected: { AnnualRevenue: 'read' },
      },
    ],
  ]);
  // Each persona's test has its own Login-As and test data; the approval goes with the sensitive persona's session.
  expect(scenarios.map((scenario) => scenario.approval?.reference)).toEqual([
    'CHG-2291',
    undefined,
    undefined,
  ]);
  expect(scenarios.every((scenario) => scenario.data.map((record) => record.key).join() === 'account')).toBe(
    true,
  );
  // The step points at the persona's first cell, so a failure leads to the table.
  expect(scenarios[1]?.steps[0]?.location).toMatchObject({ line: 13, column: 39 });
});

test('an unknown persona in the table is an error at its cell, with the personas there are', () => {
  expectLoadError(matrixScenario(['    Credit_Limit__c: { finanse: edit }']), {
    at: '12:24',
    path: 'matrix.access.Credit_Limit__c.finanse',
    says: [
      'unknown persona "finanse" in the row of Credit_Limit__c',
      'Expected one of the personas in',
      'Did you mean "finance"?',
    ],
  });
});

test('a persona whose Login-As is expected to be refused is an error at its cell: it never sees the record', () => {
  expectLoadError(matrixScenario(['    Industry: { csm: edit, frozen-ae: read }']), {
    at: '12:28',
    path: 'matrix.access.Industry.frozen-ae',
    says: ['persona "frozen-ae" is declared loginRefused: frozen', 'Leave it out of the matrix'],
  });
});

test('an unknown access word is an error at the word, naming hidden, read and edit', () => {
  expectLoadError(matrixScenario(['    Credit_Limit__c: { csm: write }']), {
    at: '12:29',
    path: 'matrix.access.Credit_Limit__c.csm',
    says: ['unknown access "write"', 'Expected hidden, read, edit'],
  });
});

test('an unknown persona is reported in the same pass as a schema error', () => {
  const { errors } = loadOne(matrixScenario(['    Credit_Limit__c: { csm: write, nobody: read }']));
  expect(errors.map((error) => error.path).sort()).toEqual([
    'matrix.access.Credit_Limit__c.csm',
    'matrix.access.Credit_Limit__c.nobody',
  ]);
});

test('a matrix without its record, or naming a record that is not test data, says what to write', () => {
  expectLoadError(
    matrixScenario(['    Industry: { csm: edit }']).filter((line) => line !== '  record: account'),
    { at: '10:3', path: 'matrix.record', says: ['required key "record" is missing', 'record: account'] },
  );
  expectLoadError(
    matrixScenario(['    Industry: { csm: edit }']).map((line) =>
      line === '  record: account' ? '  record: acount' : line,
    ),
    { at: '10:11', path: 'matrix.record', says: ['no data record "acount"', 'Did you mean "account"?'] },
  );
});

test('a sensitive persona in the matrix needs the scenario’s approval, reported at its cell', () => {
  expectLoadError(matrixScenario(['    Industry: { csm: edit }', '    Credit_Limit__c: { finance: edit }']), {
    at: '13:24',
    path: 'matrix.access.Credit_Limit__c.finance',
    says: [
      'persona "finance" is marked sensitive',
      'it covers every persona of the matrix',
      'approval: { approver:',
    ],
  });
});

test('a matrix with persona or steps of its own is refused: the table names the personas', () => {
  expectLoadError(matrixScenario(['    Industry: { csm: edit }'], ['persona: csm']), {
    at: '5:1',
    path: 'persona',
    says: ['a matrix scenario has no "persona"', 'Remove "persona"'],
  });
});

test('an empty access table is an error', () => {
  expectLoadError(matrixScenario(['    {}']), {
    at: '12:5',
    path: 'matrix.access',
    says: ['Expected at least one field row'],
  });
});
