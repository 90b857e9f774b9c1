import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { commandHelp } from '../../runner/cli/usage';
import { ROOT, runCli, tempDir } from './cli-run';

test('`persona-ux emulator` serves the org on 127.0.0.1, prints its .env settings, refuses a taken port, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', PERSONA_UX_EMULATOR_DATA: tempDir('org') },
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
    // Everything a .env needs to point a run at it as at a sandbox, client secret included.
    expect(output).toContain(`    SF_LOGIN_URL=${url}\n    SF_USERNAME=admin@acme-demo.example\n`);
    expect(output).toMatch(/ {4}SF_CLIENT_SECRET=\S+/);
    const port = new URL(url).port;
    const second = await runCli(['emulator', '--port', port]);
    expect(second.code, second.output).toBe(2);
    expect(second.output).toContain(
      `port ${port} is taken (another emulator still running?). Choose another --port`,
    );
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited, output).toBe(0);
});

test('`persona-ux validate` checks scenario files quietly, without a browser', async () => {
  const valid = await runCli(['validate', 'scenarios']);
  expect(valid).toEqual({ code: 0, output: expect.stringMatching(/^\d+ scenarios? valid: /) });

  const dir = tempDir('validate');
  writeFileSync(
    path.join(dir, 'personas.yaml'),
    'personas:\n  sdr:\n    username: sam.sdr@acme-demo.example\n',
  );
  writeFileSync(
    path.join(dir, 'typo.yaml'),
    'id: typo\ntitle: T\npersona: sdr\nreason: R\nticket: T-1\nsteps:\n  - opne: { record: lead }\n',
  );
  const invalid = await runCli(['validate', dir]);
  expect(invalid.code).toBe(2);
  expect(invalid.output).toContain(`${path.join(dir, 'typo.yaml')}:7:5`);
  expect(invalid.output).toContain('opne');
});

test('an unknown command, subcommand or option is a usage error that names the nearest one', async () => {
  const unknown = await runCli(['rn']);
  expect(unknown.code).toBe(2);
  expect(unknown.output).toContain('unknown command "rn". Did you mean "run"?');
  const badOption = await runCli(['run', '--hedaed']);
  expect(badOption.code).toBe(2);
  expect(badOption.output).toContain(`Unknown option '--hedaed'. Did you mean "--headed"?`);
  expect(badOption.output).toContain('persona-ux run [files or dirs…]');
  const badSubcommand = await runCli(['audit', 'verfy']);
  expect(badSubcommand.code).toBe(2);
  expect(badSubcommand.output).toContain('unknown subcommand "verfy". Did you mean "verify"?');
  const far = await runCli(['doctor', '--colour']);
  expect(far.output).toContain(
    "Unknown option '--colour'. Options: --json, --target-org, --allow-production.",
  );
});

test('--help after any command prints only its usage, with exit 0', async () => {
  for (const command of [
    ['run', '--grep', 'x'],
    ['doctor', '--json'],
    ['audit', 'verify'],
    ['merge'],
    ['access', 'diff'],
    ['validate'],
    ['emulator'],
    ['install-browser'],
  ]) {
    const { code, output } = await runCli([...command, '--help'], {
      env: { PERSONA_UX_REPORTS_DIR: tempDir('reports') },
    });
    expect(output, command.join(' ')).toBe(`${commandHelp(command[0])}\n`);
    expect(output).toMatch(new RegExp(`^persona-ux ${command[0]}\\b`));
    expect(code, output).toBe(0);
  }
  expect(await runCli(['install-browser', '-h'])).toEqual({
    code: 0,
    output: `${commandHelp('install-browser')}\n`,
  });
  expect((await runCli(['help', 'validate'])).output).toBe(`${commandHelp('validate')}\n`);
});

test("each command's usage names every option it accepts, and so does the README's synopsis", async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  // Every `npx persona-ux <command> …` the README writes, up to the end of its line or code span.
  const synopsis = (command: string) =>
    [...readme.matchAll(new RegExp(`npx persona-ux ${command}\\b[^\\n\`]*`, 'g'))]
      .map(([text]) => text)
      .join('\n');
  const runAlso = readme.slice(readme.indexOf('`run` also takes'), readme.indexOf('Exit code 0 when every'));
  for (const command of [
    ['run'],
    ['doctor'],
    ['validate'],
    ['access'],
    ['audit', 'report'],
    ['audit', 'reconcile'],
    ['merge'],
  ]) {
    const { output } = await runCli([
      ...(command[0] === 'access' ? ['access', 'diff'] : command),
      '--no-such-option',
    ]);
    const options = /Options: (.*)\./.exec(output)?.[1]?.split(', ') ?? [];
    expect(options.length, output).toBeGreaterThan(0);
    const usage = commandHelp(command[0]);
    const inReadme = synopsis(command.join(' ')) + (command[0] === 'run' ? runAlso : '');
    for (const option of options) {
      expect(usage, `${command.join(' ')} ${option}`).toContain(option);
      expect(inReadme, `README: ${command.join(' ')} ${option}`).toContain(option);
    }
  }
  const emulator = commandHelp('emulator').split('\n')[0];
  for (const option of ['--org', '--port', '--latency', '--shadow', '--reset']) {
    expect(emulator).toContain(option);
    expect(synopsis('emulator')).toContain(option);
  }
});

test("each command's help ends with its own exit codes", () => {
  for (const command of [
    'run',
    'doctor',
    'audit',
    'merge',
    'access',
    'validate',
    'emulator',
    'install-browser',
  ]) {
    const codes = commandHelp(command).split('\n\nExit codes: ')[1];
    expect(codes, command).toBeTruthy();
    expect(codes?.includes('all scenarios passed'), command).toBe(command === 'run');
  }
});

test('--version prints the version of the package', async () => {
  const { code, output } = await runCli(['--version']);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(output).toBe(`${version}\n`);
  expect(code).toBe(0);
});
