import { Connection } from 'jsforce';
import {
  DEFAULT_ORG_FILE,
  loadOrgDefinition,
  type OrgDefinition,
  type RunningEmulator,
} from '../../emulator';

export const API_VERSION = '62.0';
export const DEMO_PASSWORD = 'persona-ux-demo-1';
export const SDR = { username: 'sam.sdr@acme-demo.example', name: 'Sam Rivera' };
export const AE = { username: 'ava.ae@acme-demo.example', name: 'Ava Chen' };

/** The demo org, optionally changed (settings toggles for the Login-As policy tests). */
export function demoOrg(change?: (org: OrgDefinition) => void): OrgDefinition {
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  change?.(org);
  return org;
}

/** A jsforce connection signed in with the OAuth username-password flow. */
export async function oauthConnection(
  emulator: RunningEmulator,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Connection> {
  const oauth2 = {
    loginUrl: emulator.url,
    clientId: emulator.oauth.clientId,
    clientSecret: emulator.oauth.clientSecret,
  };
  const conn = new Connection({ loginUrl: emulator.url, version: API_VERSION, oauth2 });
  await conn.login(username, password);
  return conn;
}

/** The error jsforce throws, for asserting on its errorCode. */
export async function failure(promise: PromiseLike<unknown>): Promise<Error & { errorCode?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { errorCode?: string };
  }
  throw new Error('expected the call to fail');
}
