import { expect, test } from '@playwright/test';
import { nameReferences } from '../../runner/org-names/name-references';
import { loadOne, matrixScenario } from './scenario-files';

test('the fields of a matrix table are names the org must confirm, at their row', () => {
  const { errors, scenarios } = loadOne(
    matrixScenario(['    Credit_Limit__c: { csm: hidden }', '    Industy: { csm: edit }']),
  );
  expect(errors).toEqual([]);
  const fields = scenarios.flatMap(nameReferences).filter((reference) => reference.kind === 'field');
  expect(fields).toEqual(
    expect.arrayContaining([
      {
        kind: 'field',
        object: 'Account',
        field: 'Credit_Limit__c',
        path: ['matrix', 'access', 'Credit_Limit__c'],
      },
      { kind: 'field', object: 'Account', field: 'Industy', path: ['matrix', 'access', 'Industy'] },
    ]),
  );
});
