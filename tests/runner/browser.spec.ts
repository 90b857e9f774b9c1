import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { resolveBrowser, SYSTEM_CHROMIUM_ARGS } from '../../runner/browser';

const fakeBinary = (dir: string, name: string) => {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, '');
  return file;
};

test("Playwright's own Chromium wins when it is installed", () => {
  const bundled = fakeBinary(test.info().outputDir, 'chrome');
  const browser = resolveBrowser({ CHROMIUM_PATH: fakeBinary(test.info().outputDir, 'other') }, bundled);
  expect(browser).toEqual({ source: 'playwright', executablePath: bundled, launchOptions: {} });
});

test('without it, CHROMIUM_PATH is used with the flags a locked-down machine needs', () => {
  const system = fakeBinary(test.info().outputDir, 'chromium');
  const browser = resolveBrowser({ CHROMIUM_PATH: system }, '/nonexistent/chrome');
  expect(browser).toEqual({
    source: 'system',
    executablePath: system,
    launchOptions: { executablePath: system, args: SYSTEM_CHROMIUM_ARGS },
  });
  expect(SYSTEM_CHROMIUM_ARGS).toEqual(
    expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update']),
  );
});

test('then the Debian package, then nothing', () => {
  const browser = resolveBrowser({ CHROMIUM_PATH: '/nonexistent/chromium' }, undefined);
  if (existsSync('/usr/bin/chromium')) expect(browser?.executablePath).toBe('/usr/bin/chromium');
  else expect(browser).toBeUndefined();
});
