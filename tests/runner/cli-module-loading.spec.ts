import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, runCli } from '../e2e/cli-run';

/** The modules a CLI command loaded, written by a preload hook when the process exits. */
async function modulesLoadedBy(args: string[]): Promise<{ code: number; output: string; modules: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-modules-'));
  const list = path.join(dir, 'modules.json');
  const hook = path.join(dir, 'hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  // The TypeScript itself, even where a build (dist/) is present: a bundle hides which modules it loads.
  const { code, output } = await runCli(args, {
    env: { NODE_OPTIONS: `--require ${hook}`, PERSONA_UX_SOURCE: '1' },
  });
  return { code, output, modules: JSON.parse(readFileSync(list, 'utf8')) as string[] };
}

const heavy = (modules: string[]) =>
  modules
    .map((file) => path.relative(ROOT, file))
    .filter((file) =>
      /^(emulator|node_modules[\\/](@playwright|playwright|playwright-core|jsforce|hono))[\\/]/.test(file),
    );

test('validate --offline checks the files without loading the emulator, a browser driver or an API client', async () => {
  const { code, output, modules } = await modulesLoadedBy(['validate', '--offline', 'scenarios']);
  expect(code, output).toBe(0);
  expect(modules.some((file) => file.includes(`${path.sep}runner${path.sep}loader.ts`))).toBe(true);
  expect(heavy(modules)).toEqual([]);
});

test('validate with the org checks does load the emulator it checks names against', async () => {
  const { code, output, modules } = await modulesLoadedBy(['validate', 'scenarios']);
  expect(code, output).toBe(0);
  expect(heavy(modules).some((file) => file.startsWith(`emulator${path.sep}`))).toBe(true);
});
