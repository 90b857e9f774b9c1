import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { rememberedChromiumPath } from '../../runner/remembered-chromium-path';

const freshCache = () => mkdtempSync(path.join(os.tmpdir(), 'persona-ux-chromium-path-'));

/** An `ask` that answers `answer` and counts how often it was asked. */
function asking(answer: string | undefined) {
  const ask = () => {
    ask.calls++;
    return answer;
  };
  ask.calls = 0;
  return ask;
}

test('Playwright is asked once; later runs read its answer from the cache, installed or not', () => {
  const env = { PERSONA_UX_CACHE: freshCache() };
  const ask = asking('/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome');
  expect(rememberedChromiumPath(env, ask)).toBe(
    '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
  );
  expect(rememberedChromiumPath(env, ask)).toBe(
    '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
  );
  expect(ask.calls).toBe(1);
});

test('another browsers folder is another answer: Playwright is asked again', () => {
  const cache = freshCache();
  expect(rememberedChromiumPath({ PERSONA_UX_CACHE: cache }, asking('/default/chrome'))).toBe(
    '/default/chrome',
  );
  const elsewhere = asking('/opt/browsers/chromium-1/chrome');
  const env = { PERSONA_UX_CACHE: cache, PLAYWRIGHT_BROWSERS_PATH: '/opt/browsers' };
  expect(rememberedChromiumPath(env, elsewhere)).toBe('/opt/browsers/chromium-1/chrome');
  expect(rememberedChromiumPath(env, elsewhere)).toBe('/opt/browsers/chromium-1/chrome');
  expect(elsewhere.calls).toBe(1);
});

test('variables that do not place browsers (PLAYWRIGHT_TEST in the runner) do not make another answer', () => {
  const cache = freshCache();
  const ask = asking('/default/chrome');
  rememberedChromiumPath({ PERSONA_UX_CACHE: cache }, ask);
  rememberedChromiumPath(
    { PERSONA_UX_CACHE: cache, PLAYWRIGHT_TEST: '1', PLAYWRIGHT_JUNIT_OUTPUT_FILE: 'j.xml' },
    ask,
  );
  rememberedChromiumPath({ PERSONA_UX_CACHE: cache }, ask);
  expect(ask.calls).toBe(1);
});

test('a damaged cache file, or the cache turned off, means asking Playwright', () => {
  const cache = freshCache();
  writeFileSync(path.join(cache, 'playwright-chromium.json'), '{"key": 1');
  const ask = asking('/default/chrome');
  expect(rememberedChromiumPath({ PERSONA_UX_CACHE: cache }, ask)).toBe('/default/chrome');
  expect(ask.calls).toBe(1);
  const off = asking('/default/chrome');
  rememberedChromiumPath({ PERSONA_UX_CACHE: 'off' }, off);
  rememberedChromiumPath({ PERSONA_UX_CACHE: 'off' }, off);
  expect(off.calls).toBe(2);
});

test('no answer is not kept: Playwright is asked again next time', () => {
  const env = { PERSONA_UX_CACHE: freshCache() };
  const ask = asking(undefined);
  expect(rememberedChromiumPath(env, ask)).toBeUndefined();
  expect(rememberedChromiumPath(env, ask)).toBeUndefined();
  expect(ask.calls).toBe(2);
});
