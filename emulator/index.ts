import path from 'node:path';
import { createEmulatorApp } from './app';
import type { LatencyProfileName } from './latency';
import { emulatorAdmin } from './model/org-admin';
import type { SessionType } from './model/sessions';
import type { ShadowMode } from './org/profile-names';
import type { OrgDefinition } from './org/schema';
import { loadOrgDefinition } from './org-loading/load';
import { listen } from './server';

export type { EmulatorApp } from './app';
export type { OrgState } from './model/org-state';
export type { OrgDefinition } from './org/schema';
export { type KeptDefinitions, loadKeptOrgDefinition } from './org-loading/kept-definitions';
export { OrgDefinitionError, type OrgDefinitionProblem, parseOrgDefinition } from './org-loading/load';
export { createEmulatorApp, loadOrgDefinition };

export const DEFAULT_ORG_FILE = path.join(__dirname, 'orgs', 'demo.yaml');

export interface EmulatorOptions {
  /** Org definition YAML; default emulator/orgs/demo.yaml. */
  orgFile?: string;
  /** An already loaded definition (tests change settings this way); wins over orgFile. */
  org?: OrgDefinition;
  /** 0 = a free port. */
  port?: number;
  /** Latency profile: none (default), lightning or jitter (emulator/latency.ts). */
  latency?: LatencyProfileName;
  /** native (default) or synthetic: LWC's synthetic shadow, the component tree flattened into light DOM. */
  shadowMode?: ShadowMode;
}

export interface RunningEmulator {
  /** Serves the login URL, the instance URL and the UI alike, e.g. http://127.0.0.1:43127. */
  url: string;
  orgId: string;
  orgName: string;
  admin: { username: string; password: string };
  oauth: { clientId: string; clientSecret: string };
  /** Every access token / session id issued so far (tests scan reports/ for them). */
  issuedSecrets(): string[];
  /** The sessions still live (not logged out, revoked or timed out): token, kind and user. */
  liveSessions(): Array<{ token: string; type: SessionType; username: string }>;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const org = options.org ?? loadOrgDefinition(options.orgFile ?? DEFAULT_ORG_FILE);
  const { app, state } = createEmulatorApp(org, {
    latency: options.latency,
    shadowMode: options.shadowMode,
  });
  const admin = emulatorAdmin(state);
  const server = await listen(app, options.port ?? 0);
  return {
    url: server.url,
    orgId: state.orgId,
    orgName: org.org.name,
    admin: { username: admin.username, password: state.passwords.get(admin.id) as string },
    oauth: { clientId: org.connectedApp.clientId, clientSecret: org.connectedApp.clientSecret },
    issuedSecrets: () => state.sessions.issuedSecrets(),
    liveSessions: () =>
      state.sessions.live().map((session) => ({
        token: session.id,
        type: session.type,
        username: String(state.store.get('User', session.userId)?.Username ?? session.userId),
      })),
    stop: () => server.close(),
  };
}
