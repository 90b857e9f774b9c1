import { execFile } from 'node:child_process';

/** What the Salesforce CLI says about an org: enough to use its session as an access token. */
export interface CliOrg {
  accessToken: string;
  instanceUrl: string;
  username: string;
}

interface CliAnswer {
  status?: number;
  message?: string;
  result?: Partial<CliOrg>;
}

/**
 * Since @salesforce/plugin-org 6 (sf 2.150), `sf org display --json` answers the token as
 * "[REDACTED] Use 'sf org auth show-access-token' to view" (plugin-org messages/secrets-redacted.md); the token is
 * then read with `sf org auth show-access-token --json`, whose `result` is { accessToken }.
 */
const REDACTED = /^\[REDACTED\]/;

/**
 * A Salesforce CLI org (--target-org alias or username): instance URL and username from `sf org display --json`
 * (sf answers status 1 with `message` for an unknown alias), the token from there where older CLIs still show it,
 * else from `sf org auth show-access-token --json`. PERSONA_UX_SF_BIN names another executable (tests use a stub).
 */
export async function readCliOrg(alias: string, env: NodeJS.ProcessEnv = process.env): Promise<CliOrg> {
  const bin = env.PERSONA_UX_SF_BIN || 'sf';
  const display = await askCli(bin, ['org', 'display', '--target-org', alias, '--json'], env);
  const result = display.answer?.result;
  if (!display.answer) {
    throw new Error(`"${bin} org display --json" did not answer JSON${display.failure}.`);
  }
  if (display.answer.status !== 0 || !result?.instanceUrl) {
    throw new Error(
      `The Salesforce CLI knows no usable org "${alias}": ${display.answer.message ?? 'no instance URL in its answer'}. ` +
        'List them with sf org list; log in with sf org login web --alias <alias>.',
    );
  }
  const org = (accessToken: string): CliOrg => ({
    accessToken,
    instanceUrl: result.instanceUrl as string,
    username: result.username ?? '',
  });
  if (result.accessToken && !REDACTED.test(result.accessToken)) return org(result.accessToken);

  const shown = await askCli(bin, ['org', 'auth', 'show-access-token', '--target-org', alias, '--json'], env);
  const token = shown.answer?.result?.accessToken;
  if (shown.answer?.status === 0 && token && !REDACTED.test(token)) return org(token);
  if (shown.answer && shown.answer.status !== 0 && shown.answer.message) {
    throw new Error(
      `The Salesforce CLI has no usable session for org "${alias}": ${shown.answer.message} ` +
        `Log it in again: sf org login web --alias ${alias}.`,
    );
  }
  const version = await cliVersion(bin, env);
  throw new Error(
    `The Salesforce CLI (${version}) hides the access token of org "${alias}" from "sf org display --json" and ` +
      `cannot show it with "sf org auth show-access-token --json"${shown.failure}. Update the CLI ` +
      '(npm install -g @salesforce/cli@latest, or sf update), or set SF_ACCESS_TOKEN and SF_INSTANCE_URL instead.',
  );
}

/** The CLI's JSON answer, or why there is none (as a parenthesis for an error sentence). */
async function askCli(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ answer?: CliAnswer; failure: string }> {
  const { stdout, stderr, error } = await run(bin, args, env);
  try {
    return { answer: JSON.parse(stdout) as CliAnswer, failure: '' };
  } catch {
    const said = stderr
      .split('\n')
      .map((line) => line.replace(/^[\s›]*(Warning|Error):\s*/, '').trim())
      .find(Boolean);
    return { failure: said ? ` (${said})` : error ? ` (${error.message.split('\n')[0]})` : '' };
  }
}

async function cliVersion(bin: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(bin, ['--version'], env).catch(() => ({ stdout: '' }));
  return stdout.trim().split('\n')[0] || `${bin}, version unknown`;
}

function run(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string; error: Error | null }> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: 60_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
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
      resolve({ stdout, stderr, error });
    });
  });
}
