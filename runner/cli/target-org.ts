import { execFile } from 'node:child_process';

/** What `sf org display --json` says about an org: enough to use its session as an access token. */
export interface CliOrg {
  accessToken: string;
  instanceUrl: string;
  username: string;
}

/**
 * A Salesforce CLI org (--target-org alias or username), read through `sf org display --json` (its `result`
 * holds accessToken, instanceUrl and username; sf answers status 1 with `message` for an unknown alias).
 * PERSONA_UX_SF_BIN names another executable (tests use a stub where the real CLI is absent).
 */
export function readCliOrg(alias: string, env: NodeJS.ProcessEnv = process.env): Promise<CliOrg> {
  const bin = env.PERSONA_UX_SF_BIN || 'sf';
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      ['org', 'display', '--target-org', alias, '--json'],
      { env, timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new Error(
              `--target-org needs the Salesforce CLI, and "${bin}" is not installed or not on PATH. ` +
                'Install it (npm install -g @salesforce/cli) and log in (sf org login web --alias <alias>), or set ' +
                'SF_ACCESS_TOKEN and SF_INSTANCE_URL instead.',
            ),
          );
          return;
        }
        let parsed: { status?: number; message?: string; result?: Partial<CliOrg> };
        try {
          parsed = JSON.parse(stdout);
        } catch {
          reject(
            new Error(
              `"${bin} org display --json" did not answer JSON${error ? ` (${error.message})` : ''}.`,
            ),
          );
          return;
        }
        const result = parsed.result;
        if (parsed.status !== 0 || !result?.accessToken || !result.instanceUrl) {
          reject(
            new Error(
              `The Salesforce CLI knows no usable org "${alias}": ${parsed.message ?? 'no access token in its answer'}. ` +
                'List them with sf org list; log in with sf org login web --alias <alias>.',
            ),
          );
          return;
        }
        resolve({
          accessToken: result.accessToken,
          instanceUrl: result.instanceUrl,
          username: result.username ?? '',
        });
      },
    );
  });
}
