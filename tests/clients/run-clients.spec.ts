import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SF_COMMANDS } from './client-commands';

// `npm run clients` itself, with a stand-in `sf` on the PATH: it proves the script fills the placeholders
// with a live emulator, a working access token and real files, counts what worked, and skips what is missing.
const STAND_IN = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args[0] === '--version') process.exit(0);
const value = (flag) => args[args.indexOf(flag) + 1];
(async () => {
  if (args.includes('access-token')) {
    const answer = await fetch(value('--instance-url') + '/services/oauth2/userinfo', {
      headers: { Authorization: 'Bearer ' + process.env.SF_ACCESS_TOKEN },
    });
    process.exit(answer.status === 200 ? 0 : 3);
  }
  if (args.includes('sfdx-url')) {
    process.exit(/^force:\\/\\/[^:]+:[^:]+:5Aep861[^@]+@127\\.0\\.0\\.1(:\\d+)?$/.test(fs.readFileSync(value('--sfdx-url-file'), 'utf8')) ? 0 : 4);
  }
  if (args.includes('jwt')) process.exit(fs.readFileSync(value('--jwt-key-file'), 'utf8').includes('PRIVATE KEY') ? 0 : 5);
  if (args.includes('tree') && args.includes('import')) process.exit(JSON.parse(fs.readFileSync(value('--files'), 'utf8')).records.length === 1 ? 0 : 6);
  if (args.includes('retrieve')) {
    console.error('stand-in failure');
    process.exit(1);
  }
  process.exit(0);
})();
`;

test('npm run clients: runs every sf command against a fresh emulator and prints N/M worked', async () => {
  const bin = mkdtempSync(path.join(tmpdir(), 'persona-ux-fake-sf-'));
  try {
    writeFileSync(path.join(bin, 'sf'), STAND_IN);
    chmodSync(path.join(bin, 'sf'), 0o755);
    const run = spawnSync('npx', ['tsx', 'tests/clients/run-clients.ts'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
      timeout: 120_000,
    });
    const output = run.stdout + run.stderr;
    expect(output).toContain(`sf: ${SF_COMMANDS.length - 1}/${SF_COMMANDS.length} worked`);
    expect(output).toMatch(/✗ project retrieve start -m Layout \(exit 1\): stand-in failure/);
    expect(output).toContain('✓ login with an access token');
    expect(output).toContain('✓ login with an sfdx-auth-url (refresh token)');
    expect(run.status).toBe(1);
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});
