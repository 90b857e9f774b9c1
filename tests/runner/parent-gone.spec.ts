import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, tempDir } from '../e2e/cli-run';

/**
 * A parent that starts a watching child in a process group of its own (with or without an IPC channel, as
 * `persona-ux run` starts its runner) and is then killed outright: the child must notice, and writes `gone`.
 */
async function killParentOf(watcher: { ipc: boolean }): Promise<string> {
  const marker = path.join(tempDir('parent-gone'), 'gone');
  const watch = `require(${JSON.stringify(path.join(ROOT, 'runner', 'cli-gone.ts'))}).whenParentGone(() => {
    require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'gone');
    process.exit(0);
  }, 50);
  setInterval(() => {}, 1000);
  ${watcher.ipc ? 'process.send("watching");' : 'console.log("watching");'}`;
  const parentScript = `const child = require('node:child_process').spawn(process.execPath, ['--require', 'tsx/cjs', '-e', ${JSON.stringify(watch)}], {
    cwd: ${JSON.stringify(ROOT)},
    detached: true,
    stdio: ${watcher.ipc ? "['ignore', 'ignore', 'inherit', 'ipc']" : "['ignore', 'pipe', 'inherit']"},
  });
  const ready = () => console.log('ready ' + child.pid);
  ${watcher.ipc ? "child.on('message', ready);" : "child.stdout.once('data', ready);"}
  setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', parentScript], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const childPid = await new Promise<number>((resolve) =>
    parent.stdout.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    }),
  );
  expect(existsSync(marker), 'the child notices nothing while its parent lives').toBe(false);
  parent.kill('SIGKILL');
  try {
    await expect.poll(() => existsSync(marker), { timeout: 10_000 }).toBe(true);
  } finally {
    try {
      process.kill(childPid, 'SIGKILL');
    } catch {
      // it ended, as it should
    }
  }
  return readFileSync(marker, 'utf8');
}

test('a child with an IPC channel notices its parent killed outright: the channel closes', async () => {
  expect(await killParentOf({ ipc: true })).toBe('gone');
});

test('a child without an IPC channel notices its parent killed outright: it gets a new parent', async () => {
  expect(await killParentOf({ ipc: false })).toBe('gone');
});
