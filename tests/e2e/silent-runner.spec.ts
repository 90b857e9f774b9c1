import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, runCli, tempDir } from './cli-run';

test('a Playwright runner that ends at once with exit 0 having run nothing fails the run: nothing passed', async () => {
  test.setTimeout(120_000);
  // Loaded into every node process of the run; only the runner has the CLI's channel: it ends on the go-ahead.
  const hook = path.join(tempDir('hook'), 'end-on-go-ahead.cjs');
  writeFileSync(
    hook,
    "if (process.send) process.on('message', (message) => { if (message && message.goAhead) process.exit(0); });\n",
  );
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
    env: { PERSONA_UX_REPORTS_DIR: reports, NODE_OPTIONS: `--require ${hook}` },
  });
  expect(output).toContain(
    'persona-ux run: Playwright ended without reporting a single scenario (no JUnit report was written): nothing was run, so nothing passed.',
  );
  expect(code).toBe(1);
});
