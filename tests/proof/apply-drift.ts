import path from 'node:path';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type OrgDefinition, startEmulator } from '../../emulator';
import { loadScenarios } from '../../runner/loader';
import { emulatorOrgEnv } from '../e2e/cli-run';
import type { Drift } from './drifts';
import { ROOT, runSuite, type SuiteRun } from './run-suite';
import { type DriftVerdict, judgeDrift } from './verdict';

export const SCENARIOS_DIR = path.join(ROOT, 'scenarios');

/** The demo scenarios' files by id, as the runner loads them. */
export function demoScenarioFiles(): Map<string, string> {
  const { scenarios, errors } = loadScenarios([SCENARIOS_DIR]);
  if (errors.length > 0) throw new Error(`the demo scenarios do not load: ${errors[0].message}`);
  return new Map(scenarios.map((scenario) => [scenario.id, path.resolve(ROOT, scenario.file)]));
}

/** The demo org with the drift applied; a drift that changes nothing is a mistake in the catalogue. */
export function driftedOrg(drift: Drift): OrgDefinition {
  const demo = loadOrgDefinition(DEFAULT_ORG_FILE);
  const org = structuredClone(demo);
  drift.change(org);
  if (JSON.stringify(org) === JSON.stringify(demo)) {
    throw new Error(`drift ${drift.id} does not change the demo org`);
  }
  return org;
}

/** Runs the drift's scenarios against a fresh emulator serving the drifted demo org, and judges the result. */
export async function applyDrift(
  drift: Drift,
  files = demoScenarioFiles(),
): Promise<{ verdict: DriftVerdict; run: SuiteRun }> {
  const inputs = drift.scenarios.map((id) => {
    const file = files.get(id);
    if (!file) throw new Error(`drift ${drift.id} names scenario "${id}", which is not a demo scenario`);
    return file;
  });
  const org = driftedOrg(drift);
  if (!drift.signInAs) {
    const run = await runSuite({ inputs, org, args: drift.args, scenarioIds: drift.scenarios });
    return { verdict: judgeDrift(drift, run.outcomes), run };
  }
  // The run signs in as the drift's admin, as on a sandbox: SF_* settings pointing at an emulator started here.
  const emulator = await startEmulator({ org });
  try {
    const admin = org.users.find((u) => u.username === drift.signInAs);
    if (!admin?.password) throw new Error(`drift ${drift.id}: no user ${drift.signInAs} with a password`);
    const run = await runSuite({
      inputs,
      args: drift.args,
      scenarioIds: drift.scenarios,
      env: { ...emulatorOrgEnv(emulator), SF_USERNAME: admin.username, SF_PASSWORD: admin.password },
    });
    return { verdict: judgeDrift(drift, run.outcomes), run };
  } finally {
    await emulator.stop();
  }
}
