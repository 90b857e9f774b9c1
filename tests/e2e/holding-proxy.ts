import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from './forward-request';

/** The Organization query (the production guard's read, made right after the admin signs in). */
export const organizationQuery = (request: IncomingMessage) =>
  /FROM\+?\s*Organization/i.test(decodeURIComponent(request.url ?? '').replace(/\+/g, ' '));

/** `target` behind a proxy that holds the requests `holds` picks until released, and forwards the rest. */
export async function holdingProxy(target: string, holds: (request: IncomingMessage) => boolean) {
  const held: Array<() => void> = [];
  let seen: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    seen = resolve;
  });
  const forward = (request: IncomingMessage, response: ServerResponse) =>
    forwardRequest(target, request, response);
  const server = createServer((request, response) => {
    if (holds(request)) {
      held.push(() => forward(request, response));
      seen();
      return;
    }
    forward(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves once a held request came: the command, signed in, waits for the org's answer. */
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
