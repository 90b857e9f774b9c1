import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, orgLoginAsRecords, ROOT, readAudit, runCli, tempDir } from './cli-run';

// A Login-As Salesforce started, whose banner the page objects no longer recognise (its markup changed): the
// run fails explained, ends the session with the ordinary logout, and records it as started, not refused.
test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

/** The emulator behind a proxy whose pages show the Login-As message under another data-message-id. */
async function renamingLoginAsMessage(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const upstream = httpRequest(
      `${target}${request.url}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        if (!String(answer.headers['content-type']).startsWith('text/html')) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks)
            .toString('utf8')
            .replaceAll('loginAsSystemMessage', 'impersonationNotice');
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) };
          response.writeHead(answer.statusCode ?? 502, headers);
          response.end(body);
        });
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a started Login-As without a recognisable banner fails explained, is ended, and is recorded as started', async () => {
  const proxy = await renamingLoginAsMessage(emulator.url);
  const reports = tempDir('reports');
  try {
    const { code, output } = await runCli(
      ['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'), '--timeout', '90'],
      { env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url, PERSONA_UX_REPORTS_DIR: reports } },
    );
    expect(code, output).toBe(1);
    // The failure is wrapped at 100 characters, as every failure is.
    expect(output.replace(/\s+/g, ' ')).toMatch(
      /Login-As for persona "sdr": expected the Login-As banner naming Sam Rivera \(.+\); the page is .*\/lightning\/page\/home titled .*Why: Lightning's header shows without the Login-As message/,
    );
    expect(output).not.toMatch(/Timeout \d+ms exceeded/);
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({
      outcome: 'login-unproven',
      loggedOut: true,
      orgAuditTrail: { loginId: expect.any(String), logoutId: expect.any(String) },
    });
    expect(ends[0].orgAuditTrail).not.toHaveProperty('missing');
    expect(String(ends[0].error)).toContain('Login-As counted as started: the org recorded the Login-As');
  } finally {
    await proxy.close();
  }
  expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 1, logouts: 1 });
});
