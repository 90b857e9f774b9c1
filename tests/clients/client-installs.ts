import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where `npm run clients` finds the clients. Each may live outside PATH (the sf CLI with its own Node ≥ 22,
 * simple-salesforce beside a system Python), so environment variables name them:
 * - PERSONA_UX_SF_BIN: the `sf` program (default: `sf` on PATH);
 * - PERSONA_UX_SF_NODE: the Node ≥ 22 that runs it, when `node` on PATH is older (sf starts with `env node`);
 * - PERSONA_UX_PYTHON: the Python with simple_salesforce importable (default: `python3`); PYTHONPATH is passed on.
 */
export interface Install {
  /** The program to run in place of the command's first word. */
  program: string;
  /** Environment additions for this client's commands. */
  env: NodeJS.ProcessEnv;
  available: boolean;
  /** Why it is skipped and how to install it; undefined when available. */
  reason?: string;
  /** What the client says its version is. */
  version?: string;
}

/** A variable that names a file that is not there: the user's mistake, reported before anything runs. */
export class InstallSettingError extends Error {}

export function sfInstall(env: NodeJS.ProcessEnv = process.env): Install {
  const program =
    namedFile(env, 'PERSONA_UX_SF_BIN', 'the sf program, e.g. /opt/sf/node_modules/.bin/sf') ?? 'sf';
  const node = namedFile(env, 'PERSONA_UX_SF_NODE', 'a Node ≥ 22 binary, e.g. /opt/node22/bin/node');
  const additions: NodeJS.ProcessEnv = node
    ? { PATH: `${path.dirname(node)}${path.delimiter}${env.PATH ?? ''}` }
    : {};
  const probe = spawnSync(program, ['--version'], { encoding: 'utf8', env: { ...env, ...additions } });
  if (probe.error || probe.status !== 0) {
    const nodeVersion = spawnSync(node ?? 'node', ['--version'], { encoding: 'utf8', env });
    const major = Number(/^v(\d+)/.exec(nodeVersion.stdout ?? '')?.[1] ?? 0);
    const old =
      major > 0 && major < 22
        ? ` The node it runs with is ${nodeVersion.stdout.trim()}; sf needs Node ≥ 22 (set PERSONA_UX_SF_NODE).`
        : '';
    return {
      program,
      env: additions,
      available: false,
      reason: `\`${program} --version\` did not run.${old} Install it with: npm install -g @salesforce/cli (or set PERSONA_UX_SF_BIN).`,
    };
  }
  return { program, env: additions, available: true, version: probe.stdout.trim().split('\n')[0] };
}

export function simpleSalesforceInstall(env: NodeJS.ProcessEnv = process.env): Install {
  const program =
    namedFile(env, 'PERSONA_UX_PYTHON', 'a Python 3 interpreter, e.g. /usr/bin/python3') ?? 'python3';
  const probe = spawnSync(
    program,
    ['-c', 'from simple_salesforce.__version__ import __version__; print(__version__)'],
    {
      encoding: 'utf8',
      env,
    },
  );
  if (probe.error) {
    return {
      program,
      env: {},
      available: false,
      reason: `${program} is not installed (set PERSONA_UX_PYTHON).`,
    };
  }
  if (probe.status !== 0) {
    return {
      program,
      env: {},
      available: false,
      reason: `${program} cannot import simple_salesforce. Install it with: pip install simple-salesforce (or put its source on PYTHONPATH).`,
    };
  }
  return { program, env: {}, available: true, version: `simple-salesforce ${probe.stdout.trim()}` };
}

function namedFile(env: NodeJS.ProcessEnv, name: string, what: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!existsSync(value)) {
    throw new InstallSettingError(`${name}=${value}: no such file. Set it to ${what}, or unset it.`);
  }
  return value;
}

/** jsforce is the project's own dependency: always there, run with the Node that runs this script. */
export function jsforceInstall(): Install {
  const manifest = require.resolve('jsforce/package.json');
  const { version } = require(manifest) as { version: string };
  return {
    program: process.execPath,
    env: { PUX_JSFORCE: require.resolve('jsforce') },
    available: true,
    version: `jsforce ${version} on Node ${process.versions.node}`,
  };
}
