import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { connectAdmin, type OrgConnection } from '../../fixtures/org-connection';
import { SESSION_RENEWAL } from '../../fixtures/session-renewal';
import { serveSessionRenewal } from '../../runner/cli/session-renewal-server';
import { renewingThroughCli } from '../../runner/cli/target-org-renewal';
import { adminConnection } from '../e2e/cli-run';
import { salesforceCliStub } from '../e2e/salesforce-cli-stub';

// A --target-org run borrows the Salesforce CLI's session: ended mid-run, it is renewed by asking the CLI again,
// which refreshes it; a CLI that cannot refresh it answers the ended one, and the failure says what to do.
let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

/** A stand-in for sf whose org "uat" is the emulator's admin, with the session `holds` gives it. */
function stubCli(): { env: NodeJS.ProcessEnv; holds(token: string): void } {
  const stub = salesforceCliStub(emulator.url, emulator.admin.username);
  return { env: { PATH: process.env.PATH, ...stub.env }, holds: stub.holds };
}

/** The run's session as `persona-ux run --target-org uat` opens it: the CLI's token, borrowed. */
async function cliOrgSession(token: string): Promise<OrgConnection> {
  return connectAdmin({
    loginUrl: emulator.url,
    username: emulator.admin.username,
    accessToken: { token, instanceUrl: emulator.url },
    apiVersion: '62.0',
  });
}

/** A worker of the run, handed the session and where to ask for it renewed. */
async function worker(session: OrgConnection, renewal: NodeJS.ProcessEnv): Promise<OrgConnection> {
  process.env[SESSION_RENEWAL] = renewal[SESSION_RENEWAL];
  try {
    return await connectAdmin(
      {
        loginUrl: session.instanceUrl,
        username: session.admin.username,
        accessToken: { token: session.sessionId(), instanceUrl: session.instanceUrl },
        apiVersion: session.apiVersion,
      },
      { orgId: session.orgId, admin: session.admin, facts: {} as never },
    );
  } finally {
    delete process.env[SESSION_RENEWAL];
  }
}

async function endInOrg(token: string): Promise<void> {
  const response = await fetch(`${emulator.url}/services/oauth2/revoke`, {
    method: 'POST',
    body: new URLSearchParams({ token }),
  });
  expect(response.ok).toBe(true);
}

const countUsers = (org: OrgConnection) => org.conn.query('SELECT Id FROM User').then((r) => r.totalSize);

test('a Salesforce CLI session ended mid-run: the workers go on with the session the CLI refreshed, which stays the CLI’s', async () => {
  const sf = stubCli();
  const first = (await adminConnection(emulator)).sessionId();
  sf.holds(first);
  const session = renewingThroughCli(await cliOrgSession(first), 'uat', sf.env);
  const renewal = await serveSessionRenewal(session);
  expect(renewal, 'a Salesforce CLI org is renewed through the CLI').toBeDefined();
  try {
    const running = await worker(session, renewal?.env ?? {});
    await endInOrg(first);
    // What the CLI's refresh gets from Salesforce: a new session of the admin.
    const refreshed = (await adminConnection(emulator)).sessionId();
    sf.holds(refreshed);
    expect(await countUsers(running)).toBeGreaterThan(1);
    expect(running.sessionId()).toBe(refreshed);
    expect(session.sessionId()).toBe(refreshed);
  } finally {
    await renewal?.close();
  }
  expect(
    emulator.liveSessions().map((s) => s.token),
    'the refreshed session is the CLI’s: the run does not end it',
  ).toContain(session.sessionId());
});

test('a Salesforce CLI that cannot refresh the ended session: the failure says so and what to do', async () => {
  const sf = stubCli();
  const first = (await adminConnection(emulator)).sessionId();
  sf.holds(first);
  const session = renewingThroughCli(await cliOrgSession(first), 'uat', sf.env);
  const renewal = await serveSessionRenewal(session);
  try {
    const running = await worker(session, renewal?.env ?? {});
    await endInOrg(first);
    // Its refresh failed: sf warns and answers the token its auth file still holds.
    const error = await countUsers(running).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("the admin's API session expired or was ended mid-run (INVALID_SESSION_ID)");
    expect(message).toContain(
      'the Salesforce CLI could not refresh the session of org "uat": sf org auth show-access-token answered the session Salesforce ended',
    );
    expect(message).toContain('sf org login web --alias uat');
  } finally {
    await renewal?.close();
  }
});
