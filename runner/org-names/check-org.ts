import { orgSettingsFromEnv, wantsEmulator } from '../../config/org-settings';
import { startEmulator } from '../../emulator';
import { connectAdmin } from '../../fixtures/org-connection';
import type { Scenario } from '../model';
import { checkOrgNames, type OrgNameCheck } from './check-org-names';

export type OrgCheckOutcome = ({ ran: true; target: string } & OrgNameCheck) | { ran: false; why: string };

/**
 * The org names of `scenarios`, checked against the org a run would use: the embedded emulator when no org is
 * configured (it is started for the check and stopped after), else the org of the SF_* settings. An org that
 * cannot be reached skips the checks and says why; it is not a problem of the scenario files.
 */
export async function checkNamesAgainstOrg(
  scenarios: readonly Scenario[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<OrgCheckOutcome> {
  let stop: (() => Promise<void>) | undefined;
  try {
    let settingsEnv = env;
    let target: string;
    if (wantsEmulator(env)) {
      const emulator = await startEmulator({ orgFile: env.PERSONA_UX_ORG || undefined });
      stop = () => emulator.stop();
      settingsEnv = {
        ...env,
        SF_LOGIN_URL: emulator.url,
        SF_USERNAME: emulator.admin.username,
        SF_PASSWORD: emulator.admin.password,
        SF_CLIENT_ID: emulator.oauth.clientId,
        SF_CLIENT_SECRET: emulator.oauth.clientSecret,
      };
      target = `the org emulator (${emulator.orgName})`;
    } else {
      target = env.SF_INSTANCE_URL || env.SF_LOGIN_URL || 'the org of .env';
    }
    let org: Awaited<ReturnType<typeof connectAdmin>>;
    try {
      org = await connectAdmin(orgSettingsFromEnv(settingsEnv));
    } catch (error) {
      return { ran: false, why: `cannot sign in to ${target}: ${(error as Error).message}` };
    }
    try {
      const result = await checkOrgNames(org.conn, scenarios);
      return { ran: true, target: `${target} as ${org.admin.username}`, ...result };
    } catch (error) {
      return { ran: false, why: `reading names from ${target} failed: ${(error as Error).message}` };
    } finally {
      await org.conn.logout().catch(() => undefined);
    }
  } catch (error) {
    return { ran: false, why: (error as Error).message };
  } finally {
    await stop?.();
  }
}
