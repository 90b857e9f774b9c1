import { loadDotEnv } from '../../config/dotenv';
import { UsageError } from './usage-error';

const HELP = `persona-ux — test Salesforce as the people who use it

Usage:
  persona-ux run [files or dirs…] [--headed] [--grep TEXT] [--workers N] [--trace] [--latency PROFILE] [--shadow MODE]
                 [--target-org ALIAS] [--allow-production "REASON"] [--shard I/N] [--timeout SECONDS] [--screenshots]
      Validate the scenarios and the org settings, check the org (preflight), then log in as each persona and
      walk its steps (default: scenarios/). With no SF_USERNAME, SF_ACCESS_TOKEN or --target-org, runs against
      the embedded org emulator (--latency none|lightning|jitter: how slowly it renders, like real Lightning;
      --shadow native|synthetic: Lightning's shadow DOM, native or LWC's synthetic shadow).
      A production org is refused unless --allow-production gives the reason (recorded in the audit log).
      Ctrl+C or SIGTERM stops the run; every Login-As is still ended with "Log out as" before it exits.
      --screenshots attaches a screenshot of the persona's page after every step (HTML report and Allure).
  persona-ux doctor [files or dirs…] [--json] [--target-org ALIAS]
      Check the org, the admin and every persona before a run; each failing check says how to fix it.
  persona-ux audit verify [dir or files…]     Prove the audit log's hash chain is intact (default reports/audit).
  persona-ux merge SHARD_REPORTS… --out DIR     A sharded run's reports as one: HTML, JUnit, Allure, one audit chain.
  persona-ux audit report [--since DATE] [--out DIR]      HTML and CSV of every impersonation, for review.
  persona-ux audit reconcile [--since DATE] [--json]      The org's Login-As records against the audit log.
  persona-ux access snapshot|diff [files or dirs…] [--baseline FILE] [--objects A,B] [--update] [--html FILE]
      Record every persona's access through the API (no browser), or compare the org with that baseline:
      per persona what changed and which profile, permission set or group did it; exit 1 on a change.
  persona-ux validate [files or dirs…] [--offline]
      Check scenario files, and the names they use against the org (--offline: files only), without a browser.
  persona-ux emulator [--org FILE] [--port N] [--latency PROFILE] [--reset]
      Run the org emulator on its own.
  persona-ux install-browser   Get a Chromium (Playwright's, else Debian's as root).

Exit codes: 0 all scenarios passed, 1 a scenario failed (or the audit chain is broken), 2 invalid input or
configuration, 3 a preflight check or the production guard stopped the run (or no browser).`;

type Command = (args: string[]) => Promise<number>;

// Loaded on use: `audit verify` must work even where the scenario loader or a browser cannot.
const commands: Record<string, () => Command> = {
  run: () => require('./run-command').runCommand,
  doctor: () => require('./doctor-command').doctorCommand,
  audit: () => require('./audit-command').auditCommand,
  merge: () => require('./merge-command').mergeCommand,
  access: () => require('./access-command').accessCommand,
  validate: () => require('./validate-command').validateCommand,
  emulator: () => require('./emulator-command').emulatorCommand,
  'install-browser': () => require('./install-browser').installBrowserCommand,
};

export async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(
      `persona-ux: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n\n${HELP}`,
    );
    return 2;
  }
  try {
    return await command()(rest);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || error instanceof UsageError) {
      console.error(`persona-ux ${name}: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if ((error as Error)?.name === 'OrgDefinitionError') {
      // PERSONA_UX_ORG / --org names an org definition that does not load: a configuration mistake.
      console.error(`persona-ux ${name}: ${(error as Error).message}`);
      return 2;
    }
    return reportCrash(name, error);
  }
}

/** Never a raw stack trace: what failed, and how to see more. */
export function reportCrash(name: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `persona-ux ${name}: ${message}` +
      (process.env.PERSONA_UX_DEBUG
        ? `\n${(error as Error)?.stack ?? ''}`
        : '\n(set PERSONA_UX_DEBUG=1 to see where it happened)'),
  );
  return 1;
}
