/** What each command takes and does, shown by `persona-ux help`, `persona-ux <command> --help` and after a usage error. */
export const COMMAND_USAGE: Record<string, () => string> = {
  run: () => `persona-ux run [files or dirs…] [--headed] [--grep TEXT] [--workers N|N%] [--trace] [--latency PROFILE] [--shadow MODE]
               [--target-org ALIAS] [--allow-production "REASON"] [--shard I/N] [--timeout SECONDS] [--screenshots]
    Validate the scenarios and the org settings, check the org (preflight), then log in as each persona and
    walk its steps (default: scenarios/). With no SF_USERNAME, SF_ACCESS_TOKEN or --target-org, runs against
    the embedded org emulator (--latency none|lightning|jitter: how slowly it renders, like real Lightning;
    --shadow native|synthetic: Lightning's shadow DOM, native or LWC's synthetic shadow).
    A production org is refused unless --allow-production gives the reason (recorded in the audit log).
    Ctrl+C or SIGTERM stops the run; every Login-As is still ended with "Log out as" before it exits.
    --screenshots attaches a screenshot of the persona's page after every step (HTML report and Allure).`,
  doctor:
    () => `persona-ux doctor [files or dirs…] [--json] [--target-org ALIAS] [--allow-production "REASON"]
    Check the org, the admin and every persona before a run; each failing check says how to fix it.`,
  audit: () => `persona-ux audit verify [dir or files…] [--expect-head HASH]
    Prove the audit log's hash chain is intact (default reports/audit), following each line's seq and prev; with
    --expect-head, that it still holds the head run or merge printed (kept elsewhere: the CI log, an artifact).
persona-ux audit report [dir or files…] [--since DATE] [--out DIR] [--repeat N] [--sensitive A,B] [--personas FILE]
    HTML and CSV of every impersonation, for review (default --out reports/audit-review); users impersonated more
    than --repeat times (default 10) flagged; sessions on production orgs, and those of sensitive personas (as
    recorded with each session, plus the personas named by --sensitive or marked sensitive in --personas), listed apart.
persona-ux audit reconcile [dir or files…] [--since DATE] [--json] [--target-org ALIAS]
    The org's Login-As records against the audit log's lines about that org.`,
  merge: () =>
    "persona-ux merge SHARD_REPORTS… --out DIR     A sharded run's reports as one: HTML, JUnit, Allure, one audit chain.",
  access:
    () => `persona-ux access snapshot|diff [files or dirs…] [--baseline FILE] [--objects A,B] [--update] [--html FILE]
    Record every persona's access through the API (no browser), or compare the org with that baseline:
    per persona what changed and which profile, permission set or group did it; exit 1 on a change.
    snapshot   Record every persona's access (through the API, no browser) in the baseline file.
    diff       Compare the org with the baseline; exit 1 when something changed, 0 when not.
               --update rewrites the baseline after a reviewed change; --html FILE writes the diff as HTML.
    --baseline FILE   default: access-baseline.jsonl beside personas.yaml
    --objects A,B     objects to record (default: every object each persona touches in any step, as: included)`,
  validate: () => `persona-ux validate [files or dirs…] [--offline] [--target-org ALIAS]
    Check scenario files, and the names they use against the org (--offline: files only), without a browser.`,
  emulator: () =>
    (require('./emulator-command') as typeof import('./emulator-command')).EMULATOR_COMMAND_USAGE.replace(
      /^Usage: /,
      '',
    ),
  'install-browser': () => `persona-ux install-browser
    Get a Chromium (Playwright's, else Debian's as root).`,
};

/** What each command's exit code means; 2 is always a mistake in the input or the settings. */
const EXIT_CODES: Record<string, string> = {
  run: `0 all scenarios passed, 1 a scenario failed, or the audit chain it would extend is broken (then nothing
starts), 2 invalid input or configuration, 3 a preflight check or the production guard stopped the run (or no browser).`,
  doctor: '0 no check failed, 2 invalid scenario files or settings, 3 a check failed.',
  audit: `verify: 0 the chain is intact (and holds --expect-head), 1 it is broken or does not hold it. report:
0 written, 1 written from a broken chain (the page says so). reconcile: 0 every Login-As is documented and
recorded, 1 one is not or the chain is broken, 3 the org refused the sign-in. 2 invalid input or settings (an
audit folder that does not exist or holds no audit file).`,
  merge: `0 merged, 1 a shard's audit chain or the one merged into is broken (nothing merged), or Playwright
could not merge the blob reports, 2 invalid input (a folder with no audit log is no shard's reports).`,
  access: `0 recorded (snapshot), nothing changed or the baseline updated (diff), 1 something changed (diff),
2 invalid input or settings, a missing or broken baseline, or an org that cannot be signed in to.`,
  validate:
    '0 all valid, 2 a problem in the files or the settings, 3 the org could not be reached to check the names.',
  emulator:
    '0 stopped (Ctrl-C or SIGTERM), 2 invalid flags or org definition, a taken port, or its state in use.',
  'install-browser': '0 Chromium ready, 2 invalid arguments, 3 no Chromium could be installed.',
};

const indent = (text: string) => text.replace(/^/gm, '  ');

export function helpText(): string {
  const commands = Object.values(COMMAND_USAGE).map((usage) => indent(usage()));
  return `persona-ux — test Salesforce as the people who use it

Usage:
${commands.join('\n')}
  persona-ux <command> --help    that command's usage and exit codes
  persona-ux --version           persona-ux's version

Exit codes: each command's --help says what its own mean; 2 is always invalid input or configuration.`;
}

/** One command's usage, with its exit codes. */
export function commandHelp(name: string): string {
  return `${COMMAND_USAGE[name]()}\n\nExit codes: ${EXIT_CODES[name]}`;
}
