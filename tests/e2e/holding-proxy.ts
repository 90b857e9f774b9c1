import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from './forward-request';

/** The Organization query (the production guard's read, made right after the admin signs in). */
export const organizationQuery = (request: IncomingMessage) =>
  /FROM\+?\s*Organization/i.test(decodeURIComponent(request.url ?? '').replace(/\+/g, ' '));

/** The OAuth token request: the admin's sign-in (username-password flow). */
export const tokenRequest = (request: IncomingMessage) =>
  Boolean(request.url?.startsWith('/services/oauth2/token'));

/**
 * `target` behind a proxy that holds the requests `holds` picks until released, and forwards the rest. With
 * `answers`, a held request reaches the org at once and only its answer is held: the org has acted on it (a
 * sign-in has opened its session) but the client has not heard so yet.
 */
export async function holdingProxy(
  target: string,
  holds: (request: IncomingMessage) => boolean,
  { answers = false } = {},
) {
  const held: Array<() => void> = [];
  let seen: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    seen = resolve;
  });
  const hold = (go: () => void) => {
    held.push(go);
    seen();
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!holds(request)) forwardRequest(target, request, response);
    else if (answers) forwardRequest(target, request, response, hold);
    else hold(() => forwardRequest(target, request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves once a held request came (with `answers`: once the org answered it): the command waits. */
    reached,
    release: () => {
      for (const go of held.splice(0)) go();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
