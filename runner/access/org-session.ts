import { type OrgSettings, orgSettingsFromEnv, wantsEmulator } from '../../config/org-settings';
import { startEmulator } from '../../emulator';
import type { OrgConnection } from '../../fixtures/org-connection';
import { type SigningIn, signIn } from '../doctor/signing-in';
import { embeddedOrgDefinition } from '../embedded-emulator';

export interface AccessSession {
  org: OrgConnection;
  /** "org emulator Acme Demo at http://…" or the instance URL. */
  label: string;
  close(): Promise<void>;
}

/**
 * The admin's API session for an access command: the org of .env, or the embedded emulator (PERSONA_UX_ORG
 * picks its definition) when no org is configured. No browser is involved.
 */
export async function openAccessSession(
  env: NodeJS.ProcessEnv,
  signingIn?: SigningIn,
): Promise<AccessSession> {
  if (wantsEmulator(env)) {
    const emulator = await startEmulator({ org: embeddedOrgDefinition(env) });
    try {
      const org = await signIn(
        {
          loginUrl: emulator.url,
          username: emulator.admin.username,
          password: emulator.admin.password,
          clientId: emulator.oauth.clientId,
          clientSecret: emulator.oauth.clientSecret,
          apiVersion: env.SF_API_VERSION || '62.0',
        } as OrgSettings,
        signingIn,
      );
      return {
        org,
        label: `org emulator ${emulator.orgName} at ${emulator.url}`,
        close: () => emulator.stop(),
      };
    } catch (error) {
      await emulator.stop();
      throw error;
    }
  }
  const settings = orgSettingsFromEnv(env);
  const org = await signIn(settings, signingIn);
  // Only a session this command opened is ended; an existing access token belongs to someone else.
  const opened = Boolean((settings as { password?: string }).password || settings.jwt);
  return {
    org,
    label: org.instanceUrl,
    close: async () => {
      if (opened) await org.conn.logout().catch(() => undefined);
    },
  };
}
