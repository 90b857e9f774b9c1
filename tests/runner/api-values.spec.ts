import { expect, test } from '@playwright/test';
import { sameApiValue, sameRichText, sameValueSet } from '../../runner/steps/api-values';

// What `wait` and `expectApi` compare: a field's value as the API answers it, with the value a scenario expects.

test('null is an empty field; an empty field is no number, not even 0', () => {
  expect(sameApiValue(null, null)).toBe(true);
  expect(sameApiValue('', null)).toBe(true);
  expect(sameApiValue(0, null)).toBe(false);
  expect(sameApiValue(null, 0)).toBe(false);
  expect(sameApiValue('', 0)).toBe(false);
  expect(sameApiValue(0, 0)).toBe(true);
  expect(sameApiValue('72', 72)).toBe(true);
});

test('checkboxes are true or false', () => {
  expect(sameApiValue(true, true)).toBe(true);
  expect(sameApiValue(false, true)).toBe(false);
  expect(sameApiValue(true, 'true')).toBe(true);
});

test('an Id matches in either length', () => {
  expect(sameApiValue('00Q5g0000000004EAA', '00Q5g0000000004')).toBe(true);
  expect(sameApiValue('00Q5g0000000004EAA', '00Q5g0000000005')).toBe(false);
});

test('a date/time written with its zone is the instant the API answers, however it is written', () => {
  const answered = '2026-12-30T15:00:00.000+0000';
  expect(sameApiValue(answered, '2026-12-30T15:00:00Z')).toBe(true);
  expect(sameApiValue(answered, '2026-12-30T16:00:00+01:00')).toBe(true);
  expect(sameApiValue(answered, '2026-12-30T15:01:00Z')).toBe(false);
  // Without a zone it names no instant: compared as text.
  expect(sameApiValue(answered, '2026-12-30T15:00:00')).toBe(false);
  expect(sameApiValue('2026-12-30', '2026-12-30')).toBe(true);
  expect(sameApiValue('Working', 'Working')).toBe(true);
});

test('a rich text area reads as its paragraphs, each trimmed, tags dropped and entities read', () => {
  const html = '<p>Call <b>back</b> &amp; demo</p><ul><li>Deck</li><li>Pricing&nbsp;</li></ul><p><br></p>';
  expect(sameRichText(html, 'Call back & demo\nDeck\n  Pricing\n')).toBe(true);
  expect(sameRichText(html, 'Call back & demo Deck Pricing')).toBe(false);
  expect(sameRichText(html, 'Call back & demo\nDeck')).toBe(false);
  expect(sameRichText(null, '')).toBe(false);
  expect(sameRichText('<p>Ava&#39;s&#160;&#8220;deck&#x201D; &hellip;</p>', "Ava's “deck” &hellip;")).toBe(
    true,
  );
});

test('a multi-select picklist holds the same values in any order, each once', () => {
  expect(sameValueSet('Web;Events', 'Events;Web')).toBe(true);
  expect(sameValueSet('Web;Events', ' Web ; Events ;')).toBe(true);
  expect(sameValueSet('Web;Events', 'Web')).toBe(false);
  expect(sameValueSet('Web', 'Web;Webinars')).toBe(false);
  expect(sameValueSet(null, 'Web')).toBe(false);
});
