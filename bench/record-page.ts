import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEFAULT_ORG_FILE, loadOrgDefinition } from '../emulator';

/**
 * Load on a Lead record page: the standalone emulator (`persona-ux emulator`) in its own process on
 * 127.0.0.1, no latency profile, so the numbers are the server's and not the load generator's; an admin
 * browser session through frontdoor.jsp, then autocannon (a load generator made for this, cheap per request)
 * with 50 connections until 5,000 requests or 20 s.
 */
const CONCURRENCY = 50;
const REQUESTS = 5_000;
const MAX_SECONDS = 20;
const TARGET = { p50Ms: 10, p99Ms: 50 };
const ROOT = path.resolve(__dirname, '..');

export async function recordPageBench(): Promise<boolean> {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  const admin = org.users.find((user) => user.profile === 'System Administrator' && user.password);
  if (!admin?.password) throw new Error('the demo org has no administrator with a demo password');
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await serverUrl(server);
    const token = await oauthToken(url, org.connectedApp, {
      username: admin.username,
      password: admin.password,
    });
    const leadId = await firstLeadId(url, token);
    const cookie = await browserCookie(url, token);
    const page = `${url}/lightning/r/Lead/${leadId}/view`;
    // Warm-up: the first requests pay for module and template initialisation.
    await autocannon({ url: page, headers: { cookie }, connections: 10, amount: 500 });
    const result = await autocannon({
      url: page,
      headers: { cookie },
      connections: CONCURRENCY,
      amount: REQUESTS,
      duration: MAX_SECONDS,
    });
    const failures = result.non2xx + result.errors + result.timeouts;
    const summary = {
      page: 'Lead record page',
      concurrency: CONCURRENCY,
      requests: result.requests.total,
      failures,
      p50Ms: result.latency.p50,
      p90Ms: result.latency.p90,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      throughputPerSec: Math.round(result.requests.total / result.duration),
    };
    console.log(JSON.stringify(summary));
    console.log(
      `${summary.requests} requests (${failures} failed), ${CONCURRENCY} concurrent: p50 ${summary.p50Ms} ms, ` +
        `p90 ${summary.p90Ms} ms, p99 ${summary.p99Ms} ms, max ${summary.maxMs} ms, ${summary.throughputPerSec} req/s ` +
        `(target p50 <= ${TARGET.p50Ms} ms, p99 <= ${TARGET.p99Ms} ms: ${
          summary.p50Ms <= TARGET.p50Ms && summary.p99Ms <= TARGET.p99Ms ? 'met' : 'NOT met'
        })`,
    );
    return failures === 0 && summary.p50Ms <= TARGET.p50Ms && summary.p99Ms <= TARGET.p99Ms;
  } finally {
    server.kill('SIGTERM');
  }
}

/** The URL the standalone emulator prints once it listens. */
function serverUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL \(login, instance, UI\): (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) =>
      reject(new Error(`the emulator exited (${code}) before listening:\n${output}`)),
    );
  });
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

if (require.main === module) {
  recordPageBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}
