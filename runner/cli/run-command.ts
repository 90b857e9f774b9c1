import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scenariosConfigFile } from '../../config/build';
import { wantsEmulator } from '../../config/org-settings';
import { auditFile, ensureRunId, reportsDir } from '../../config/run-context';
import { unwritableFolderReason } from '../../config/writable-folder';
import { parseLatency, parseShadowMode } from '../../emulator/profile-flags';
import { readHead } from '../../fixtures/audit-head';
import type { OrgConnection } from '../../fixtures/org-connection';
import { BROKEN_CHAIN_FIX, brokenWords, cutShortWords, headWords } from '../audit/chain-words';
import { verifyAuditFolder } from '../audit/folder-chain';
import { NO_BROWSER_HELP, resolveBrowser } from '../browser';
import type { EmbeddedEmulator } from '../embedded-emulator';
import { formatErrors, loadScenarios } from '../loader';
import { ticketProblems } from '../loading/ticket-rule';
import { handOverScenarios } from '../scenario-source';
import { renderRunAllure } from './allure-render';
import { parse } from './args';
import { checksWithinStopDeadline } from './checks-stop-deadline';
import { defaultWorkers } from './default-workers';
import { grepProblem } from './grep-check';
import { resolveInputs } from './inputs';
import { ensureBrowser } from './install-browser';
import { prepareOrgEnv } from './org-env';
import { type PlaywrightRun, startPlaywright } from './playwright-child';
import { problemsWithOrgAnswers } from './problems-with-org-answers';
import { headedProblem, shardProblem, workersProblem } from './run-flags';

/**
 * Validates the scenarios and the org settings, checks the org (preflight, production guard), then hands the
 * scenarios to `playwright test`; renders Allure afterwards and prints the audit chain's head. Exit code:
 * Playwright's, or 1 (the audit chain it would extend is broken), 2 (input) / 3 (preflight).
 */
