import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, runCli, tempDir } from './cli-run';

/** A folder with the demo personas and the demo SDR scenario under another ticket; the ticket's line. */
function demoScenarioWithTicket(ticket: string) {
  const scenarios = tempDir('scenarios');
  cpSync(path.join(ROOT, 'scenarios', 'personas.yaml'), path.join(scenarios, 'personas.yaml'));
  const sdr = readFileSync(path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'), 'utf8');
  const file = path.join(scenarios, 'sdr.yaml');
  writeFileSync(file, sdr.replace(/^ticket: .*$/m, `ticket: ${ticket}`));
  const line = sdr.split('\n').findIndex((text) => text.startsWith('ticket:')) + 1;
  return { scenarios, file, line };
}

test('a ticket that does not match PERSONA_UX_TICKET_PATTERN stops the run before any browser (exit 2)', async () => {
  const { scenarios, file, line } = demoScenarioWithTicket('fix the leads');

  const refused = await runCli(['run', scenarios], { env: { PERSONA_UX_TICKET_PATTERN: '^[A-Z]+-\\d+$' } });
  expect(refused.output).toContain(
    `${file}:${line}:9  ticket: "fix the leads" does not match the ticket pattern ^[A-Z]+-\\d+$`,
  );
  expect(refused.output).toContain('in the form ^[A-Z]+-\\d+$.');
  expect(refused.output).not.toContain('REVOPS-142');
  expect(refused.output).toContain('No browser was started.');
  expect(refused.code).toBe(2);

  const badPattern = await runCli(['run', scenarios], { env: { PERSONA_UX_TICKET_PATTERN: '^[A-Z+-\\d+$' } });
  expect(badPattern.output).toContain(
    'PERSONA_UX_TICKET_PATTERN=^[A-Z+-\\d+$ (from the environment): is not a valid regular expression',
  );
  expect(badPattern.code).toBe(2);
});

test('validate applies PERSONA_UX_TICKET_PATTERN too, also --offline, at the ticket’s file:line:column', async () => {
  const { scenarios, file, line } = demoScenarioWithTicket('fix the leads');
  const pattern = { PERSONA_UX_TICKET_PATTERN: '^[A-Z]+-\\d+$' };

  for (const offline of [['--offline'], []]) {
    const refused = await runCli(['validate', ...offline, scenarios], { env: pattern });
    expect(refused.output).toContain(
      `${file}:${line}:9  ticket: "fix the leads" does not match the ticket pattern`,
    );
    expect(refused.code, refused.output).toBe(2);
  }
  const badPattern = await runCli(['validate', '--offline', scenarios], {
    env: { PERSONA_UX_TICKET_PATTERN: '^[A-Z+-\\d+$' },
  });
  expect(badPattern.output).toContain(
    'PERSONA_UX_TICKET_PATTERN=^[A-Z+-\\d+$ (from the environment): is not a valid regular expression',
  );
  expect(badPattern.code).toBe(2);
});

/** `npx playwright test` on the scenarios' config, as a developer or the VS Code extension starts it. */
function playwrightTest(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        require.resolve('@playwright/test/cli'),
        'test',
        '-c',
        path.join(ROOT, 'playwright.config.ts'),
        ...args,
      ],
      { cwd: ROOT, env: { ...clean, FORCE_COLOR: '0', ...env } },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

test('npx playwright test (also UI mode and VS Code, which list the tests the same way) refuses the ticket too', async () => {
  const { scenarios, file, line } = demoScenarioWithTicket('fix the leads');
  const env = {
    PERSONA_UX_SCENARIOS: JSON.stringify([scenarios]),
    PERSONA_UX_REPORTS_DIR: tempDir('reports'),
  };
  const refused = await playwrightTest(['--list'], { ...env, PERSONA_UX_TICKET_PATTERN: '^[A-Z]+-\\d+$' });
  expect(refused.output).toContain(
    `${file}:${line}:9  ticket: "fix the leads" does not match the ticket pattern ^[A-Z]+-\\d+$`,
  );
  expect(refused.code, refused.output).not.toBe(0);

  const listed = await playwrightTest(['--list'], env);
  expect(listed.output).toContain('sdr-sees-routed-lead');
  expect(listed.code, listed.output).toBe(0);
});
