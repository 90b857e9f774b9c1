import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** Passes a request on to `target` (an origin) and its answer back, as a transparent proxy does. */
export function forwardRequest(target: string, request: IncomingMessage, response: ServerResponse): void {
  const upstream = httpRequest(
    `${target}${request.url}`,
    { method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.destroy());
  request.pipe(upstream);
}
