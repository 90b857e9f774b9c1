import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { browserScript } from '../../emulator/html/browser-script';

const childCommands = () =>
  execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

test('the page scripts are bundled once, and esbuild is not kept running for the rest of the process', async () => {
  const recordUi = browserScript('record-ui').value;
  const navigation = browserScript('navigation').value;
  expect(recordUi).toMatch(/^<script>[\s\S]+<\/script>$/);
  expect(navigation).toMatch(/^<script>[\s\S]+<\/script>$/);
  expect(recordUi).not.toBe(navigation);
  // Nothing in a bundle can close the element early.
  expect(recordUi.slice('<script>'.length, -'</script>'.length)).not.toMatch(/<\/script/i);
  expect(browserScript('record-ui').value).toBe(recordUi);
  await expect.poll(childCommands).not.toContain('esbuild');
});
