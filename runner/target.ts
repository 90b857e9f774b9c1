/**
 * Which org a run talks to. With no SF_USERNAME the embedded emulator is started (runner/global-setup.ts)
 * and fills in the same variables, so everything downstream treats it as just another org.
 */
export interface OrgSettings {
  loginUrl: string;
  username: string;
  password: string;
  clientId?: string;
  clientSecret?: string;
  apiVersion: string;
}

export const DEFAULT_API_VERSION = '62.0';

export function wantsEmulator(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.SF_USERNAME;
}

export function orgSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OrgSettings {
  const missing = ['SF_USERNAME', 'SF_PASSWORD'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Set ${missing.join(' and ')} in .env (see .env.example), or leave SF_USERNAME empty to use the emulator.`,
    );
  }
  if (Boolean(env.SF_CLIENT_ID) !== Boolean(env.SF_CLIENT_SECRET)) {
    throw new Error('Set both SF_CLIENT_ID and SF_CLIENT_SECRET (OAuth username-password flow), or neither.');
  }
  return {
    loginUrl: (env.SF_LOGIN_URL || 'https://test.salesforce.com').replace(/\/+$/, ''),
    username: env.SF_USERNAME as string,
    password: env.SF_PASSWORD as string,
    clientId: env.SF_CLIENT_ID || undefined,
    clientSecret: env.SF_CLIENT_SECRET || undefined,
    apiVersion: env.SF_API_VERSION || DEFAULT_API_VERSION,
  };
}
