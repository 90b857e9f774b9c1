import { expect, test } from '@playwright/test';
import { unwrapLines, wrapLines } from '../../fixtures/wrapped-lines';
import { pointedAtScenario } from '../../runner/scenario-stack';
import { ExpectationError } from '../../runner/steps/context';

const REASON =
  'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on Lead 00Q5g0000000004EAA (data "lead"):\n' +
  '  - Lead.Internal_Revenue__c: expected visible, but it is not on the page — field-level security hides it: neither the profile nor any permission set grants Read\n' +
  '  - Rating: expected hidden, but it shows Hot';

test('long lines of a reason are broken at spaces, each continuation two spaces deeper than the line it continues', () => {
  expect(wrapLines(REASON, 60)).toBe(
    [
      'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on',
      '  Lead 00Q5g0000000004EAA (data "lead"):',
      '  - Lead.Internal_Revenue__c: expected visible, but it is',
      '    not on the page — field-level security hides it: neither',
      '    the profile nor any permission set grants Read',
      '  - Rating: expected hidden, but it shows Hot',
    ].join('\n'),
  );
  for (const line of wrapLines(REASON).split('\n')) expect(line.length).toBeLessThanOrEqual(100);
});

test('short lines, table rows and words longer than the width stay whole; colour codes take no width', () => {
  const row = `| Credit_Limit__c | ${'edit ✓ '.repeat(20)}|`;
  const url = `https://acme.my.salesforce.com/${'x'.repeat(120)}`;
  expect(wrapLines(`short\n${row}\nsee ${url} now`)).toBe(`short\n${row}\nsee\n  ${url}\n  now`);
  const coloured = `\u001b[31m${'red '.repeat(24)}\u001b[39m`; // 96 visible characters, 106 with the codes
  expect(wrapLines(coloured)).toBe(coloured);
});

test('unwrapping gives back the lines as they were written', () => {
  expect(unwrapLines(wrapLines(REASON, 60))).toBe(REASON);
  expect(unwrapLines('Call log:\n  - waiting for locator\n    - locator resolved')).toBe(
    'Call log:\n  - waiting for locator\n    - locator resolved',
  );
});

test("a step's failure is wrapped for the reports, its first line with the error's name; Playwright's assertions are not", () => {
  const at = { file: 'scenarios/a.yaml', line: 14, column: 5 };
  const failure = pointedAtScenario(new ExpectationError(REASON), at) as Error;
  const shown = (failure.stack ?? '').split('\n');
  expect(shown[0]).toBe(
    'ExpectationError: Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on Lead 00Q5g0000000004EAA',
  );
  expect(shown.slice(0, -1).every((line) => line.length <= 100)).toBe(true);
  expect(shown.at(-1)).toMatch(/^ {4}at \/.*scenarios\/a\.yaml:14:5$/);
  expect(unwrapLines(`ExpectationError: ${failure.message}`)).toBe(`ExpectationError: ${REASON}`);

  const assertion = Object.assign(
    new Error(`expect(locator).toHaveText(expected)\n\nReceived: "${'x'.repeat(120)}"`),
    {
      matcherResult: {},
    },
  );
  const message = assertion.message;
  expect((pointedAtScenario(assertion, at) as Error).message).toBe(message);
});
