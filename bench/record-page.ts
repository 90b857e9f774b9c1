import autocannon from 'autocannon';
import { OAUTH_TOKEN_PATH, passwordGrant } from '../salesforce/oauth-password-flow';
import { treePss } from './lib/process-usage';
import { startStandaloneEmulator } from './lib/standalone-emulator';
import { verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * Load on Lightning record pages: the standalone emulator (`persona-ux emulator`, no latency profile) in its
 * own process, so the numbers are the server's and not the load generator's. RECORDS new leads spread over
 * the owners, each of USERS signed in through frontdoor.jsp and opening the leads it can see, 50 connections
 * (autocannon) for at least REQUESTS requests and at least TARGET.minSeconds; a writer saves a lead every
 * WRITE_EVERY_MS as a suite does, which invalidates every cached page, so the pages are rendered and not
 * only served from the cache. The emulator's memory (PSS) is read after the warm-up and after the load.
 */
const CONCURRENCY = 50;
const REQUESTS = 100_000;
const RECORDS = 300;
const WRITE_EVERY_MS = 250;
const USERS = [
  'admin@acme-demo.example',
  'sam.sdr@acme-demo.example',
  'ava.ae@acme-demo.example',
  'maya.manager@acme-demo.example',
  'riley.mops@acme-demo.example',
];
const DEMO_PASSWORD = 'persona-ux-demo-1';
const TARGET = { p50Ms: 10, p99Ms: 50, minSeconds: 20, memoryRatio: 1.2 };
// Only a bound: the load stops once it has lasted TARGET.minSeconds and answered REQUESTS requests.
const LONGEST_LOAD_SECONDS = 600;
const API = '/services/data/v62.0';

interface Viewer {
  cookie: string;
  paths: string[];
}

export async function recordPageBench(): Promise<boolean> {
  const emulator = await startStandaloneEmulator();
  try {
    const base = emulator.url;
    const admin = await oauthToken(
      base,
      emulator.env,
      emulator.env.SF_USERNAME as string,
      emulator.env.SF_PASSWORD as string,
    );
    const owners = await Promise.all(USERS.map((username) => userId(base, admin, username)));
    for (let i = 0; i < RECORDS; i += 25) {
      const records = Array.from({ length: Math.min(25, RECORDS - i) }, (_, j) => ({
        attributes: { type: 'Lead' },
        LastName: `Load ${i + j}`,
        Company: `Load Co ${i + j}`,
        OwnerId: owners[(i + j) % owners.length],
      }));
      await api(base, admin, 'POST', '/composite/sobjects', { allOrNone: true, records });
    }
    const viewers: Viewer[] = [];
    for (const username of USERS) {
      const password =
        username === emulator.env.SF_USERNAME ? (emulator.env.SF_PASSWORD as string) : DEMO_PASSWORD;
      const token = await oauthToken(base, emulator.env, username, password);
      const leads = (await api(
        base,
        token,
        'GET',
        `/query?q=${encodeURIComponent('SELECT Id FROM Lead')}`,
      )) as {
        records: { Id: string }[];
      };
      viewers.push({
        cookie: await browserCookie(base, token),
        paths: leads.records.map((lead) => `/lightning/r/Lead/${lead.Id}/view`),
      });
    }
    const leadIds = viewers[0].paths.map((p) => p.split('/')[4]);
    let next = 0;
    const requests = [
      {
        setupRequest: (request: autocannon.Request, context: { viewer?: Viewer }) => {
          context.viewer ??= viewers[next++ % viewers.length];
          const { paths, cookie } = context.viewer;
          return { ...request, path: paths[Math.floor(Math.random() * paths.length)], headers: { cookie } };
        },
      },
    ] as autocannon.Request[];
    // Warm-up: module and template initialisation, JIT.
    await autocannon({ url: base, requests, connections: 10, amount: 2_000 });
    const memoryBefore = treePss(emulator.pid).pssMb;
    let writes = 0;
    const writer = setInterval(() => {
      const id = leadIds[writes++ % leadIds.length];
      api(base, admin, 'PATCH', `/sobjects/Lead/${id}`, { Description: `write ${writes}` }).catch(
        () => undefined,
      );
    }, WRITE_EVERY_MS);
    let result: autocannon.Result;
    try {
      result = await load({ url: base, requests, connections: CONCURRENCY });
    } finally {
      clearInterval(writer);
    }
    const memoryAfter = treePss(emulator.pid).pssMb;
    const failures = result.non2xx + result.errors + result.timeouts;
    const latencyMet = result.latency.p50 <= TARGET.p50Ms && result.latency.p99 <= TARGET.p99Ms;
    const longEnough = result.duration >= TARGET.minSeconds;
    const memoryMet = memoryAfter <= memoryBefore * TARGET.memoryRatio;
    printTable(
      `Lead record pages, ${viewers.length} users × ${RECORDS}+ leads, ${CONCURRENCY} concurrent, a save every ${WRITE_EVERY_MS} ms (targets: p50 <= ${TARGET.p50Ms} ms, p99 <= ${TARGET.p99Ms} ms over >= ${TARGET.minSeconds} s; memory after <= ${TARGET.memoryRatio}× after warm-up)`,
      [
        'requests',
        'failed',
        'seconds',
        'req/s',
        'p50',
        'p99',
        'max',
        'saves',
        'PSS after warm-up',
        'PSS after',
        'target',
      ],
      [
        [
          result.requests.total,
          failures,
          result.duration.toFixed(0),
          Math.round(result.requests.total / result.duration),
          `${result.latency.p50} ms`,
          `${result.latency.p99} ms`,
          `${result.latency.max} ms`,
          writes,
          `${memoryBefore.toFixed(0)} MB`,
          `${memoryAfter.toFixed(0)} MB`,
          `latency ${verdict(latencyMet && longEnough)}, memory ${verdict(memoryMet)}`,
        ],
      ],
    );
    return failures === 0 && latencyMet && longEnough && memoryMet;
  } finally {
    await emulator.stop();
  }
}

/**
 * Load until both REQUESTS responses and TARGET.minSeconds are reached: a fast emulator answers the requests
 * sooner, and is then measured over the minimum time all the same.
 */
function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let responses = 0;
    const instance = autocannon({ ...options, duration: LONGEST_LOAD_SECONDS }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('response', () => {
      responses++;
      if (responses >= REQUESTS && performance.now() - started >= TARGET.minSeconds * 1000) instance.stop();
    });
  });
}

async function oauthToken(
  base: string,
  env: NodeJS.ProcessEnv,
  username: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${base}${OAUTH_TOKEN_PATH}`, {
    method: 'POST',
    body: passwordGrant(
      { clientId: env.SF_CLIENT_ID as string, clientSecret: env.SF_CLIENT_SECRET as string },
      { username, password },
    ),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`OAuth login of ${username} failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function api(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${base}${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

async function userId(base: string, token: string, username: string): Promise<string> {
  const soql = `SELECT Id FROM User WHERE Username = '${username}'`;
  const body = (await api(base, token, 'GET', `/query?q=${encodeURIComponent(soql)}`)) as {
    records: { Id: string }[];
  };
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
