import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A stand-in for the Salesforce CLI (PERSONA_UX_SF_BIN) knowing one org on `instanceUrl`, as sf 2.150 and later
 * answer: `sf org display --json` redacts the token, `sf org auth show-access-token --json` shows the one the
 * org's auth file holds, which `holds` sets (a refresh the CLI made, or none).
 */
export function salesforceCliStub(
  instanceUrl: string,
  username: string,
): { env: NodeJS.ProcessEnv; holds(token: string): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sf-'));
  const bin = path.join(dir, 'sf');
  const tokenFile = path.join(dir, 'token');
  const display = JSON.stringify({
    status: 0,
    result: { accessToken: "[REDACTED] Use 'sf org auth show-access-token' to view", instanceUrl, username },
  });
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      'case "$1 $2 $3" in',
      `  "org display --target-org") echo '${display}' ;;`,
      `  "org auth show-access-token") printf '{"status":0,"result":{"accessToken":"%s"}}' "$(cat '${tokenFile}')" ;;`,
      '  *) echo "unexpected: $*" >&2; exit 9 ;;',
      'esac',
      '',
    ].join('\n'),
  );
  chmodSync(bin, 0o755);
  return {
    env: { PERSONA_UX_SF_BIN: bin },
    holds: (token) => writeFileSync(tokenFile, token),
  };
}
