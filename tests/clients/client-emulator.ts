import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { generate } from 'selfsigned';
import { createEmulatorApp, type OrgDefinition } from '../../emulator';
import { hasPermission } from '../../emulator/model/access';

export interface ClientEmulator {
  url: string;
  admin: { username: string; password: string };
  oauth: { clientId: string; clientSecret: string };
  /** The certificate the clients are told to trust (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE). */
  caFile: string;
  /** A request answered in-process, as if sent to `url` (no certificate to trust here). */
  request(pathname: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The emulator the clients talk to, over https on 127.0.0.1 at a free port, with a certificate made for the
 * run. https because the sf CLI turns an sfdx-auth-url's host into `https://{host}`; the host may carry a port
 * (@salesforce/core 9.4 AuthInfo.parseSfdxAuthUrl matches the host with /[a-zA-Z0-9:._-]+/), so no privileged
 * port is needed.
 */
export async function startClientEmulator(org: OrgDefinition, workDir: string): Promise<ClientEmulator> {
  const { app, state } = createEmulatorApp(org);
  const admin = state
    .users()
    .find((user) => user.active && hasPermission(user, 'ModifyAllData') && state.passwords.has(user.id));
  if (!admin) throw new Error('The org definition needs an active administrator with a password.');
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve(
      {
        fetch: app.fetch,
        hostname: '127.0.0.1',
        port: 0,
        createServer,
        serverOptions: { key: pems.private, cert: pems.cert },
      },
      () => resolve(listening),
    ) as Server;
    listening.once('error', reject);
  });
  const caFile = path.join(workDir, 'emulator-ca.pem');
  writeFileSync(caFile, pems.cert);
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    admin: { username: admin.username, password: state.passwords.get(admin.id) as string },
    oauth: { clientId: org.connectedApp.clientId, clientSecret: org.connectedApp.clientSecret },
    url,
    caFile,
    request: async (pathname, init) => app.request(`${url}${pathname}`, init),
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections?.();
      }),
  };
}
