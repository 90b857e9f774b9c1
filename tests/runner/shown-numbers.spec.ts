import { expect, test } from '@playwright/test';
import type { DescribedField } from '../../fixtures';
import { showsExpected } from '../../runner/steps/typed-values';

/** A number a persona is shown is read in their locale; the scenario may write it as the API or as the persona does. */
const amount = { name: 'Amount', type: 'currency' } as DescribedField;
const us = { locale: 'en_US', timeZone: 'America/Los_Angeles' };
const german = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const shows = (expected: string | number, text: string, viewer = us) =>
  showsExpected(amount, expected, { text }, viewer);

test('grouping and currency do not matter, the value does', () => {
  expect(shows(1200, '$1,200.00')).toBe(true);
  expect(shows('1,200.5', '$1,200.50')).toBe(true);
  expect(shows('1200', '$1,200.50')).toBe(false);
  expect(shows('480000', '480.000,00 $', german)).toBe(true);
  expect(shows('1.200,5', '1.200,50 €', german)).toBe(true);
});

test('a German persona’s "1.200" is twelve hundred; "12.5" or "1200.50" is written as the API writes numbers', () => {
  expect(shows('1.200', '1.200,00 €', german)).toBe(true);
  expect(shows('12.5', '12,50 €', german)).toBe(true);
  expect(shows('1200.50', '1.200,50 €', german)).toBe(true);
  expect(shows('1200.50', '120.050,00 €', german)).toBe(false);
  expect(shows(12.5, '12,50 €', german)).toBe(true);
});

test('other groupings are the locale’s own: an Indian persona’s lakh', () => {
  const indian = { locale: 'en_IN', timeZone: 'Asia/Kolkata' };
  expect(shows('1234567', '$12,34,567.00', indian)).toBe(true);
  expect(shows('12,34,567', '$12,34,567.00', indian)).toBe(true);
  expect(shows('1234567', '$12,34,568.00', indian)).toBe(false);
});
