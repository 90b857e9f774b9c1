import { orgSettingsFromEnv, wantsEmulator } from '../../config/org-settings';
import type { OrgDefinitionError } from '../../emulator/org-loading/load';
import { connectAdmin } from '../../fixtures/org-connection';
import { endAdminSession } from '../doctor/end-admin-session';
import { type SigningIn, signIn } from '../doctor/signing-in';
import { formatErrors } from '../loading/format-errors';
import type { Scenario } from '../model';
import { didYouMean } from '../schema/wording';
import { checkOrgNames, type OrgNameCheck } from './check-org-names';

export type OrgCheckOutcome =
  | ({ ran: true; target: string } & OrgNameCheck)
  /** `settings`: the settings themselves are wrong (an org definition that does not load), not the org out of reach. */
  | { ran: false; why: string; settings?: true };

/**
 * The org names of `scenarios`, checked against the org a run would use: the embedded emulator when no org is
 * configured (it is started for the check and stopped after), else the org of the SF_* settings. An org that
 * cannot be reached skips the checks and says why; it is not a problem of the scenario files.
 */
export async function checkNamesAgainstOrg(
  scenarios: readonly Scenario[],
  env: NodeJS.ProcessEnv = process.env,
  signingIn?: SigningIn,
): Promise<OrgCheckOutcome> {
  let stop: (() => Promise<void>) | undefined;
  try {
    let settingsEnv = env;
    let target: string;
    if (wantsEmulator(env)) {
      // Loaded only when the check needs it: a sandbox run never pays for the emulator's modules.
      const { startEmulator } = require('../../emulator') as typeof import('../../emulator');
      const { embeddedOrgDefinition, emulatorSignIn } =
        require('../embedded-emulator') as typeof import('../embedded-emulator');
      const emulator = await startEmulator({ org: embeddedOrgDefinition(env) });
      stop = () => emulator.stop();
      settingsEnv = { ...env, ...emulatorSignIn(emulator) };
      target = `the org emulator (${emulator.orgName})`;
    } else {
      target = env.SF_INSTANCE_URL || env.SF_LOGIN_URL || 'the org of .env';
    }
    let org: Awaited<ReturnType<typeof connectAdmin>>;
    try {
      org = await signIn(orgSettingsFromEnv(settingsEnv), signingIn);
    } catch (error) {
      return { ran: false, why: `cannot sign in to ${target}: ${(error as Error).message}` };
    }
    try {
      const result = await checkOrgNames(org.conn, scenarios);
      return { ran: true, target: `${target} as ${org.admin.username}`, ...result };
    } catch (error) {
      return { ran: false, why: `reading names from ${target} failed: ${(error as Error).message}` };
    } finally {
      await endAdminSession(org);
    }
  } catch (error) {
    if ((error as Error).name === 'OrgDefinitionError')
      return { ran: false, why: (error as OrgDefinitionError).report(didYouMean), settings: true };
    return { ran: false, why: (error as Error).message };
  } finally {
    await stop?.();
  }
}

/**
 * For `run`, once the org is up and signed in to (preflight): the names the scenarios use, checked before any
 * browser starts. Returns the report that stops the run (exit 2), or undefined when every name exists. An org
 * that cannot be read here is left to the run to report.
 */
export async function unknownNamesReport(
  scenarios: readonly Scenario[],
  env: NodeJS.ProcessEnv,
  /** The preflight's connection, used (and left open) instead of signing in again. */
  preflightOrg?: Awaited<ReturnType<typeof connectAdmin>>,
): Promise<string | undefined> {
  let org: Awaited<ReturnType<typeof connectAdmin>>;
  try {
    org = preflightOrg ?? (await connectAdmin(orgSettingsFromEnv(env)));
  } catch {
    return undefined;
  }
  try {
    const { problems } = await checkOrgNames(org.conn, scenarios);
    if (problems.length === 0) return undefined;
    const files = new Set(problems.map((problem) => problem.file)).size;
    return (
      `${formatErrors(problems)}\n\n${problems.length} name(s) in ${files} file(s) do not match the org. ` +
      'No browser was started and nobody was impersonated.'
    );
  } catch (error) {
    console.warn(
      `persona-ux: the scenarios' names could not be checked against the org: ${(error as Error).message}`,
    );
    return undefined;
  } finally {
    if (!preflightOrg) await org.conn.logout().catch(() => undefined);
  }
}
