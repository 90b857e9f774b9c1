import type { Scenario, ScenarioError } from '../model';
import { withOrgAnswers } from '../org-names/org-answered-problems';
import { endSessionOnSignal } from './end-session-on-signal';
import { prepareOrgEnv } from './org-env';

/**
 * The files' problems that stop `run`, worded as `validate` words them: a file whose only errors are unknown keys
 * and field names that are not API names (`orgCheckOnly`) is checked against the org the run would use, which
 * names the API name of a label, or of a near miss. Without usable settings or a reachable org, the files'
 * problems as they are.
 */
export async function problemsWithOrgAnswers(
  errors: readonly ScenarioError[],
  orgCheckOnly: readonly Scenario[],
  targetOrg: string | undefined,
): Promise<ScenarioError[]> {
  if (orgCheckOnly.length === 0) return [...errors];
  const env: NodeJS.ProcessEnv = { ...process.env };
  if ((await prepareOrgEnv(env, targetOrg)).length > 0) return [...errors];
  // Loaded only here: a run whose files load needs neither this check's emulator start nor its modules.
  const { checkNamesAgainstOrg } =
    require('../org-names/check-org') as typeof import('../org-names/check-org');
  const onSignal = endSessionOnSignal('run');
  let org: Awaited<ReturnType<typeof checkNamesAgainstOrg>>;
  try {
    org = await checkNamesAgainstOrg(orgCheckOnly, env, onSignal.signingIn);
  } finally {
    onSignal.release();
  }
  return org.ran ? withOrgAnswers(errors, org.problems) : [...errors];
}
