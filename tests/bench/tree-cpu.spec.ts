import { expect, test } from '@playwright/test';
import { runMeasured } from '../../bench/lib/process-usage';

// A parent that exits while its child still works, as Chromium's renderers outlive what started them: the child,
// in the tree while it works, is then reparented away from it, so its CPU never reaches a parent that reaps it.
// The child says when it has used 700 ms of CPU; its parent exits 300 ms later, leaving it 300 ms more to use.
const ORPHAN_BURNS_CPU = `
  const { spawn } = require('node:child_process');
  const burn = \`
    const burnUntil = (ms) => { while (process.cpuUsage().user / 1000 < ms) {} };
    burnUntil(700);
    process.stdout.write('burnt');
    burnUntil(1_000);
  \`;
  const middle = spawn(process.execPath, ['-e', \`
    const child = require('node:child_process').spawn(process.execPath, ['-e', \${JSON.stringify(burn)}], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => setTimeout(() => process.exit(0), 300));
  \`], { stdio: 'ignore' });
  middle.on('exit', () => setTimeout(() => {}, 100));
`;

test.describe('the CPU of a measured process tree', () => {
  test('counts a process its parent never reaps when each process is sampled', async () => {
    const sampled = await runMeasured(process.execPath, ['-e', ORPHAN_BURNS_CPU], {
      sampleCpu: true,
      sampleMs: 50,
    });
    expect(sampled.code).toBe(0);
    expect(sampled.cpuMs).toBeGreaterThanOrEqual(700);
    const parts = sampled.cpuParts ?? [];
    expect(parts.reduce((sum, part) => sum + part.processes, 0)).toBe(3);
    expect(parts.reduce((sum, part) => sum + part.cpuMs, 0)).toBe(sampled.cpuMs);
  });

  test('counts only what was reaped when it is not sampled', async () => {
    const reaped = await runMeasured(process.execPath, ['-e', ORPHAN_BURNS_CPU]);
    expect(reaped.code).toBe(0);
    expect(reaped.cpuMs).toBeLessThan(600);
    expect(reaped.cpuParts).toBeUndefined();
  });
});
