import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// A scenario's test data is created through the API while the browser logs in as the persona; a record the
// org refuses still fails the run on that record, and the Login-As that started meanwhile is ended.
test.describe.configure({ timeout: 180_000 });

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
/** Long enough for any Login-As to reach servlet.su; only a run that waits for its data first ever waits it out. */
const HOLD_MS = 15_000;

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

interface Watch {
  /** Whether the Login click reached servlet.su while the scenario's Lead insert was held back. */
  loginWhileInsertHeld: boolean;
}

/**
 * The emulator behind a proxy that holds the scenario's Lead insert back until the Login click reaches
 * servlet.su (or HOLD_MS pass), then lets it through or, with `refuse`, answers it as a validation rule would.
 */
async function holdingLeadInsert(target: string, refuse: boolean) {
  const watch: Watch = { loginWhileInsertHeld: false };
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
      if (url.startsWith('/servlet/servlet.su') && held) {
        watch.loginWhileInsertHeld = true;
        held();
      }
      if (request.method !== 'POST' || !/\/sobjects\/Lead\/?$/.test(url)) {
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
        response.end(
          JSON.stringify([
            {
              message: 'Leads need a phone number',
              errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
              fields: [],
            },
          ]),
        );
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

async function orgLoginAsRecords(): Promise<{ logins: number; logouts: number }> {
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const count = async (action: string) =>
    (await conn.query(`SELECT Id FROM SetupAuditTrail WHERE Action = '${action}'`)).totalSize;
  return { logins: await count('suOrgAdminLogin'), logouts: await count('suOrgAdminLogout') };
}

test('the persona is logged in while the admin creates the test data, and the steps see the data', async () => {
  const proxy = await holdingLeadInsert(emulator.url, false);
  try {
    const { code, output } = await runCli(['run', SCENARIO, '--timeout', '90'], {
      env: {
        ...emulatorOrgEnv(emulator),
        SF_LOGIN_URL: proxy.url,
        PERSONA_UX_REPORTS_DIR: tempDir('reports'),
      },
    });
    expect(code, output).toBe(0);
    expect(proxy.watch.loginWhileInsertHeld, 'the Login click waited for the test data').toBe(true);
  } finally {
    await proxy.close();
  }
});

test('a record the org refuses fails the run on that record, and the Login-As started meanwhile is ended', async () => {
  const proxy = await holdingLeadInsert(emulator.url, true);
  const reports = tempDir('reports');
  try {
    const { code, output } = await runCli(['run', SCENARIO, '--timeout', '90'], {
      env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url, PERSONA_UX_REPORTS_DIR: reports },
    });
    expect(code, output).toBe(1);
    const words = output.replace(/\s+/g, ' ');
    expect(words).toContain('Leads need a phone number');
    expect(words).toMatch(/data "lead"/);
    expect(words).not.toMatch(/Login-As for persona/);
    expect(proxy.watch.loginWhileInsertHeld).toBe(true);
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({ loggedOut: true });
  } finally {
    await proxy.close();
  }
  expect(await orgLoginAsRecords()).toEqual({ logins: 1, logouts: 1 });
});
