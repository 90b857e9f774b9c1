import { expect, test } from '@playwright/test';
import { runMeasured } from '../../bench/lib/process-usage';

// A parent that exits while its child still works, as Chromium's renderers outlive what started them: the child,
// in the tree while it works, is then reparented away from it, so its CPU never reaches a parent that reaps it.
const ORPHAN_BURNS_CPU = `
  const { spawn } = require('node:child_process');
  const burn = 'const end = Date.now() + 1_000; while (Date.now() < end) {}';
  const middle = spawn(process.execPath, ['-e', \`
    require('node:child_process').spawn(process.execPath, ['-e', \${JSON.stringify(burn)}], { stdio: 'ignore' });
    setTimeout(() => process.exit(0), 700);
  \`], { stdio: 'ignore' });
  middle.on('exit', () => setTimeout(() => {}, 600));
`;

test.describe('the CPU of a measured process tree', () => {
  test('counts a process its parent never reaps when each process is sampled', async () => {
    const sampled = await runMeasured(process.execPath, ['-e', ORPHAN_BURNS_CPU], {
      sampleCpu: true,
      sampleMs: 50,
    });
    expect(sampled.code).toBe(0);
    expect(sampled.cpuMs).toBeGreaterThanOrEqual(600);
    const parts = sampled.cpuParts ?? [];
    expect(parts.reduce((sum, part) => sum + part.processes, 0)).toBe(3);
    expect(parts.reduce((sum, part) => sum + part.cpuMs, 0)).toBe(sampled.cpuMs);
  });

  test('counts only what was reaped when it is not sampled', async () => {
    const reaped = await runMeasured(process.execPath, ['-e', ORPHAN_BURNS_CPU]);
    expect(reaped.code).toBe(0);
    expect(reaped.cpuMs).toBeLessThan(500);
    expect(reaped.cpuParts).toBeUndefined();
  });
});
