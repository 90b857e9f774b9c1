import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHECKED_ORG_SETTINGS } from '../../config/org-settings';
import { AWAIT_GO_AHEAD } from '../../runner/go-ahead';
import { RUN_OWNS_SESSION } from '../../runner/handed-session';
import { ROOT } from '../e2e/cli-run';

/**
 * A process that awaits the go-ahead as the runner's global setup does (after `delayMs`, as a runner still
 * loading), then prints what it was given.
 */
function awaitingProcess(env: NodeJS.ProcessEnv, delayMs = 0) {
  const script = `setTimeout(() => require(${JSON.stringify(path.join(ROOT, 'runner', 'go-ahead.ts'))}).awaitGoAhead().then(
    () => console.log(JSON.stringify({ org: process.env.SF_LOGIN_URL ?? null, waiting: process.env.${AWAIT_GO_AHEAD} ?? null })),
    (error) => console.log(JSON.stringify({ error: error.message })),
  ), ${delayMs});`;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<unknown>((resolve) =>
    child.on('exit', () => resolve(output.trim() ? JSON.parse(output.trim()) : undefined)),
  );
  return { child, exited };
}

test('the runner waits for the go-ahead, takes the variables it brings, and then ends on its own', async () => {
  const { child, exited } = awaitingProcess({ [AWAIT_GO_AHEAD]: '1', SF_LOGIN_URL: '' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(child.exitCode).toBeNull(); // still waiting
  child.send({ goAhead: { SF_LOGIN_URL: 'http://127.0.0.1:4100' } });
  expect(await exited).toEqual({ org: 'http://127.0.0.1:4100', waiting: null });
});

test('a runner the CLI leaves without a go-ahead fails its global setup instead of starting', async () => {
  const { child, exited } = awaitingProcess({ [AWAIT_GO_AHEAD]: '1' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.disconnect();
  expect(await exited).toEqual({
    error: 'persona-ux ended the run before it started (no go-ahead after its checks).',
  });
});

test('a runner not started by the CLI (plain playwright test) goes on at once', async () => {
  const { exited } = awaitingProcess({ SF_LOGIN_URL: 'http://login.example' });
  expect(await exited).toEqual({ org: 'http://login.example', waiting: null });
});

test('a runner whose CLI is gone before it waits fails its global setup instead of starting', async () => {
  const { child, exited } = awaitingProcess({ [AWAIT_GO_AHEAD]: '1' }, 500);
  child.disconnect();
  expect(await exited).toEqual({
    error: 'persona-ux ended the run before it started (no go-ahead after its checks).',
  });
});

test('a runner whose CLI is gone before the go-ahead logs out the API session the CLI said it opened', async () => {
  const revoked: string[] = [];
  const org = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (request.url?.startsWith('/services/oauth2/revoke')) revoked.push(body);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => org.listen(0, '127.0.0.1', resolve));
  const instanceUrl = `http://127.0.0.1:${(org.address() as AddressInfo).port}`;
  try {
    const { child, exited } = awaitingProcess({ [AWAIT_GO_AHEAD]: '1' });
    child.send({
      heldSession: {
        [CHECKED_ORG_SETTINGS]: JSON.stringify({
          loginUrl: instanceUrl,
          username: 'admin@acme.example',
          accessToken: { token: '00D!held-token', instanceUrl },
          apiVersion: '62.0',
        }),
        [RUN_OWNS_SESSION]: 'oauth-password',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.disconnect();
    expect(await exited).toEqual({
      error: 'persona-ux ended the run before it started (no go-ahead after its checks).',
    });
    expect(revoked.map((body) => new URLSearchParams(body).get('token'))).toEqual(['00D!held-token']);
  } finally {
    org.close();
  }
});

test('a go-ahead heard while the config loads reaches the global setup, even from another copy of the module (the built package compiles them apart)', async () => {
  const goAhead = JSON.stringify(path.join(ROOT, 'runner', 'go-ahead.ts'));
  // As in the built package: the config's copy listens first; the global setup's own copy awaits after the go-ahead came.
  const script = `const configCopy = require(${goAhead});
configCopy.listenToCli();
delete require.cache[require.resolve(${goAhead})];
const setupCopy = require(${goAhead});
process.once('message', () => setTimeout(() => setupCopy.awaitGoAhead().then(
  () => console.log(JSON.stringify({ org: process.env.SF_LOGIN_URL ?? null })),
  (error) => console.log(JSON.stringify({ error: error.message })),
), 200));`;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, [AWAIT_GO_AHEAD]: '1', SF_LOGIN_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<unknown>((resolve) =>
    child.on('exit', () => resolve(output.trim() ? JSON.parse(output.trim()) : 'exited without a word')),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.send({ goAhead: { SF_LOGIN_URL: 'http://127.0.0.1:4100' } });
  expect(await exited).toEqual({ org: 'http://127.0.0.1:4100' });
});

test('after the go-ahead the runner still hears the session the CLI renews, and holds the renewed one when the CLI is gone', async () => {
  const goAhead = JSON.stringify(path.join(ROOT, 'runner', 'go-ahead.ts'));
  // Kept alive by a timer only: the channel no longer keeps a runner alive after the go-ahead.
  const script = `const cli = require(${goAhead});
const alive = setTimeout(() => undefined, 60_000);
cli.awaitGoAhead().then(() => process.once('disconnect', () => {
  clearTimeout(alive);
  const held = cli.sessionHeldByCli();
  console.log(JSON.stringify({ token: held ? JSON.parse(held.${CHECKED_ORG_SETTINGS}).accessToken.token : null }));
}));`;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, [AWAIT_GO_AHEAD]: '1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<unknown>((resolve) =>
    child.on('exit', () => resolve(output.trim() ? JSON.parse(output.trim()) : 'exited without a word')),
  );
  const held = (token: string) => ({
    heldSession: {
      [CHECKED_ORG_SETTINGS]: JSON.stringify({
        loginUrl: 'http://127.0.0.1:4100',
        username: 'admin@acme.example',
        accessToken: { token, instanceUrl: 'http://127.0.0.1:4100' },
        apiVersion: '62.0',
      }),
      [RUN_OWNS_SESSION]: 'oauth-password',
    },
  });
  const send = (message: object) => new Promise<void>((resolve) => child.send(message, () => resolve()));
  await send(held('00D!first-session'));
  await send({ goAhead: {} });
  await send(held('00D!renewed-session'));
  child.disconnect();
  expect(await exited).toEqual({ token: '00D!renewed-session' });
});
