import { existsSync } from 'node:fs';
import { loadedDotEnv } from '../../config/dotenv';
import { parseOrgEnv } from '../../config/org-env-schema';
import { wantsEmulator } from '../../config/org-settings';
import type { PersonaDeclaration } from '../../fixtures/persona-contract';
import { auditLogCheck } from '../doctor/audit-log-check';
import { type Check, fail, failed, warn } from '../doctor/check';
import { endAdminSession } from '../doctor/end-admin-session';
import { formatChecks } from '../doctor/format';
import { loginRestrictionChecks } from '../doctor/login-restrictions';
import { personaChecks } from '../doctor/persona-checks';
import { preflight } from '../doctor/preflight';
import { describeTarget } from '../doctor/target';
import { startEmbeddedEmulator } from '../embedded-emulator';
import { formatErrors, loadScenarios } from '../loader';
import { parse } from './args';
import { endSessionOnSignal } from './end-session-on-signal';
import { resolveInputs } from './inputs';
import { useTargetOrg } from './org-env';
import { unknownEnvVariables } from './unknown-env-variables';

/**
 * `persona-ux doctor`: every check a run depends on, each failing one explained with its fix. A table, or
 * --json; exit 3 when a check fails, 2 for unusable settings or scenario files.
 */
export async function doctorCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    'target-org': { type: 'string' },
    'allow-production': { type: 'string' },
  });
  const inputs = resolveInputs(positionals);
  // A project not yet written (no scenarios/ where doctor runs, none named) still has its org checked.
  const noScenarios = positionals.length === 0 && !existsSync(inputs[0]);
  const { scenarios, errors } = noScenarios ? { scenarios: [], errors: [] } : loadScenarios(inputs);
  if (errors.length > 0) {
    console.error(`${formatErrors(errors)}\n\n${errors.length} problem(s) in the scenario files.`);
    return 2;
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  const cliProblem = await useTargetOrg(env, values['target-org']);
  const unknownNames = unknownEnvVariables(loadedDotEnv());
  const settingsProblems = cliProblem ? [cliProblem] : parseOrgEnv(env).problems;
  const problems = [...unknownNames, ...settingsProblems];
  const checks: Check[] = [
    ...unknownNames.map((problem) =>
      fail('settings', problem, 'Rename the variable in .env as it says, or remove it (see .env.example).'),
    ),
    ...settingsProblems.map((problem) =>
      fail(
        'settings',
        problem,
        cliProblem
          ? `Fix the Salesforce CLI org "${values['target-org']}" as it says, then run doctor again.`
          : 'Fix the variable in .env or the environment (see .env.example).',
      ),
    ),
  ];
  let target = 'none: the org settings are not usable';
  if (problems.length === 0) {
    const emulator = wantsEmulator(env) ? await startEmbeddedEmulator(env) : undefined;
    let signedIn: Awaited<ReturnType<typeof preflight>>['org'];
    const onSignal = endSessionOnSignal('doctor');
    try {
      if (emulator) Object.assign(env, emulator.env);
      const result = await preflight(env, values['allow-production'], { signingIn: onSignal.signingIn });
      signedIn = result.org;
      target = describeTarget(
        env,
        result.org && result.facts ? { facts: result.facts, instanceUrl: result.org.instanceUrl } : undefined,
      );
      checks.push(...result.checks);
      if (result.org && result.guard?.allowed) {
        const personas = new Map<string, PersonaDeclaration>();
        // Every persona a scenario logs in as, `as:` steps included.
        for (const scenario of scenarios) {
          for (const persona of scenario.personas ?? [scenario.persona]) personas.set(persona.name, persona);
        }
        const personaResults = await personaChecks(result.org, [...personas.values()]);
        checks.push(...personaResults.checks);
        checks.push(...(await loginRestrictionChecks(result.org, personaResults.users)));
      }
    } finally {
      // Whatever a persona check throws, the admin's API session is ended before the org goes away.
      await endAdminSession(signedIn);
      onSignal.release();
      await emulator?.stop();
    }
    checks.push(await auditLogCheck(env));
  }
  if (noScenarios) {
    checks.push(
      warn(
        'personas',
        `no scenarios/ in ${process.cwd()}: the org was checked, no persona`,
        'Name the scenario files or folders whose personas to check: persona-ux doctor path/to/scenarios',
      ),
    );
  }
  const failing = failed(checks);
  if (values.json) {
    console.log(JSON.stringify({ ok: failing.length === 0, target, checks }, null, 2));
  } else {
    console.log(`target: ${target}\n${formatChecks(checks)}`);
    console.log(
      failing.length === 0
        ? `persona-ux doctor: ${checks.length} check(s), none failed.`
        : `persona-ux doctor: ${failing.length} of ${checks.length} check(s) failed; each says how to fix it.`,
    );
  }
  if (problems.length > 0) return 2;
  return failing.length > 0 ? 3 : 0;
}
