import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { oauthConnection } from './helpers';

// POSTs without a body over a real socket. jsforce 3 never sends a POST whose `body` is unset (its request
// stream is not ended; the caller sees "socket hang up"), so callers pass body: ''. The emulator answers both.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('empty POST bodies get an answer: singleaccess works, a record create says what is wrong', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const single = await conn.request<{ frontdoor_uri: string }>({
    method: 'POST',
    url: `${emulator.url}/services/oauth2/singleaccess`,
    body: '',
  });
  expect(single.frontdoor_uri).toMatch(/\/secur\/frontdoor\.jsp\?otp=/);

  for (const headers of [{}, { 'Content-Type': 'application/json' }] as Record<string, string>[]) {
    const response = await fetch(`${emulator.url}/services/data/v62.0/sobjects/Lead`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${conn.accessToken}`, ...headers },
      body: '',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }[])[0].errorCode).toBe('JSON_PARSER_ERROR');
  }
});
