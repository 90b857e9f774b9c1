import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A context a test opens with browser.newContext() or browser.newPage() stays open, with its pages' renderer
// processes, until the worker ends: tests open theirs with newTestContext (tests/test-contexts.ts), which closes them.
const TESTS = path.resolve(__dirname, '..');
const OPENS_ITS_OWN = /\bbrowser\.(newContext|newPage)\(/;

test('tests open browser contexts only through newTestContext', () => {
  const offending = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        file.endsWith('.ts') && file !== 'test-contexts.ts' && !file.endsWith('browser-contexts.spec.ts'),
    )
    .flatMap((file) =>
      readFileSync(path.join(TESTS, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (OPENS_ITS_OWN.test(line) ? [`tests/${file}:${index + 1}`] : [])),
    );
  expect(offending, 'use newTestContext(browser, options) from tests/test-contexts.ts').toEqual([]);
});
