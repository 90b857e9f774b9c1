import { readFileSync } from 'node:fs';

/**
 * Which org a run talks to. With no SF_USERNAME nor SF_ACCESS_TOKEN the embedded emulator is started (by the
 * CLI, or runner/global-setup.ts under plain `playwright test`) and fills in the same variables, so everything
 * downstream treats it as just another org.
 */
export interface OrgSettings {
  loginUrl: string;
  username: string;
  /** Username-password flows (OAuth with a connected app, else SOAP); unset with JWT. */
  password?: string;
  clientId?: string;
  clientSecret?: string;
  /** The JWT bearer flow, for CI: the connected app's private key (PEM) and the assertion's audience. */
  jwt?: { privateKey: string; audience: string };
  /** An existing session: SF_ACCESS_TOKEN + SF_INSTANCE_URL, or a Salesforce CLI org (--target-org). */
  accessToken?: { token: string; instanceUrl: string };
  apiVersion: string;
}

export type AuthMethod = 'jwt' | 'oauth-password' | 'soap' | 'access-token';

export const DEFAULT_API_VERSION = '62.0';

export function wantsEmulator(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.SF_USERNAME && !env.SF_ACCESS_TOKEN;
}

/**
 * The settings `persona-ux run` checked and signed in with, handed to its runner and workers (JSON), as it hands
 * over the scenarios it validated: they neither read the SF_* variables again nor load the schema.
 */
export const CHECKED_ORG_SETTINGS = 'PERSONA_UX_ORG_SETTINGS';

/** The org settings, or an error naming every missing or malformed variable. */
export function orgSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OrgSettings {
  const handed = env[CHECKED_ORG_SETTINGS];
  if (handed) return JSON.parse(handed) as OrgSettings;
  // The schema (zod) loads when settings are read: in a worker, not in the Playwright runner that lists tests.
  const { parseOrgEnv } = require('./org-env-schema') as typeof import('./org-env-schema');
  const { env: checked, problems } = parseOrgEnv(env);
  if (!checked) throw new Error(`Invalid org settings (.env or environment):\n  ${problems.join('\n  ')}`);
  const loginUrl = checked.SF_LOGIN_URL || 'https://test.salesforce.com';
  const apiVersion = checked.SF_API_VERSION || DEFAULT_API_VERSION;
  if (checked.SF_ACCESS_TOKEN && checked.SF_INSTANCE_URL) {
    return {
      loginUrl: checked.SF_INSTANCE_URL,
      username: checked.SF_USERNAME ?? '',
      accessToken: { token: checked.SF_ACCESS_TOKEN, instanceUrl: checked.SF_INSTANCE_URL },
      apiVersion,
    };
  }
  if (!checked.SF_USERNAME) {
    throw new Error('Set SF_USERNAME (or SF_ACCESS_TOKEN) in .env, or leave them empty to use the emulator.');
  }
  const privateKey = checked.SF_JWT_KEY
    ? checked.SF_JWT_KEY.replace(/\\n/g, '\n')
    : checked.SF_JWT_KEY_FILE && readFileSync(checked.SF_JWT_KEY_FILE, 'utf8');
  return {
    loginUrl,
    username: checked.SF_USERNAME,
    password: checked.SF_PASSWORD,
    clientId: checked.SF_CLIENT_ID,
    clientSecret: checked.SF_CLIENT_SECRET,
    // aud: the login URL, as login.salesforce.com, test.salesforce.com and My Domain URLs all are valid audiences
    // (a My Domain the only one some apps accept since Spring '26: simstudioai/sim#6508); SF_JWT_AUDIENCE overrides.
    jwt: privateKey
      ? { privateKey, audience: checked.SF_JWT_AUDIENCE || new URL(loginUrl).origin }
      : undefined,
    apiVersion,
  };
}

export function authMethod(settings: OrgSettings): AuthMethod {
  if (settings.accessToken) return 'access-token';
  if (settings.jwt) return 'jwt';
  return settings.clientId ? 'oauth-password' : 'soap';
}
