import { performance } from 'node:perf_hooks';
import { startEmulator } from '../emulator';

/**
 * Load on a Lead record page: the emulator in-process on 127.0.0.1 (no latency profile), an admin browser
 * session through frontdoor.jsp, then 50 concurrent clients until 5,000 requests or 20 s, whichever first.
 */
const CONCURRENCY = 50;
const MAX_REQUESTS = 5_000;
const MAX_MS = 20_000;

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const token = await oauthToken(emulator.url, emulator.oauth, emulator.admin);
    const leadId = await firstLeadId(emulator.url, token);
    const cookie = await browserCookie(emulator.url, token);
    const url = `${emulator.url}/lightning/r/Lead/${leadId}/view`;
    // Warm-up: the first requests pay for module and template initialisation.
    for (let i = 0; i < 20; i++) await hit(url, cookie);

    const latencies: number[] = [];
    let issued = 0;
    let failures = 0;
    const started = performance.now();
    const client = async () => {
      while (issued < MAX_REQUESTS && performance.now() - started < MAX_MS) {
        issued++;
        const t0 = performance.now();
        if (!(await hit(url, cookie))) failures++;
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const elapsedMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const pick = (q: number) =>
      round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
    const result = {
      page: 'Lead record page',
      concurrency: CONCURRENCY,
      requests: latencies.length,
      failures,
      p50Ms: pick(0.5),
      p95Ms: pick(0.95),
      p99Ms: pick(0.99),
      maxMs: round(latencies[latencies.length - 1]),
      throughputPerSec: round((latencies.length / elapsedMs) * 1000),
    };
    console.log(JSON.stringify(result));
    console.log(
      `${result.requests} requests (${failures} failed), ${CONCURRENCY} concurrent: p50 ${result.p50Ms} ms, ` +
        `p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms, ${result.throughputPerSec} req/s`,
    );
    if (failures > 0) process.exitCode = 1;
  } finally {
    await emulator.stop();
  }
}

async function hit(url: string, cookie: string): Promise<boolean> {
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status === 200;
}

async function oauthToken(
  base: string,
  oauth: { clientId: string; clientSecret: string },
  admin: { username: string; password: string },
): Promise<string> {
  const response = await fetch(`${base}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: oauth.clientId,
      client_secret: oauth.clientSecret,
      username: admin.username,
      password: admin.password,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`OAuth login failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function firstLeadId(base: string, token: string): Promise<string> {
  const response = await fetch(
    `${base}/services/data/v62.0/query?q=${encodeURIComponent('SELECT Id FROM Lead LIMIT 1')}`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  const body = (await response.json()) as { records: { Id: string }[] };
  if (!body.records?.[0]) throw new Error('the org has no Lead to open');
  return body.records[0].Id;
}

async function browserCookie(base: string, token: string): Promise<string> {
  const response = await fetch(`${base}/secur/frontdoor.jsp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sid: token }),
    redirect: 'manual',
  });
  const cookies = response.headers.getSetCookie().map((value) => value.split(';')[0]);
  if (cookies.length === 0) throw new Error('frontdoor.jsp set no session cookie');
  return cookies.join('; ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
