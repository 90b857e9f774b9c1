import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './cli-run';

test('`persona-ux emulator` serves the org on 127.0.0.1, prints the URL and admin login, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0], { timeout: 20_000 }).toBeTruthy();
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0] as string;
    expect(output).toContain('admin@acme-demo.example');
    expect(output).toContain('persona-ux-demo-1');
    const loginPage = await fetch(`${url}/`);
    expect(await loginPage.text()).toContain('id="username"');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited, output).toBe(0);
});
