import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { JSFORCE_COMMANDS, SF_COMMANDS } from './client-commands';

// `npm run clients` itself, with a stand-in `sf` named by PERSONA_UX_SF_BIN: it proves the script fills the
// placeholders with a live https emulator, a working access token, a refresh token that the emulator
// exchanges, real files, and counts a command as worked only when it exits 0 and prints what it is for.
const STAND_IN = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args[0] === '--version') {
  console.log('stand-in-sf/1.0');
  process.exit(0);
}
const value = (flag) => args[args.indexOf(flag) + 1];
const authorized = () => {
  console.log('Successfully authorized admin@stand-in');
  process.exit(0);
};
(async () => {
  if (args.includes('access-token')) {
    const answer = await fetch(value('--instance-url') + '/services/oauth2/userinfo', {
      headers: { Authorization: 'Bearer ' + process.env.SF_ACCESS_TOKEN },
    });
    if (answer.status === 200) authorized();
    process.exit(3);
  }
  if (args.includes('sfdx-url')) {
    const url = fs.readFileSync(value('--sfdx-url-file'), 'utf8');
    const [, id, secret, refresh, host] = /^force:\\/\\/([^:]+):([^:]+):([^@]+)@(127\\.0\\.0\\.1:\\d+)$/.exec(url) ?? [];
    if (!host) process.exit(4);
    // Over https, trusting the run's certificate through NODE_EXTRA_CA_CERTS, as the real CLI does.
    const answer = await fetch('https://' + host + '/services/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: id, client_secret: secret, refresh_token: refresh }),
    });
    if (answer.status === 200) authorized();
    process.exit(5);
  }
  if (args.includes('jwt') && fs.readFileSync(value('--jwt-key-file'), 'utf8').includes('PRIVATE KEY')) authorized();
  if (args.includes('tree') && args.includes('import')) {
    const tree = JSON.parse(fs.readFileSync(value('--files'), 'utf8'));
    console.log(tree.records.map((record) => record.attributes.referenceId).join(' '));
    console.log(tree.records[0].Contacts.records[0].attributes.referenceId);
    process.exit(0);
  }
  if (args.includes('retrieve')) {
    console.error('stand-in failure');
    process.exit(1);
  }
  process.exit(0);
})();
`;

function runClients(env: NodeJS.ProcessEnv) {
  const run = spawnSync('npx', ['tsx', 'tests/clients/run-clients.ts'], {
    encoding: 'utf8',
    // No Python client here: the stand-in sf is what is measured.
    env: { ...process.env, PERSONA_UX_PYTHON: '', PYTHONPATH: '', PERSONA_UX_SF_NODE: '', ...env },
    timeout: 150_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('npm run clients: runs jsforce and every sf command against a fresh https emulator and prints N/M worked', async () => {
  test.setTimeout(180_000);
  const bin = mkdtempSync(path.join(tmpdir(), 'persona-ux-fake-sf-'));
  try {
    const sf = path.join(bin, 'stand-in-sf');
    writeFileSync(sf, STAND_IN);
    chmodSync(sf, 0o755);
    const { status, output } = runClients({ PERSONA_UX_SF_BIN: sf });
    expect(output).toContain('sf: stand-in-sf/1.0');
    expect(output).toMatch(/Emulator on https:\/\/127\.0\.0\.1:\d+ /);
    expect(output).toContain('✓ login with JWT');
    expect(output).toContain('✓ login with an sfdx-auth-url (refresh token)');
    expect(output).toContain('✓ login with an access token');
    expect(output).toContain('✓ data import tree');
    expect(output).toMatch(/✗ project retrieve start -m Layout \(exit 1\): stand-in failure/);
    // Exit code 0 without the output a real `sf org display` prints is not counted as worked.
    expect(output).toContain(
      '✗ org display (exit 0, but the output does not show /"connectedStatus": "Connected"/): (nothing printed)',
    );
    expect(output).toContain(`sf: 4/${SF_COMMANDS.length} worked`);
    // jsforce, the project's own dependency, runs for real over the same https emulator.
    expect(output).toContain(`jsforce: ${JSFORCE_COMMANDS.length}/${JSFORCE_COMMANDS.length} worked`);
    expect(status).toBe(1);
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

test('npm run clients: an install variable naming a missing file is a usage error (exit 2) that says what to set', async () => {
  test.setTimeout(60_000);
  const { status, output } = runClients({ PERSONA_UX_SF_BIN: '/nonexistent/sf' });
  expect(output).toContain(
    'PERSONA_UX_SF_BIN=/nonexistent/sf: no such file. Set it to the sf program, e.g. /opt/sf/node_modules/.bin/sf, or unset it.',
  );
  expect(output).not.toMatch(/\n\s+at /);
  expect(status).toBe(2);
});