export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    headed: { type: 'boolean' },
    grep: { type: 'string', short: 'g' },
    workers: { type: 'string', short: 'j' },
    trace: { type: 'boolean' },
    screenshots: { type: 'boolean' },
    latency: { type: 'string' },
    shadow: { type: 'string' },
    'target-org': { type: 'string' },
    'allow-production': { type: 'string' },
    shard: { type: 'string' },
    timeout: { type: 'string' },
  });
  const inputs = resolveInputs(positionals);
  const { scenarios, errors, orgCheckOnly = [] } = loadScenarios(inputs);
  if (errors.length > 0) {
    const problems = await problemsWithOrgAnswers(errors, orgCheckOnly, values['target-org']);
    console.error(
      `${formatErrors(problems)}\n\n${problems.length} problem(s) found. No browser was started.`,
    );
    return 2;
  }
  if (scenarios.length === 0) {
    console.error(`persona-ux: no scenarios in ${positionals.join(', ') || 'scenarios/'}.`);
    return 2;
  }
  const flagProblem =
    workersProblem(values.workers) ??
    shardProblem(values.shard) ??
    headedProblem(values.headed, process.env, values.headed ? resolveBrowser()?.executablePath : undefined) ??
    grepProblem(values.grep, scenarios);
  if (flagProblem) {
    console.error(`persona-ux run: ${flagProblem}`);
    return 2;
  }
  if (values['allow-production'] !== undefined && !values['allow-production'].trim()) {
    console.error(
      'persona-ux run: --allow-production needs the reason, e.g. --allow-production "CHG-1234 smoke test".',
    );
    return 2;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PERSONA_UX_SCENARIOS: JSON.stringify(inputs) };
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      console.error(
        `persona-ux run: --timeout expects seconds per scenario, e.g. --timeout 120, but got "${values.timeout}".`,
      );
      return 2;
    }
    env.PERSONA_UX_TIMEOUT_MS = String(Math.round(seconds * 1000));
  }
  if (!setFromFlag(env, 'PERSONA_UX_LATENCY', values.latency, parseLatency)) return 2;
  if (!setFromFlag(env, 'PERSONA_UX_SHADOW', values.shadow, parseShadowMode)) return 2;
  const unwritable = [reportsDir(env), path.dirname(auditFile('run', env))]
    .map(unwritableFolderReason)
    .find(Boolean);
  if (unwritable) {
    console.error(
      `persona-ux run: the reports and audit log cannot be written where they go (${reportsDir(env)}): ${unwritable}. ` +
        'Make that folder writable, or set PERSONA_UX_REPORTS_DIR to a folder you can write. Nothing was started.',
    );
    return 2;
  }
  const auditDir = path.dirname(auditFile('run', env));
  const chain = await verifyAuditFolder(auditDir);
  if (chain?.broken) {
    console.error(
      `persona-ux run: the audit chain this run would extend is broken: ${brokenWords(chain)}.\n` +
        `  Nothing was started. ${BROKEN_CHAIN_FIX}`,
    );
    return 1;
  }
  for (const cut of chain?.cutShort.filter((c) => !c.recorded) ?? []) {
    console.warn(`persona-ux: ${cutShortWords(cut, 'This run')}.`);
  }
  const problems = await prepareOrgEnv(env, values['target-org']);
  if (problems.length > 0) {
    console.error(
      `persona-ux run: the org settings are not usable:\n  ${problems.join('\n  ')}\nNo browser was started.`,
    );
    return 2;
  }
  const ticketRule = ticketProblems(scenarios, env.PERSONA_UX_TICKET_PATTERN);
  if (ticketRule.length > 0) {
    console.error(
      `${formatErrors(ticketRule)}\n\n${ticketRule.length} problem(s) found. No browser was started.`,
    );
    return 2;
  }
  if (!ensureBrowser()) {
    console.error(NO_BROWSER_HELP);
    return 3;
  }

  const runId = ensureRunId(env);
  if (values.screenshots) env.PERSONA_UX_SCREENSHOTS = '1';
  if (values.trace) {
    env.PERSONA_UX_TRACE = '1';
    console.warn(
      'persona-ux: traces record network traffic, cookies included; every session is ended before the run returns, so the ids they hold are dead.',
    );
  }
  const reports = reportsDir(env);
  const handover = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-run-'));
  let emulator: EmbeddedEmulator | undefined;
  let playwright: PlaywrightRun | undefined;
  let session: OrgConnection | undefined;
  let forWorkers: NodeJS.ProcessEnv = {};
  // What checking the org needs is loaded once the runner is starting: nothing before needs it.
  let orgChecks: typeof import('./check-target') | undefined;
  try {
    Object.assign(env, handOverScenarios(scenarios, path.join(handover, 'scenarios.v8')));
    const playwrightArgs = ['test', '-c', scenariosConfigFile()];
    if (values.headed) playwrightArgs.push('--headed');
    if (values.grep) playwrightArgs.push('--grep', values.grep);
    const workers = values.workers ?? String(defaultWorkers(scenarios));
    playwrightArgs.push('--workers', workers);
    // The scenarios' order keeps those that share a persona apart by the number of workers.
    if (/^[1-9]\d*$/.test(workers)) env.PERSONA_UX_WORKERS = workers;
    if (values.shard) {
      playwrightArgs.push('--shard', values.shard);
      env.PERSONA_UX_SHARD = values.shard;
    }
    // Playwright's runner loads while the org is checked; it goes on only if the checks pass.
    const atStart = { ...env };
    const run = startPlaywright([require.resolve('@playwright/test/cli'), ...playwrightArgs], env);
    playwright = run;
    let stop: number | undefined;
    let wentAhead = false;
    let wentAheadAt = 0;
    try {
      // The emulator loads only when the run needs it: a run against a sandbox starts sooner without it.
      emulator = wantsEmulator(env)
        ? await (require('../embedded-emulator') as typeof import('../embedded-emulator'))
            .startEmbeddedEmulator(env, env.PERSONA_UX_LATENCY as ReturnType<typeof parseLatency> | undefined)
            .catch((error: Error) => {
              if (error.name !== 'EmulatorDataInUse') throw error;
              console.error(`persona-ux run: ${error.message}`);
              stop = 2;
              return undefined;
            })
        : undefined;
      if (emulator) Object.assign(env, emulator.env);
      if (stop === undefined && !run.stoppedBy()) {
        orgChecks = require('./check-target') as typeof import('./check-target');
        const checked = await checksWithinStopDeadline(
          orgChecks.checkTarget(env, runId, values['allow-production'], values.shard, scenarios, run),
          run,
          () => {
            run.cancel();
            rmSync(handover, { recursive: true, force: true });
          },
        );
        if ('stop' in checked) stop = checked.stop;
        else ({ session, forWorkers } = checked);
      }
      if (stop === undefined && !run.stoppedBy()) {
        rmSync(path.join(reports, 'allure-results'), { recursive: true, force: true });
        if (values.shard) rmSync(path.join(reports, 'blob'), { recursive: true, force: true });
        console.log(`persona-ux: run ${runId}, ${scenarios.length} scenario(s)`);
        wentAheadAt = Date.now();
        run.goAhead({
          ...changedSince(atStart, env),
          ...forWorkers,
        });
        wentAhead = true;
      }
    } finally {
      // Stopped before the go-ahead (checks failed, a signal, an error): nothing has started in the runner.
      if (!wentAhead) run.cancel();
    }
    if (stop !== undefined) {
      await run.done;
      return stop;
    }
    const { code, stoppedBy } = await run.done;
    if (code === 0 && !stoppedBy && !reportedSince(path.join(reports, 'junit.xml'), wentAheadAt)) {
      console.error(
        'persona-ux run: Playwright ended without reporting a single scenario (no JUnit report was written): ' +
          'nothing was run, so nothing passed. Run again; if it persists, run `npx playwright test` in this folder to see why.',
      );
      return 1;
    }
    if (wentAhead) await renderRunAllure(reports, env);
    const head = wentAhead ? readHead(auditDir) : undefined;
    if (head && head.seq > 0) console.log(headWords(head));
    if (stoppedBy) console.error(`persona-ux: run stopped by ${stoppedBy}; audit ${auditFile(runId, env)}`);
    return stoppedBy && code === 0 ? 1 : code;
  } finally {
    await orgChecks?.endSession(session);
    await emulator?.stop();
    rmSync(handover, { recursive: true, force: true });
    playwright?.release();
  }
}

/** Whether `file` was written at or after `since` (ms): the run's reporters reported. */
function reportedSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since - 1_000;
  } catch {
    return false;
  }
}

/** The variables `env` gained or changed since `before`. */
function changedSince(before: NodeJS.ProcessEnv, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name, value]) => before[name] !== value));
}

/**
 * Passes a flag to the run as the environment variable `name`, as `parse` reads it; an absent flag passes
 * nothing. A value `parse` refuses is the user's mistake: its message is printed and the answer is false.
 */
function setFromFlag(
  env: NodeJS.ProcessEnv,
  name: string,
  value: string | undefined,
  parse: (value: string) => string,
): boolean {
  if (!value) return true;
  try {
    env[name] = parse(value);
    return true;
  } catch (error) {
    console.error(`persona-ux run: ${(error as Error).message}`);
    return false;
  }
}
