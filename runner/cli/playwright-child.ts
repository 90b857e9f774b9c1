import { spawn } from 'node:child_process';
import { BUILT } from '../../config/build';
import { AWAIT_GO_AHEAD, type GoAheadMessage, type HeldSessionMessage } from '../go-ahead';
import { stopDeadlineMs } from '../orphaned-run';

/**
 * V8 flags for the Playwright runner, which its workers inherit (it forks them with its own execArgv). A run's
 * Node processes mostly wait on the browser and the org: a young generation of 1 MB semi-spaces instead of up to
 * 16 MB takes about 40 MB off the worker's and the runner's peak together, with no measurable cost in time inside
 * the test (bench/memory.ts, bench/overhead.ts). `--optimize-for-size` saved 20 MB more but slowed the test by a
 * fifth. A young generation size the user's NODE_OPTIONS sets is kept.
 */
export function leanNodeFlags(env: NodeJS.ProcessEnv): string[] {
  return /--max-semi-space-size\b/.test(env.NODE_OPTIONS ?? '') ? [] : ['--max-semi-space-size=1'];
}

/**
 * Environment for the Playwright runner, which its workers inherit. Run from the build, everything Playwright loads
 * is compiled CommonJS (dist/playwright/), so its loader for TypeScript and ES modules, on Node 20 a thread of its
 * own in the runner and in every worker, has nothing to do: PW_DISABLE_TS_ESM, Playwright's own switch
 * (registerESMLoader in playwright/lib/common/index.js), leaves it out, about 15 MB less in each
 * (bench/RESULTS.md). From the TypeScript it stays: it is what compiles the sources. A value the user set is kept.
 */
export function moduleLoaderEnv(env: NodeJS.ProcessEnv, built = BUILT): NodeJS.ProcessEnv {
  return built && env.PW_DISABLE_TS_ESM === undefined ? { PW_DISABLE_TS_ESM: '1' } : {};
}

export interface PlaywrightRun {
  /** Lets the runner go on from its global setup, with these variables added to its environment. */
  goAhead(env: NodeJS.ProcessEnv): void;
  /**
   * Tells the runner the admin's API session the checks opened, and later each renewed one, so that it logs out
   * the live session should this process be killed outright. Resolves once the message is handed to the channel:
   * from then on the runner reads it even if this process dies.
   */
  holdSession(env: NodeJS.ProcessEnv): Promise<void>;
  /** Ends a runner that was not let go on: nothing has started in it yet. */
  cancel(): void;
  /**
   * Gives signals back to their default once the command is done with the run. Until then, after a signal stopped
   * the run before its go-ahead, a signal sent again still reaches `signalledAgain`, even once the runner is gone:
   * the command may still be waiting for the org to answer its checks.
   */
  release(): void;
  /** Whether a signal has stopped the run, and which. */
  stoppedBy(): NodeJS.Signals | undefined;
  /** Resolves with the signal that stopped the run, should one stop it. */
  stopped: Promise<NodeJS.Signals>;
  /** Resolves with a signal sent again before the runner went ahead: whoever sent it will not wait for the org. */
  signalledAgain: Promise<NodeJS.Signals>;
  /** The exit code, and whether a signal stopped the run. */
  done: Promise<{ code: number; stoppedBy?: NodeJS.Signals }>;
}

/**
 * Starts `node <lean flags> args…` (the Playwright runner) in its own process group, waiting in its global setup for
 * `goAhead` (runner/go-ahead.ts), so that it loads while the CLI checks the org. A signal sent to the CLI's
 * group reaches the runner's group once, from here, as SIGINT: Playwright's graceful stop, in which every worker
 * tears its tests down (ending their Login-As sessions with "Log out as" and writing the audit end lines). A
 * SIGTERM to the CLI alone is forwarded the same way. If the run has not ended by the hard deadline, its whole
 * process group is killed. A CLI killed outright sends nothing: the runner then stops itself the same way
 * (runner/orphaned-run.ts).
 */
export function startPlaywright(
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.error,
): PlaywrightRun {
  const child = spawn(process.execPath, [...leanNodeFlags(env), ...args], {
    env: { ...env, ...moduleLoaderEnv(env), [AWAIT_GO_AHEAD]: '1' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  let stoppedBy: NodeJS.Signals | undefined;
  let wentAhead = false;
  let deadline: NodeJS.Timeout | undefined;
  let heard!: (signal: NodeJS.Signals) => void;
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    heard = resolve;
  });
  let heardAgain!: (signal: NodeJS.Signals) => void;
  const signalledAgain = new Promise<NodeJS.Signals>((resolve) => {
    heardAgain = resolve;
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const forward = (signal: NodeJS.Signals) => {
    if (stoppedBy) {
      // Once the runner went ahead, its teardown ends the Login-As sessions: only the hard deadline cuts it short.
      if (!wentAhead) heardAgain(signal);
      return;
    }
    stoppedBy = signal;
    heard(signal);
    const ms = stopDeadlineMs(env);
    log(
      `\npersona-ux: ${signal} received; stopping the run and ending every Login-As session (at most ${Math.round(ms / 1000)} s)…`,
    );
    // The whole group: the runner stops its tests, and each worker knows at once to start no further Login-As.
    killGroup('SIGINT');
    deadline = setTimeout(() => {
      log(
        'persona-ux: the run did not stop in time; killing it. Check `persona-ux doctor` for open sessions.',
      );
      killGroup('SIGKILL');
    }, ms);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  const release = () => {
    for (const signal of signals) process.off(signal, forward);
  };
  const done = new Promise<{ code: number; stoppedBy?: NodeJS.Signals }>((resolve, reject) => {
    const ended = () => {
      if (deadline) clearTimeout(deadline);
      if (!stoppedBy || wentAhead) release();
    };
    child.on('error', (error) => {
      ended();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      ended();
      resolve({ code: code ?? (signal ? 1 : 0), stoppedBy });
    });
  });
  return {
    goAhead: (added) => {
      wentAhead = true;
      if (!child.connected) return;
      const message: GoAheadMessage = { goAhead: definedOnly(added) };
      child.send(message);
    },
    holdSession: (session) =>
      new Promise<void>((resolve) => {
        if (!child.connected) {
          resolve();
          return;
        }
        const message: HeldSessionMessage = { heldSession: definedOnly(session) };
        child.send(message, () => resolve());
      }),
    cancel: () => killGroup('SIGKILL'),
    release,
    stoppedBy: () => stoppedBy,
    stopped,
    signalledAgain,
    done,
  };
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
