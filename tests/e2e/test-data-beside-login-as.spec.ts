import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, orgLoginAsRecords, ROOT, readAudit, runCli, tempDir } from './cli-run';
import { holdingProxy } from './holding-proxy';

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

/**
 * The emulator behind a proxy that holds one API request back until a browser request comes (or HOLD_MS pass),
 * then forwards it, or with `refuse` answers it as the org refusing it would.
 */
async function holding(
  hold: (request: IncomingMessage) => boolean,
  releasedBy: (request: IncomingMessage) => boolean,
  refuse?: unknown,
) {
  const proxy = await holdingProxy(emulator.url, hold, { releasedBy, refuse });
  void proxy.reached.then(() => setTimeout(proxy.release, HOLD_MS));
  return proxy;
}

const leadInsert = ({ method, url = '' }: IncomingMessage) =>
  method === 'POST' && /\/sobjects\/Lead\/?$/.test(url);
const leadDeletion = ({ method, url = '' }: IncomingMessage) =>
  method === 'DELETE' && /\/sobjects\/Lead\/\w+$/.test(url);
const loginClick = ({ url = '' }: IncomingMessage) => url.startsWith('/servlet/servlet.su');
const logOutAs = ({ url = '' }: IncomingMessage) => url.startsWith('/secur/logout.jsp');

async function run(proxyUrl: string, reports = tempDir('reports')) {
  return runCli(['run', SCENARIO, '--timeout', '90'], {
    env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxyUrl, PERSONA_UX_REPORTS_DIR: reports },
  });
}

test('the persona is logged in while the admin creates the test data, and logged out while it is deleted', async () => {
  const creating = await holding(leadInsert, loginClick);
  try {
    const { code, output } = await run(creating.url);
    expect(code, output).toBe(0);
    expect(creating.releasedWhileHeld(), 'the Login click waited for the test data').toBe(true);
  } finally {
    await creating.close();
  }
  const deleting = await holding(leadDeletion, logOutAs);
  try {
    const { code, output } = await run(deleting.url);
    expect(code, output).toBe(0);
    expect(deleting.releasedWhileHeld(), '"Log out as" waited for the test data to be deleted').toBe(true);
  } finally {
    await deleting.close();
  }
  expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 2, logouts: 2 });
});

test('a record the org refuses fails the run on that record, and the Login-As started meanwhile is ended', async () => {
  const proxy = await holding(leadInsert, loginClick, [
    { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Leads need a phone number', fields: [] },
  ]);
  const reports = tempDir('reports');
  try {
    const { code, output } = await run(proxy.url, reports);
    expect(code, output).toBe(1);
    const words = output.replace(/\s+/g, ' ');
    expect(words).toContain('Leads need a phone number');
    expect(words).toMatch(/data "lead"/);
    expect(words).not.toMatch(/Login-As for persona/);
    expect(proxy.releasedWhileHeld()).toBe(true);
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({ loggedOut: true });
  } finally {
    await proxy.close();
  }
  expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 1, logouts: 1 });
});

test('a record the org refuses to delete fails the run naming it, and the Login-As is still ended', async () => {
  const proxy = await holding(leadDeletion, logOutAs, [
    { errorCode: 'DELETE_FAILED', message: 'This lead is referenced elsewhere', fields: [] },
  ]);
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
  expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 1, logouts: 1 });
});
