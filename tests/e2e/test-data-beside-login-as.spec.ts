import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// A scenario's test data is created through the API while the browser logs in as the persona, and deleted while
// it logs out; a record the org refuses to create or delete still fails the run naming it, and the Login-As is
// ended either way.
test.describe.configure({ timeout: 180_000 });

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
/** Long enough for any Login-As to reach the org; only a run that does one thing after the other waits it out. */
const HOLD_MS = 15_000;

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

interface Holding {
  /** The API request held back: the scenario's Lead insert or its deletion. */
  hold: (method: string, url: string) => boolean;
  /** The browser's request that lets it go: the Login click (servlet.su) or "Log out as" (logout.jsp). */
  until: (url: string) => boolean;
  /** Answer the held request with this error, as the org would, instead of passing it on. */
  refuse?: { errorCode: string; message: string };
}

/**
 * The emulator behind a proxy that holds one API request back until a browser request arrives (or HOLD_MS
 * pass), and says whether that browser request came while the API request was held.
 */
async function holding(target: string, { hold, until, refuse }: Holding) {
  const watch = { cameWhileHeld: false };
  let held: (() => void) | undefined;
  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const upstream = httpRequest(
      `${target}${request.url}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    upstream.end(body);
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = request.url ?? '';
      if (until(url) && held) {
        watch.cameWhileHeld = true;
        held();
      }
      if (!hold(request.method ?? 'GET', url)) {
        forward(request, response, body);
        return;
      }
      const release = () => {
        held = undefined;
        clearTimeout(timer);
        if (!refuse) {
          forward(request, response, body);
          return;
        }
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify([{ ...refuse, fields: [] }]));
      };
      const timer = setTimeout(release, HOLD_MS);
      held = release;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    watch,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const leadInsert = (method: string, url: string) => method === 'POST' && /\/sobjects\/Lead\/?$/.test(url);
const leadDeletion = (method: string, url: string) =>
  method === 'DELETE' && /\/sobjects\/Lead\/\w+$/.test(url);
const loginClick = (url: string) => url.startsWith('/servlet/servlet.su');
const logOutAs = (url: string) => url.startsWith('/secur/logout.jsp');

async function run(proxyUrl: string, reports = tempDir('reports')) {
  return runCli(['run', SCENARIO, '--timeout', '90'], {
    env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxyUrl, PERSONA_UX_REPORTS_DIR: reports },
  });
}

async function orgLoginAsRecords(): Promise<{ logins: number; logouts: number }> {
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const count = async (action: string) =>
    (await conn.query(`SELECT Id FROM SetupAuditTrail WHERE Action = '${action}'`)).totalSize;
  return { logins: await count('suOrgAdminLogin'), logouts: await count('suOrgAdminLogout') };
}

test('the persona is logged in while the admin creates the test data, and logged out while it is deleted', async () => {
  const creating = await holding(emulator.url, { hold: leadInsert, until: loginClick });
  try {
    const { code, output } = await run(creating.url);
    expect(code, output).toBe(0);
    expect(creating.watch.cameWhileHeld, 'the Login click waited for the test data').toBe(true);
  } finally {
    await creating.close();
  }
  const deleting = await holding(emulator.url, { hold: leadDeletion, until: logOutAs });
  try {
    const { code, output } = await run(deleting.url);
    expect(code, output).toBe(0);
    expect(deleting.watch.cameWhileHeld, '"Log out as" waited for the test data to be deleted').toBe(true);
  } finally {
    await deleting.close();
  }
  expect(await orgLoginAsRecords()).toEqual({ logins: 2, logouts: 2 });
});

test('a record the org refuses fails the run on that record, and the Login-As started meanwhile is ended', async () => {
  const proxy = await holding(emulator.url, {
    hold: leadInsert,
    until: loginClick,
    refuse: { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Leads need a phone number' },
  });
  const reports = tempDir('reports');
  try {
    const { code, output } = await run(proxy.url, reports);
    expect(code, output).toBe(1);
    const words = output.replace(/\s+/g, ' ');
    expect(words).toContain('Leads need a phone number');
    expect(words).toMatch(/data "lead"/);
    expect(words).not.toMatch(/Login-As for persona/);
    expect(proxy.watch.cameWhileHeld).toBe(true);
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({ loggedOut: true });
  } finally {
    await proxy.close();
  }
  expect(await orgLoginAsRecords()).toEqual({ logins: 1, logouts: 1 });
});

test('a record the org refuses to delete fails the run naming it, and the Login-As is still ended', async () => {
  const proxy = await holding(emulator.url, {
    hold: leadDeletion,
    until: logOutAs,
    refuse: { errorCode: 'DELETE_FAILED', message: 'This lead is referenced elsewhere' },
  });
  const reports = tempDir('reports');
  try {
    const { code, output } = await run(proxy.url, reports);
    expect(code, output).toBe(1);
    const words = output.replace(/\s+/g, ' ');
    expect(words).toMatch(
      /Test data left in the org \(delete by hand\): Lead .*This lead is referenced elsewhere/,
    );
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({ loggedOut: true });
  } finally {
    await proxy.close();
  }
  expect(await orgLoginAsRecords()).toEqual({ logins: 1, logouts: 1 });
});
