import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkoutCommit } from '../../runner/doctor/git-commit';
import { runProvenance } from '../../runner/doctor/run-provenance';
import { ROOT, tempDir } from '../e2e/cli-run';

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const COMMIT = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

/** A git directory's files, as git writes them; `files` maps paths inside it to their text. */
function gitFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

test('the commit of a checkout is read from HEAD and the branch it names, from any folder inside it', () => {
  const repo = tempDir('repo');
  gitFiles(path.join(repo, '.git'), { HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${COMMIT}\n` });
  mkdirSync(path.join(repo, 'scenarios'));
  expect(checkoutCommit(path.join(repo, 'scenarios'))).toEqual({ commit: COMMIT, ref: 'refs/heads/main' });
});

test('a branch only in packed-refs, a detached HEAD, and a worktree whose refs are in the common directory', () => {
  const packed = tempDir('repo');
  gitFiles(path.join(packed, '.git'), {
    HEAD: 'ref: refs/heads/release\n',
    'packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${OTHER} refs/heads/main\n${COMMIT} refs/heads/release\n`,
  });
  expect(checkoutCommit(packed)).toEqual({ commit: COMMIT, ref: 'refs/heads/release' });

  const detached = tempDir('repo');
  gitFiles(path.join(detached, '.git'), { HEAD: `${OTHER}\n` });
  expect(checkoutCommit(detached)).toEqual({ commit: OTHER });

  const main = tempDir('repo');
  const worktree = tempDir('worktree');
  gitFiles(path.join(main, '.git'), {
    'refs/heads/fix': `${COMMIT}\n`,
    'worktrees/fix/HEAD': 'ref: refs/heads/fix\n',
    'worktrees/fix/commondir': '../..\n',
  });
  writeFileSync(path.join(worktree, '.git'), `gitdir: ${path.join(main, '.git', 'worktrees', 'fix')}\n`);
  expect(checkoutCommit(worktree)).toEqual({ commit: COMMIT, ref: 'refs/heads/fix' });
});

test('outside a checkout there is no commit to name', () => {
  // The temp folder is not inside a git checkout on any machine these tests run on.
  expect(checkoutCommit(os.tmpdir())).toBeUndefined();
});

test("this project's own checkout reads as git itself says", () => {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  expect(checkoutCommit(path.join(ROOT, 'scenarios'))?.commit).toBe(head);
});

test('the operator is the CI user when the CI names one, else the OS user; the scenarios commit and the persona-ux version come along', () => {
  const scenarios = { PERSONA_UX_SCENARIOS: JSON.stringify([path.join(ROOT, 'scenarios')]) };
  const inCi = runProvenance({ ...scenarios, GITHUB_ACTOR: 'octocat' });
  expect(inCi.operator).toEqual({
    name: 'octocat',
    via: 'GITHUB_ACTOR',
    osUser: os.userInfo().username,
    host: os.hostname(),
  });
  expect(inCi.scenarios?.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(runProvenance({ ...scenarios, GITLAB_USER_LOGIN: 'dana' }).operator).toMatchObject({
    name: 'dana',
    via: 'GITLAB_USER_LOGIN',
  });
  expect(runProvenance({ PERSONA_UX_SCENARIOS: JSON.stringify([os.tmpdir()]) })).toEqual({
    operator: {
      name: os.userInfo().username,
      via: 'os',
      osUser: os.userInfo().username,
      host: os.hostname(),
    },
    tool: { name: 'persona-ux', version: PACKAGE_VERSION },
  });
});
