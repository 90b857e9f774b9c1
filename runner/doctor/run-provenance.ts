import os from 'node:os';
import type { RunProvenance } from '../../fixtures/audit-facts';
import { checkoutCommit } from './git-commit';

/**
 * The user a CI system says started the build, by the variable it sets it in: GitHub Actions, GitLab CI, Azure
 * Pipelines, CircleCI, Buildkite, and Jenkins with its Build User Vars plugin.
 */
const CI_USER_VARIABLES = [
  'GITHUB_ACTOR',
  'GITLAB_USER_LOGIN',
  'BUILD_REQUESTEDFOR',
  'CIRCLE_USERNAME',
  'BUILDKITE_BUILD_CREATOR',
  'BUILD_USER_ID',
] as const;

/**
 * Who started this run, from which commit of the scenarios and with which persona-ux, for the audit log's run.start
 * line.
 */
export function runProvenance(env: NodeJS.ProcessEnv = process.env): RunProvenance {
  const osUser = osUserName(env);
  const ciVariable = CI_USER_VARIABLES.find((name) => env[name]?.trim());
  const operator = ciVariable
    ? { name: (env[ciVariable] as string).trim(), via: ciVariable, osUser, host: os.hostname() }
    : { name: osUser, via: 'os', osUser, host: os.hostname() };
  const scenarios = checkoutCommit(scenariosFolder(env));
  return { operator, ...(scenarios ? { scenarios } : {}), tool: { name: 'persona-ux', version: VERSION } };
}

const VERSION = (require('../../package.json') as { version: string }).version;

function osUserName(env: NodeJS.ProcessEnv): string {
  try {
    return os.userInfo().username;
  } catch {
    // A uid without a passwd entry (some containers).
    return env.USER || env.USERNAME || `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

/** Where this run's scenarios are: the first input the run names (PERSONA_UX_SCENARIOS), else the working folder. */
function scenariosFolder(env: NodeJS.ProcessEnv): string {
  try {
    const inputs = JSON.parse(env.PERSONA_UX_SCENARIOS ?? '[]') as string[];
    return inputs[0] ?? process.cwd();
  } catch {
    return process.cwd();
  }
}
