import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a Hono app on 127.0.0.1 only (port 0 = any free port). */
export function listen(app: Hono, port: number): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            const http = server as Server;
            http.close(() => done());
            http.closeAllConnections?.();
          }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
