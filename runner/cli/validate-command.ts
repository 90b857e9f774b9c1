import { cacheDir } from '../../config/cache-dir';
import { loadedDotEnv } from '../../config/dotenv';
import { parseOrgEnv } from '../../config/org-env-schema';
import { loadScenarios, problemsReport } from '../loader';
import { ticketProblems } from '../loading/ticket-rule';
import { plural, summariseScenarios } from '../loading/validation-summary';
import type { Scenario, ScenarioError } from '../model';
import type { OrgCheckOutcome } from '../org-names/check-org';
import { withOrgAnswers } from '../org-names/org-answered-problems';
import { shownPath } from '../shown-path';
import { parse } from './args';
import { resolveInputs } from './inputs';
import { prepareOrgEnv } from './org-env';
import { unknownEnvVariables } from './unknown-env-variables';

/**
 * Checks the files (every problem of every file in one pass), then the names they use against the org a run
 * would use (the embedded emulator by default, the .env org, or --target-org); `--offline` skips the org.
 * Exit 2 when anything is wrong, 3 when the org cannot be reached to check the names.
 */
export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    offline: { type: 'boolean' },
    'target-org': { type: 'string' },
  });
  const {
    scenarios,
    errors,
    personasFiles,
    orgCheckOnly = [],
  } = loadScenarios(resolveInputs(positionals), {
    cacheDir: cacheDir(process.env),
  });
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Offline, only the setting that judges the files, the ticket pattern, and the names in .env that would be
  // ignored (a misspelt ticket pattern among them).
  const settingsProblems = values.offline
    ? [
        ...unknownEnvVariables(loadedDotEnv()),
        ...parseOrgEnv({ PERSONA_UX_TICKET_PATTERN: env.PERSONA_UX_TICKET_PATTERN }).problems,
      ]
    : await prepareOrgEnv(env, values['target-org']);
  if (settingsProblems.length > 0) return unusableSettings(settingsProblems, errors, values.offline);
  // A file whose only errors are unknown keys or field names that are not API names is checked against the org
  // too: one pass reports the rest, and the API name of each label.
  const checked = [...scenarios, ...orgCheckOnly];
  const fileProblems = [...errors, ...ticketProblems(checked, env.PERSONA_UX_TICKET_PATTERN)];
  const org: OrgCheckOutcome = values.offline
    ? { ran: false, why: 'offline (--offline)' }
    : checked.length === 0
      ? { ran: false, why: 'no valid scenario to check' }
      : await checkAgainstOrg(checked, env);
  // An org definition that does not load is a settings mistake, as for run and doctor: exit 2, not 3.
  if (!org.ran && org.settings) return unusableSettings([org.why], errors, false);
  const orgProblems = org.ran ? org.problems : [];
  const problems = withOrgAnswers(fileProblems, orgProblems);
  const orgLine = describeOrgCheck(org) + notCheckedAgainstOrg(org, errors, orgCheckOnly);
  if (problems.length > 0) {
    console.error(`${problemsReport(problems)}\n${orgLine}`);
    return 2;
  }
  if (!values.offline && scenarios.length > 0 && !org.ran) {
    // The files are fine, but a run would stop at the same org: exit 3, as its preflight does.
    console.error(`${summariseScenarios(scenarios)}\n${orgLine}\nCheck the files alone with --offline.`);
    return 3;
  }
  if (scenarios.length === 0 && personasFiles) {
    const checked = personasFiles.map(
      ({ file, personas }) => `${shownPath(file)}: ${plural(personas, 'persona')} valid.`,
    );
    console.log(`${checked.join('\n')}\nTheir users are checked against the org by persona-ux doctor.`);
    return 0;
  }
  console.log(`${summariseScenarios(scenarios)}\n${orgLine}`);
  return 0;
}

function unusableSettings(
  settingsProblems: readonly string[],
  errors: readonly ScenarioError[],
  offline: boolean | undefined,
): number {
  const files = errors.length > 0 ? `${problemsReport(errors)}\n\n` : '';
  console.error(
    `${files}persona-ux validate: the org settings are not usable:\n  ${settingsProblems.join('\n').replace(/\n/g, '\n  ')}\n` +
      (offline
        ? 'Fix them in .env or the environment.'
        : 'Fix them, or check the files alone with --offline.'),
  );
  return 2;
}

function describeOrgCheck(org: OrgCheckOutcome): string {
  if (!org.ran)
    return `Org checks skipped: ${org.why}. Objects, fields and personas were not checked against an org.`;
  const { checked } = org;
  const counts = [
    plural(checked.object, 'object'),
    plural(checked.field, 'field'),
    plural(checked.recordType, 'record type'),
    plural(checked.picklistValue, 'picklist value'),
    plural(checked.listView, 'list view'),
    ...(checked.report > 0 ? [plural(checked.report, 'report')] : []),
    ...(checked.reportColumn > 0 ? [plural(checked.reportColumn, 'report column')] : []),
    ...(checked.dashboard > 0 ? [plural(checked.dashboard, 'dashboard')] : []),
    ...(checked.tab > 0 ? [plural(checked.tab, 'tab')] : []),
    ...(checked.pathStage > 0 ? [plural(checked.pathStage, 'Path stage')] : []),
    ...(checked.queue + checked.conditionUser > 0
      ? [`${checked.queue + checked.conditionUser} queue/user name(s) in conditions`]
      : []),
    ...(checked.fieldValue > 0 ? [plural(checked.fieldValue, 'typed value')] : []),
    plural(checked.user, 'persona user'),
    ...(checked.contractName > 0 ? [plural(checked.contractName, 'persona contract name')] : []),
  ].join(', ');
  const found =
    org.problems.length === 0
      ? 'all found'
      : `${plural(org.problems.length, 'problem')} with what the org has, listed above`;
  const notes = org.notes.map((note) => ` ${note}`).join('');
  return `Org names checked against ${org.target}: ${counts} — ${found}.${notes}`;
}

/**
 * A file with errors is not checked against the org (its names are checked once it loads), unless unknown keys
 * and field names that are not API names are its only errors.
 */
function notCheckedAgainstOrg(
  org: OrgCheckOutcome,
  errors: readonly ScenarioError[],
  orgCheckOnly: readonly Scenario[],
): string {
  const files = new Set(errors.map((error) => error.file));
  for (const scenario of orgCheckOnly) files.delete(scenario.location.file);
  if (!org.ran || files.size === 0) return '';
  return ` Not checked against the org: ${plural(files.size, 'file')} with the errors above; validate again once they are fixed.`;
}

/** The names checked against the org; a signal meanwhile logs the admin's API session out before it exits. */
async function checkAgainstOrg(
  checked: Parameters<typeof import('../org-names/check-org').checkNamesAgainstOrg>[0],
  env: NodeJS.ProcessEnv,
): Promise<OrgCheckOutcome> {
  // Loaded only here: checking files offline needs neither the emulator nor an API client.
  const { checkNamesAgainstOrg } =
    require('../org-names/check-org') as typeof import('../org-names/check-org');
  const { endSessionOnSignal } =
    require('./end-session-on-signal') as typeof import('./end-session-on-signal');
  const onSignal = endSessionOnSignal('validate');
  try {
    return await checkNamesAgainstOrg(checked, env, onSignal.signingIn);
  } finally {
    onSignal.release();
  }
}
