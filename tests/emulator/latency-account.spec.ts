import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { createLatency, sleep } from '../../emulator/latency';
import { oauthConnection, SDR } from './helpers';

test('delays that overlap count once; delays one after another add up', async () => {
  const latency = createLatency('jitter', 7);
  // Three responses delayed at the same moment: a client waits for the longest only.
  const together = [latency.responseDelayMs(), latency.responseDelayMs(), latency.responseDelayMs()];
  expect(Math.abs(latency.unavoidableMs() - Math.max(...together))).toBeLessThanOrEqual(2);
  await sleep(Math.max(...together) + 20);
  const after = latency.responseDelayMs();
  expect(Math.abs(latency.unavoidableMs() - (Math.max(...together) + after))).toBeLessThanOrEqual(2);
});

test('without a latency profile nothing is unavoidable', () => {
  const latency = createLatency('none');
  expect(latency.responseDelayMs()).toBe(0);
  expect(latency.unavoidableMs()).toBe(0);
});

test('GET /_emulator/latency tells an admin the profile and its unavoidable delays, and refuses others', async () => {
  const emulator = await startEmulator({ port: 0, latency: 'jitter' });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    await admin.query('SELECT Id FROM Lead');
    const read = async (token: string) =>
      fetch(`${emulator.url}/_emulator/latency`, { headers: { Authorization: `Bearer ${token}` } });
    const answer = await read(admin.accessToken as string);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ profile: 'jitter', unavoidableMs: expect.any(Number) });
    const sdr = await oauthConnection(emulator, SDR.username);
    expect((await read(sdr.accessToken as string)).status).toBe(403);
  } finally {
    await emulator.stop();
  }
});
