import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, tempDir } from './cli-run';

export interface StartedRun {
  child: ChildProcess;
  reports: string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `persona-ux run` with these arguments, in its own process group as a shell starts a foreground job, with none
 * of this machine's SF_ or PERSONA_UX_ settings: only `env`, and a reports folder of its own.
 */
export function startCliRun(args: string[], env: NodeJS.ProcessEnv): StartedRun {
  return startCli(['run', ...args], env);
}

/** `persona-ux <args>` (any command), started as `startCliRun` starts a run. */
export function startCli(args: string[], env: NodeJS.ProcessEnv): StartedRun {
  const reports = tempDir('reports');
  const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  Object.assign(childEnv, { FORCE_COLOR: '0', ...env, PERSONA_UX_REPORTS_DIR: reports });
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'persona-ux.cjs'), ...args], {
    cwd: ROOT,
    env: childEnv,
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, reports, output: () => output, exited };
}

/** Resolves once the command has printed `text`, or has exited. */
export function printedOrExited(started: StartedRun, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (started.output().includes(text)) resolve();
    };
    started.child.stdout?.on('data', check);
    started.child.stderr?.on('data', check);
    void started.exited.then(() => resolve());
    check();
  });
}
