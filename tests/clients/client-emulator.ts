import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:https';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { generate } from 'selfsigned';
import { createEmulatorApp, type OrgDefinition } from '../../emulator';
import { hasPermission } from '../../emulator/model/access';
import { listen } from '../../emulator/server';

export interface ClientEmulator {
  url: string;
  admin: { username: string; password: string };
  oauth: { clientId: string; clientSecret: string };
  /** The certificate to trust when the emulator speaks https; undefined over plain http. */
  caFile?: string;
  /** A request answered in-process, as if sent to `url` (no certificate to trust here). */
  request(pathname: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The emulator the clients talk to. The sf CLI turns an sfdx-auth-url into `https://{host}` and drops any port
 * (sfdx-core AuthInfo.parseSfdxAuthUrl), so the emulator is served over https on 127.0.0.1:443 with a
 * certificate made for the run when that port can be bound (as root, as CI runs); otherwise over plain http on
 * a free port, where every command but the sfdx-auth-url login can still work.
 */
export async function startClientEmulator(org: OrgDefinition, workDir: string): Promise<ClientEmulator> {
  const { app, state } = createEmulatorApp(org);
  const admin = state
    .users()
    .find((user) => user.active && hasPermission(user, 'ModifyAllData') && state.passwords.has(user.id));
  if (!admin) throw new Error('The org definition needs an active administrator with a password.');
  const base = {
    admin: { username: admin.username, password: state.passwords.get(admin.id) as string },
    oauth: { clientId: org.connectedApp.clientId, clientSecret: org.connectedApp.clientSecret },
  };
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const secure = await new Promise<Server | undefined>((resolve) => {
    const server = serve(
      {
        fetch: app.fetch,
        hostname: '127.0.0.1',
        port: 443,
        createServer,
        serverOptions: { key: pems.private, cert: pems.cert },
      },
      () => resolve(server as Server),
    ) as Server;
    server.once('error', () => resolve(undefined));
  });
  if (!secure) {
    const plain = await listen(app, 0);
    return {
      ...base,
      url: plain.url,
      request: async (pathname, init) => app.request(`${plain.url}${pathname}`, init),
      stop: () => plain.close(),
    };
  }
  const caFile = path.join(workDir, 'emulator-ca.pem');
  writeFileSync(caFile, pems.cert);
  const url = 'https://127.0.0.1';
  return {
    ...base,
    url,
    caFile,
    request: async (pathname, init) => app.request(`${url}${pathname}`, init),
    stop: () =>
      new Promise<void>((done) => {
        secure.close(() => done());
        secure.closeAllConnections?.();
      }),
  };
}
