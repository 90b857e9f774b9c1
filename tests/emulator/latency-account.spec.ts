import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { createLatency } from '../../emulator/latency';
import { oauthConnection, SDR } from './helpers';

test('delays that overlap count once; delays one after another add up', () => {
  let clock = 1_000;
  const latency = createLatency('jitter', 7, () => clock);
  // Three responses delayed at the same moment: a client waits for the longest only.
  const together = [latency.responseDelayMs(), latency.responseDelayMs(), latency.responseDelayMs()];
  expect(new Set(together).size).toBeGreaterThan(1);
  expect(latency.unavoidableMs()).toBe(Math.max(...together));
  clock += Math.max(...together) + 20;
  const after = latency.responseDelayMs();
  expect(latency.unavoidableMs()).toBe(Math.max(...together) + after);
});

test('a delay starting while another runs counts only the time past the end of the first', () => {
  let clock = 0;
  const latency = createLatency('jitter', 3, () => clock);
  const first = latency.responseDelayMs();
  clock = Math.floor(first / 2);
  const second = latency.responseDelayMs();
  expect(latency.unavoidableMs()).toBe(Math.max(first, clock + second));
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
