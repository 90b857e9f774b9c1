import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readCliOrg } from '../../runner/cli/target-org';

// --target-org reads the org from the Salesforce CLI, whichever way that CLI version shows the session.
const INSTANCE = 'https://acme--uat.sandbox.my.salesforce.com';
const REDACTED = "[REDACTED] Use 'sf org auth show-access-token' to view";

/** A stand-in for sf: `display` answers `sf org display --json`, `show` `sf org auth show-access-token --json`. */
function stubCli(display: string, show: string): NodeJS.ProcessEnv {
  const bin = path.join(mkdtempSync(path.join(tmpdir(), 'sf-')), 'sf');
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      'case "$1 $2 $3" in',
      `  "org display --target-org") echo '${display}' ;;`,
      `  "org auth show-access-token") ${show} ;;`,
      '  "--version"*) echo "@salesforce/cli/2.99.0 linux-x64 node-v20.20.2" ;;',
      '  *) echo "unexpected: $*" >&2; exit 9 ;;',
      'esac',
      '',
    ].join('\n'),
  );
  chmodSync(bin, 0o755);
  return { PATH: process.env.PATH, PERSONA_UX_SF_BIN: bin };
}

const displayed = (accessToken: string) =>
  JSON.stringify({
    status: 0,
    result: { accessToken, instanceUrl: INSTANCE, username: 'admin@acme.example' },
  });
const unknownCommand = 'echo " ›   Warning: org auth show-access-token is not a sf command." >&2; exit 127';

test('a CLI that still shows the token in sf org display is read as before', async () => {
  const env = stubCli(displayed('00D!old'), 'exit 9');
  expect(await readCliOrg('uat', env)).toEqual({
    accessToken: '00D!old',
    instanceUrl: INSTANCE,
    username: 'admin@acme.example',
  });
});

test('a CLI that redacts the token in sf org display gives it through sf org auth show-access-token', async () => {
  const env = stubCli(
    displayed(REDACTED),
    `echo '${JSON.stringify({ status: 0, result: { accessToken: '00D!new' }, warnings: ['This command exposes'] })}'`,
  );
  expect(await readCliOrg('uat', env)).toEqual({
    accessToken: '00D!new',
    instanceUrl: INSTANCE,
    username: 'admin@acme.example',
  });
});

test('a CLI that redacts the token and cannot show it is named with its version and what to do', async () => {
  const error = await readCliOrg('uat', stubCli(displayed(REDACTED), unknownCommand)).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toContain(
    'The Salesforce CLI (@salesforce/cli/2.99.0 linux-x64 node-v20.20.2) hides the access',
  );
  expect(message).toContain('(org auth show-access-token is not a sf command.)');
  expect(message).toContain('Update the CLI');
  expect(message).toContain('SF_ACCESS_TOKEN and SF_INSTANCE_URL');
  expect(message).not.toContain('[REDACTED]');
});

test('an org whose CLI session cannot be shown says to log the CLI in again', async () => {
  const noToken = JSON.stringify({
    status: 1,
    name: 'NoAccessTokenError',
    message: 'No access token found for "admin@acme.example". The org may need to be re-authenticated.',
  });
  const error = await readCliOrg('uat', stubCli(displayed(REDACTED), `echo '${noToken}'; exit 1`)).catch(
    (e: Error) => e,
  );
  expect((error as Error).message).toBe(
    'The Salesforce CLI has no usable session for org "uat": No access token found for "admin@acme.example". ' +
      'The org may need to be re-authenticated. Log it in again: sf org login web --alias uat.',
  );
});
