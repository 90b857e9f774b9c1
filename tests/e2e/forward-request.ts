import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Passes a request on to `target` (an origin) and its answer back, as a transparent proxy does. With `answer`,
 * the org's answer is handed to it instead, to be passed back when it is called: the org has done the work.
 */
export function forwardRequest(
  target: string,
  request: IncomingMessage,
  response: ServerResponse,
  answer: (passBack: () => void) => void = (passBack) => passBack(),
): void {
  const upstream = httpRequest(
    `${target}${request.url}`,
    { method: request.method, headers: request.headers },
    (answered) =>
      answer(() => {
        response.writeHead(answered.statusCode ?? 502, answered.headers);
        answered.pipe(response);
      }),
  );
  upstream.on('error', () => response.destroy());
  request.pipe(upstream);
}
