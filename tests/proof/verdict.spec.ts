import { expect, test } from '@playwright/test';
import type { Drift } from './drifts';
import { countRetries, readJunit } from './run-suite';
import { judgeBaseline, judgeDrift } from './verdict';

const FLS =
  'Lead.Lead_Score__c: expected visible, but it is not on the page — field-level security hides it: x';
const LAYOUT =
  'Lead.Rating: expected visible, but it is not on the page — the page layout "L" assigned to profile "P" does not place it';

const drift = (extra: Partial<Drift> = {}): Drift => ({
  id: 'fls-removed',
  title: 'FLS removed',
  change: () => undefined,
  scenarios: ['a', 'b'],
  diagnosis: 'fls',
  ...extra,
});

test.describe('a drift verdict', () => {
  test('is caught when every named scenario failed with the expected diagnosis', () => {
    const verdict = judgeDrift(drift(), [
      { scenario: 'a', passed: false, message: FLS },
      { scenario: 'b', passed: false, message: FLS },
    ]);
    expect(verdict).toMatchObject({ ok: true, red: ['a', 'b'], missed: [] });
  });

  test('is not caught when a named scenario stayed green or was not reported', () => {
    const verdict = judgeDrift(drift(), [{ scenario: 'a', passed: false, message: FLS }]);
    expect(verdict).toMatchObject({ ok: false, red: ['a'], missed: ['b'] });
    const green = judgeDrift(drift(), [
      { scenario: 'a', passed: false, message: FLS },
      { scenario: 'b', passed: true, message: '' },
    ]);
    expect(green).toMatchObject({ ok: false, missed: ['b'] });
  });

  test('is not caught when a scenario failed for another reason', () => {
    const verdict = judgeDrift(drift(), [
      { scenario: 'a', passed: false, message: FLS },
      { scenario: 'b', passed: false, message: LAYOUT },
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.diagnoses).toEqual({ a: 'fls', b: 'layout' });
  });

  test('for a drift the suite must survive, holds only when every scenario passed', () => {
    const survive = drift({ survive: true, diagnosis: undefined });
    const allGreen = judgeDrift(survive, [
      { scenario: 'a', passed: true, message: '' },
      { scenario: 'b', passed: true, message: '' },
    ]);
    expect(allGreen.ok).toBe(true);
    const oneRed = judgeDrift(survive, [
      { scenario: 'a', passed: true, message: '' },
      { scenario: 'b', passed: false, message: FLS },
    ]);
    expect(oneRed).toMatchObject({ ok: false, red: ['b'], missed: ['b'] });
  });

  test('of the undrifted org needs every scenario reported and green', () => {
    expect(judgeBaseline(['a'], [{ scenario: 'a', passed: true, message: '' }]).ok).toBe(true);
    expect(judgeBaseline(['a', 'b'], [{ scenario: 'a', passed: true, message: '' }])).toMatchObject({
      ok: false,
      missing: ['b'],
    });
    expect(judgeBaseline(['a'], [{ scenario: 'a', passed: false, message: FLS }])).toMatchObject({
      ok: false,
      red: ['a'],
    });
  });
});

test.describe('reading a run', () => {
  test("takes each scenario's outcome and failure text from persona-ux's JUnit report", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="persona-ux" tests="2" failures="1" errors="0" skipped="0" time="3">
  <testsuite name="persona sdr" tests="2" failures="1" errors="0" skipped="0" time="3">
    <testcase name="a — A" classname="persona sdr" time="1">
      <properties><property name="persona" value="sdr"/><property name="scenario" value="a"/></properties>
    </testcase>
    <testcase name="b — B" classname="persona sdr" time="2">
      <properties><property name="scenario" value="b"/></properties>
      <failure message="first line" type="ExpectationError"><![CDATA[ExpectationError: ${FLS}]]></failure>
    </testcase>
  </testsuite>
</testsuites>`;
    expect(readJunit(xml)).toEqual([
      { scenario: 'a', passed: true, message: '' },
      { scenario: 'b', passed: false, message: `ExpectationError: ${FLS}` },
    ]);
  });

  test("counts Playwright's repeated attempts", () => {
    expect(countRetries('  ✓  1 a (1.0s)\n  ✘  2 b (2.0s)\n  ✓  3 b (retry #1) (2.1s)\n')).toBe(1);
    expect(countRetries('  ✓  1 a (1.0s)\n')).toBe(0);
  });
});
