import { expect, test } from '@playwright/test';
import type { DescribedField } from '../../fixtures';
import { expectedMeaning, showsExpected } from '../../runner/steps/typed-values';

/** A date/time a persona is shown is the instant it stands for in their time zone, compared to the minute. */
const field = { name: 'Last_Call__c', type: 'datetime' } as DescribedField;
const pacific = { locale: 'en_US', timeZone: 'America/Los_Angeles' };
const berlin = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const shows = (expected: string, text: string, viewer = pacific) =>
  showsExpected(field, expected, { text }, viewer);

test('an instant written with its zone matches what the persona is shown in theirs', () => {
  expect(shows('2026-12-30T15:00:00Z', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T15:00:00.000+0000', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T16:00:00+01:00', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T15:00:00Z', '30.12.2026, 16:00', berlin)).toBe(true);
  // The same clock reading in the wrong zone is another instant.
  expect(shows('2026-12-30T07:00:00Z', '12/30/2026, 7:00 AM')).toBe(false);
  expect(shows('2026-12-30T15:00:00Z', '30.12.2026, 15:00', berlin)).toBe(false);
});

test('a time without a zone is the persona’s own clock, also across a daylight-saving change', () => {
  expect(shows('2026-12-30T07:00', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T07:00', '12/30/2026, 7:00 PM')).toBe(false);
  expect(shows('2026-03-08T03:30', '3/8/2026, 3:30 AM')).toBe(true);
  expect(shows('2026-03-08T10:30:00Z', '3/8/2026, 3:30 AM')).toBe(true);
  expect(shows('2026-03-08T09:30:00Z', '3/8/2026, 1:30 AM')).toBe(true);
  expect(shows('2026-03-08T10:30:00Z', '3/8/2026, 1:30 AM')).toBe(false);
});

test('a page shows minutes: seconds are not compared, another minute is', () => {
  expect(shows('2026-12-30T15:00:59Z', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T15:01:00Z', '12/30/2026, 7:00 AM')).toBe(false);
});

test('the locale’s format, with or without the comma older formats leave out, and the persona’s own writing', () => {
  expect(shows('2026-12-30T15:00:00Z', '12/30/2026 7:00 AM')).toBe(true);
  expect(shows('2026-12-30T15:00:00Z', '30.12.2026 16:00', berlin)).toBe(true);
  expect(shows('2026-12-30T15:00:00Z', '12/30/2026,\u202f7:00\u202fAM')).toBe(true);
  expect(shows('12/30/2026, 7:00 AM', '12/30/2026, 7:00 AM')).toBe(true);
  expect(shows('30.12.2026, 16:00', '30.12.2026, 16:00', berlin)).toBe(true);
});

test('text that is no date/time compares as text and fails with what to write', () => {
  expect(shows('tomorrow at noon', '12/30/2026, 7:00 AM')).toBe(false);
  expect(shows('2026-12-30T15:00:00Z', '')).toBe(false);
  expect(expectedMeaning(field, 'tomorrow at noon', pacific)).toContain(
    'not a date/time: write ISO 8601, such as 2026-12-30T15:00:00Z',
  );
});

test('a failure says what the expected instant is in the persona’s zone', () => {
  expect(expectedMeaning(field, '2026-12-30T15:00:00Z', pacific)).toBe(
    " (in the persona's time zone, America/Los_Angeles, 12/30/2026, 7:00 AM)",
  );
  expect(expectedMeaning(field, '2026-12-30T15:00:00Z', berlin)).toBe(
    " (in the persona's time zone, Europe/Berlin, 30.12.2026, 16:00)",
  );
  const date = { name: 'CloseDate', type: 'date' } as DescribedField;
  expect(expectedMeaning(date, '2026-12-30', pacific)).toBe('');
});
