import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from './forward-request';

/** The Organization query (the production guard's read, made right after the admin signs in). */
export const organizationQuery = (request: IncomingMessage) =>
  /FROM\+?\s*Organization/i.test(decodeURIComponent(request.url ?? '').replace(/\+/g, ' '));

/** The OAuth token request: the admin's sign-in (username-password flow). */
export const tokenRequest = (request: IncomingMessage) =>
  Boolean(request.url?.startsWith('/services/oauth2/token'));

export interface Holding {
  /** A held request reaches the org at once and only its answer is held: the org has acted on it (a sign-in has opened its session) but the client has not heard so yet. */
  answers?: boolean;
  /** A request that releases what is held when it comes (it is forwarded itself). */
  releasedBy?: (request: IncomingMessage) => boolean;
  /** Held requests are answered with this JSON error (status 400), as the org refusing them, not forwarded. */
  refuse?: unknown;
}

/**
 * `target` behind a proxy that holds the requests `holds` picks until released, and forwards the rest.
 */
export async function holdingProxy(
  target: string,
  holds: (request: IncomingMessage) => boolean,
  { answers = false, releasedBy, refuse }: Holding = {},
) {
  const held: Array<() => void> = [];
  let releasedWhileHeld = false;
  let seen: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    seen = resolve;
  });
  const hold = (go: () => void) => {
    held.push(go);
    seen();
  };
  const release = () => {
    for (const go of held.splice(0)) go();
  };
  const refused = (request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify(refuse));
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (releasedBy?.(request) && held.length > 0) {
      releasedWhileHeld = true;
      release();
    }
    if (!holds(request)) forwardRequest(target, request, response);
    else if (answers) forwardRequest(target, request, response, hold);
    else if (refuse !== undefined) hold(() => refused(request, response));
    else hold(() => forwardRequest(target, request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves once a held request came (with `answers`: once the org answered it): the command waits. */
    reached,
    release,
    /** Whether a `releasedBy` request came while a request was held. */
    releasedWhileHeld: () => releasedWhileHeld,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
