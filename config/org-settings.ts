import { readFileSync } from 'node:fs';

/**
 * Which org a run talks to. With no SF_USERNAME the embedded emulator is started (runner/global-setup.ts)
 * and fills in the same variables, so everything downstream treats it as just another org.
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
  apiVersion: string;
}

export const DEFAULT_API_VERSION = '62.0';

export function wantsEmulator(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.SF_USERNAME;
}

export function orgSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OrgSettings {
  const loginUrl = (env.SF_LOGIN_URL || 'https://test.salesforce.com').replace(/\/+$/, '');
  const privateKey = jwtPrivateKey(env);
  const required = privateKey ? ['SF_USERNAME', 'SF_CLIENT_ID'] : ['SF_USERNAME', 'SF_PASSWORD'];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Set ${missing.join(' and ')} in .env (see .env.example)` +
        (privateKey ? ' for the JWT bearer flow' : '') +
        ', or leave SF_USERNAME empty to use the emulator.',
    );
  }
  if (!privateKey && Boolean(env.SF_CLIENT_ID) !== Boolean(env.SF_CLIENT_SECRET)) {
    throw new Error('Set both SF_CLIENT_ID and SF_CLIENT_SECRET (OAuth username-password flow), or neither.');
  }
  return {
    loginUrl,
    username: env.SF_USERNAME as string,
    password: env.SF_PASSWORD || undefined,
    clientId: env.SF_CLIENT_ID || undefined,
    clientSecret: env.SF_CLIENT_SECRET || undefined,
    // aud: the login URL, as login.salesforce.com, test.salesforce.com and My Domain URLs all are valid audiences
    // (a My Domain the only one some apps accept since Spring '26: simstudioai/sim#6508); SF_JWT_AUDIENCE overrides.
    jwt: privateKey ? { privateKey, audience: env.SF_JWT_AUDIENCE || new URL(loginUrl).origin } : undefined,
    apiVersion: env.SF_API_VERSION || DEFAULT_API_VERSION,
  };
}

/** SF_JWT_KEY (the PEM itself, as CI secrets hold it; "\n" escapes allowed) or SF_JWT_KEY_FILE (a path). */
function jwtPrivateKey(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SF_JWT_KEY) return env.SF_JWT_KEY.replace(/\\n/g, '\n');
  if (!env.SF_JWT_KEY_FILE) return undefined;
  try {
    return readFileSync(env.SF_JWT_KEY_FILE, 'utf8');
  } catch (error) {
    throw new Error(
      `SF_JWT_KEY_FILE=${env.SF_JWT_KEY_FILE} cannot be read (${(error as NodeJS.ErrnoException).code}). ` +
        "Point it at the connected app's private key (PEM), or set SF_JWT_KEY to the key itself.",
    );
  }
}
