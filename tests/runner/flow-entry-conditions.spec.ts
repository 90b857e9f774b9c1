import { expect, test } from '@playwright/test';
import { entryConditionOf, entryConditionWords, filtersHold } from '../../runner/steps/flow-entry-conditions';

test('entry filters combine under and, or and custom logic, and what was not tried decides only what it must', () => {
  expect(filtersHold('and', [true, true])).toBe(true);
  expect(filtersHold('and', [true, false])).toBe(false);
  expect(filtersHold('and', [undefined, false])).toBe(false);
  expect(filtersHold('and', [undefined, true])).toBeUndefined();
  expect(filtersHold('or', [false, true])).toBe(true);
  expect(filtersHold('or', [false, undefined])).toBeUndefined();
  expect(filtersHold('1 AND (2 OR 3)', [true, false, true])).toBe(true);
  expect(filtersHold('1 AND (2 or 3)', [true, false, false])).toBe(false);
  expect(filtersHold('1 AND (2 OR 3)', [false, undefined, undefined])).toBe(false);
  expect(filtersHold('1 AND NOT 2', [true, false])).toBe(true);
  expect(filtersHold('NOT (1 OR 2)', [false, true])).toBe(false);
  expect(filtersHold('1 AND 4', [true, true])).toBeUndefined();
});

test("entry conditions in words, as Flow metadata's start element gives them", () => {
  expect(entryConditionOf({})).toBeUndefined();
  expect(entryConditionOf({ filterFormula: 'ISCHANGED(OwnerId)' })).toEqual({
    formula: 'ISCHANGED(OwnerId)',
  });
  const one = entryConditionOf({
    filters: { field: 'Lead_Score__c', operator: 'GreaterThanOrEqualTo', value: { numberValue: 80 } },
  });
  expect(one && entryConditionWords(one)).toBe(
    'its entry condition: Lead_Score__c is greater than or equal to 80',
  );
  const several = entryConditionOf({
    filterLogic: '1 AND (2 OR 3)',
    filters: [
      { field: 'StageName', operator: 'EqualTo', value: { stringValue: 'Closed Won' } },
      { field: 'OwnerId', operator: 'IsChanged', value: { booleanValue: 'true' } },
      { field: 'AccountId', operator: 'IsNull', value: { booleanValue: false } },
    ],
  });
  expect(several && entryConditionWords(several)).toBe(
    'its entry conditions: 1. StageName equals "Closed Won", 2. OwnerId is changed, 3. AccountId is not null ' +
      '(1 AND (2 OR 3))',
  );
  const both = entryConditionOf({
    filterLogic: 'or',
    filters: [
      { field: 'Amount', operator: 'LessThan', value: { numberValue: '100.0' } },
      { field: 'Type', operator: 'EqualTo', value: { elementReference: 'Default_Type' } },
    ],
  });
  expect(both && entryConditionWords(both)).toBe(
    'its entry conditions: Amount is less than 100.0 OR Type equals {!Default_Type}',
  );
});
