import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OrgConnection } from '../../fixtures/org-connection';
import { SESSION_RENEWAL } from '../../fixtures/session-renewal';
import { logOutApiSession } from '../handed-session';

export interface SessionRenewal {
  /** The variable that tells the workers where to ask. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/**
 * Renews the admin's API session for the run's workers when Salesforce ends it mid-run: the run signs the
 * admin in again (JWT or password, which stay in this process) and answers the new session to whoever presents
 * the run's secret. Workers that present the session already replaced get the current one: one sign-in per expiry.
 * The superseded session is logged out (the org refused it, so it is most likely over already; a refusal that
 * left it alive must not leave a session no one holds any more), then `renewed` is told of the new one before any
 * worker gets it: whoever must end the run's session, should this process be killed, ends the live one.
 */
export async function serveSessionRenewal(
  session: OrgConnection,
  renewed: (previous: string) => Promise<void> = async () => undefined,
): Promise<SessionRenewal | undefined> {
  const signIn = session.renew;
  if (!signIn) return undefined;
  const renew = async (previous: string) => {
    const current = await signIn();
    // A sign-in that answered the very session it replaces (unconfirmed whether Salesforce does) must not end it.
    // A borrowed session (a Salesforce CLI org's) stays its owner's to end.
    if (current !== previous && session.auth !== 'access-token') {
      await logOutApiSession(session.auth, previous, session.instanceUrl, session.apiVersion);
    }
    await renewed(previous);
    return current;
  };
  const secret = randomBytes(24).toString('hex');
  let renewing: Promise<string> | undefined;
  const server = createServer((request, response) => {
    const answer = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== `/${secret}`) {
      answer(404, { message: 'not found' });
      return;
    }
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      let expired: string | undefined;
      try {
        ({ expired } = JSON.parse(body || '{}') as { expired?: string });
      } catch {
        answer(400, { message: 'expected JSON { expired }' });
        return;
      }
      const current = session.sessionId();
      if (expired === current && !renewing) {
        renewing = renew(current).finally(() => {
          renewing = undefined;
        });
      }
      const renewed = expired === current && renewing ? renewing : Promise.resolve(current);
      renewed.then(
        (accessToken) => answer(200, { accessToken }),
        (error: Error) => answer(502, { message: error.message }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Never what keeps the CLI alive: it is closed when the run's session ends.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    env: { [SESSION_RENEWAL]: `http://127.0.0.1:${port}/${secret}` },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
