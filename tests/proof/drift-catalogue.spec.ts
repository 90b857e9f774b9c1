import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { parseOrgDefinition } from '../../emulator';
import { applyDrift, demoScenarioFiles, driftedOrg } from './apply-drift';
import { DRIFTS } from './drifts';

// The short version of `npm run proof`: the whole catalogue is checked for shape without a browser, and a few
// representative drifts (field-level security, sharing, the Login Access Policy, one the suite must survive)
// run against a fresh emulator.
const REPRESENTATIVE = ['fls-removed', 'sharing-rule-deleted', 'login-access-policy-off', 'force-relogin-on'];

test.describe('the drift catalogue', () => {
  test('every drift changes the demo org into one that loads, and names demo scenarios', () => {
    const files = demoScenarioFiles();
    for (const drift of DRIFTS) {
      const org = driftedOrg(drift);
      expect(() => parseOrgDefinition(stringify(org), `${drift.id}.yaml`), drift.id).not.toThrow();
      expect(drift.scenarios.length, drift.id).toBeGreaterThan(0);
      for (const id of drift.scenarios) expect([...files.keys()], drift.id).toContain(id);
      expect(drift.survive === true || drift.diagnosis !== undefined, drift.id).toBe(true);
    }
    expect(new Set(DRIFTS.map((drift) => drift.id)).size).toBe(DRIFTS.length);
  });

  for (const id of REPRESENTATIVE) {
    const drift = DRIFTS.find((each) => each.id === id);
    test(`${drift?.title}: ${drift?.survive ? 'every scenario stays green' : `caught as ${drift?.diagnosis}`}`, async () => {
      test.setTimeout(240_000);
      if (!drift) throw new Error(`no drift ${id} in the catalogue`);
      const { verdict, run } = await applyDrift(drift);
      const seen = run.outcomes.map((o) => `${o.scenario}: ${o.passed ? 'passed' : o.message}`).join('\n');
      expect(verdict.ok, `${JSON.stringify(verdict.diagnoses)}\n${seen || run.output}`).toBe(true);
    });
  }
});
