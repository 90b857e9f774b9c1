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

/** A run through a proxy holding `hold` until `releasedBy`: it passes; whether `releasedBy` came while held. */
async function passingRun(
  hold: (request: IncomingMessage) => boolean,
  releasedBy: (request: IncomingMessage) => boolean,
): Promise<boolean> {
  const proxy = await holding(hold, releasedBy);
  try {
    const { code, output } = await run(proxy.url);
    expect(code, output).toBe(0);
    return proxy.releasedWhileHeld();
  } finally {
    await proxy.close();
  }
}

/**
 * A run through a proxy that holds `hold` until `releasedBy`, then answers it with the org's `refusal`: it fails,
 * and its one Login-As is ended and recorded so. Returns its output on one line.
 */
async function refusedRun(
  hold: (request: IncomingMessage) => boolean,
  releasedBy: (request: IncomingMessage) => boolean,
  refusal: { errorCode: string; message: string },
): Promise<string> {
  const proxy = await holding(hold, releasedBy, [{ ...refusal, fields: [] }]);
  const reports = tempDir('reports');
  try {
    const { code, output } = await run(proxy.url, reports);
    expect(code, output).toBe(1);
    expect(proxy.releasedWhileHeld(), 'the browser waited for the held request').toBe(true);
    const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
    expect(ends, output).toHaveLength(1);
    expect(ends[0], JSON.stringify(ends[0])).toMatchObject({ loggedOut: true });
    expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 1, logouts: 1 });
    return output.replace(/\s+/g, ' ');
  } finally {
    await proxy.close();
  }
}

test('the persona is logged in while the admin creates the test data, and logged out while it is deleted', async () => {
  expect(await passingRun(leadInsert, loginClick), 'the Login click waited for the test data').toBe(true);
  expect(
    await passingRun(leadDeletion, logOutAs),
    '"Log out as" waited for the test data to be deleted',
  ).toBe(true);
  expect(await orgLoginAsRecords(emulator)).toEqual({ logins: 2, logouts: 2 });
});

test('a record the org refuses fails the run on that record, and the Login-As started meanwhile is ended', async () => {
  const words = await refusedRun(leadInsert, loginClick, {
    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    message: 'Leads need a phone number',
  });
  expect(words).toContain('Leads need a phone number');
  expect(words).toMatch(/data "lead"/);
  expect(words).not.toMatch(/Login-As for persona/);
});

test('a record the org refuses to delete fails the run naming it, and the Login-As is still ended', async () => {
  const words = await refusedRun(leadDeletion, logOutAs, {
    errorCode: 'DELETE_FAILED',
    message: 'This lead is referenced elsewhere',
  });
  expect(words).toMatch(
    /Test data left in the org \(delete by hand\): Lead .*This lead is referenced elsewhere/,
  );
});
