import { expect, test } from '@playwright/test';
import type { DescribedField } from '../../fixtures';
import { showsExpected } from '../../runner/steps/typed-values';

/** A picklist a persona is shown is compared by API value or label; a multi-select one as the set chosen. */
const us = { locale: 'en_US', timeZone: 'America/Los_Angeles' };
const values = [
  { value: 'web', label: 'Web', active: true },
  { value: 'events', label: 'Events', active: true },
  { value: 'partner', label: 'Partner Referral', active: true },
];
const picklist = {
  name: 'LeadSource',
  type: 'picklist',
  picklistValues: values,
} as unknown as DescribedField;
const multi = {
  name: 'Channels__c',
  type: 'multipicklist',
  picklistValues: values,
} as unknown as DescribedField;
const shows = (field: DescribedField, expected: string, text: string) =>
  showsExpected(field, expected, { text }, us);

test('a picklist matches by API value or label', () => {
  expect(shows(picklist, 'web', 'Web')).toBe(true);
  expect(shows(picklist, 'Web', 'Web')).toBe(true);
  expect(shows(picklist, 'events', 'Web')).toBe(false);
});

test('a multi-select picklist matches the set of values chosen, by API value or label, in any order', () => {
  expect(shows(multi, 'web;events', 'Web; Events')).toBe(true);
  expect(shows(multi, 'Events;Web', 'Web;Events')).toBe(true);
  expect(shows(multi, 'partner', 'Partner Referral')).toBe(true);
  expect(shows(multi, 'web', 'Web; Events')).toBe(false);
  expect(shows(multi, 'web;events;partner', 'Web; Events')).toBe(false);
  expect(shows(multi, '', '')).toBe(true);
});
