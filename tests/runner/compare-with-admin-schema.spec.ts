import { expect, test } from '@playwright/test';
import type { OpenStep } from '../../runner/model';
import { expectLoadError, loadOne, validScenario } from './scenario-files';

/** `open: { record: x, compareWithAdmin: true | { missing: [...] } }` in scenario files. */
const withOpen = (open: string) => [...validScenario().slice(0, 10), `  - open: ${open}`];

test('compareWithAdmin: true and { missing: [...] } load onto the open step', () => {
  const shown = loadOne(withOpen('{ record: lead, compareWithAdmin: true }'));
  expect(shown.errors).toEqual([]);
  expect((shown.scenarios[0]?.steps[0] as OpenStep | undefined)?.compareWithAdmin).toBe(true);
  const exact = loadOne(
    withOpen('{ record: lead, compareWithAdmin: { missing: [Internal_Revenue__c, Scoring] } }'),
  );
  expect(exact.errors).toEqual([]);
  expect((exact.scenarios[0]?.steps[0] as OpenStep | undefined)?.compareWithAdmin).toEqual({
    missing: ['Internal_Revenue__c', 'Scoring'],
  });
});

test('compareWithAdmin on anything but a record page is an error saying to use it with record', () => {
  expectLoadError(withOpen('{ object: Lead, listView: MyOpenLeads, compareWithAdmin: true }'), {
    at: '11:68',
    path: 'steps[0].open.compareWithAdmin',
    says: ['compareWithAdmin compares a record page', 'open: { record: account, compareWithAdmin: true }'],
  });
});

test('a compareWithAdmin value that is neither true nor { missing } says what to write', () => {
  expectLoadError(withOpen('{ record: lead, compareWithAdmin: yes please }'), {
    at: '11:45',
    path: 'steps[0].open.compareWithAdmin',
    says: ['Expected true', 'or { missing: [...] }', 'but got the text "yes please"'],
  });
});
