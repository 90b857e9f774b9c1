import { orgSettingsFromEnv, wantsEmulator } from '../../config/org-settings';
import type { OrgConnection } from '../../fixtures/org-connection';
import { endAdminSession } from '../doctor/end-admin-session';
import { signIn } from '../doctor/signing-in';
import { startEmbeddedEmulator } from '../embedded-emulator';
import { endSessionOnSignal } from './end-session-on-signal';
import { prepareOrgEnv } from './org-env';

/**
 * Signs the admin in to the configured org (or the embedded emulator) for a command that only reads it, and
 * ends the session afterwards. Unusable settings: exit 2; a refused sign-in: exit 3.
 */
export async function withOrg(
  command: string,
  targetOrg: string | undefined,
  use: (org: OrgConnection) => Promise<number>,
): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  const problems = await prepareOrgEnv(env, targetOrg);
  if (problems.length > 0) {
    console.error(`persona-ux ${command}: the org settings are not usable:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const emulator = wantsEmulator(env) ? await startEmbeddedEmulator(env) : undefined;
  try {
    if (emulator) Object.assign(env, emulator.env);
    let org: OrgConnection;
    const onSignal = endSessionOnSignal(command);
    try {
      try {
        org = await signIn(orgSettingsFromEnv(env), onSignal.signingIn);
      } catch (error) {
        console.error(`persona-ux ${command}: ${(error as Error).message}`);
        return 3;
      }
      try {
        return await use(org);
      } finally {
        await endAdminSession(org);
      }
    } finally {
      onSignal.release();
    }
  } finally {
    await emulator?.stop();
  }
}
