import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The commit the git checkout holding `start` is at, read from its files (HEAD, the ref it names, packed-refs)
 * without running git; undefined outside a checkout or when the files say nothing readable. A worktree's `.git`
 * is a file naming its git directory, whose refs live in the common directory it names.
 */
export function checkoutCommit(start: string): { commit: string; ref?: string } | undefined {
  const gitDir = findGitDir(path.resolve(start));
  if (!gitDir) return undefined;
  const head = readText(path.join(gitDir, 'HEAD'));
  if (!head) return undefined;
  if (/^[0-9a-f]{40,64}$/.test(head)) return { commit: head };
  const ref = /^ref: (\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const common = commonDir(gitDir);
  const commit =
    readText(path.join(gitDir, ref)) ?? readText(path.join(common, ref)) ?? packedRef(common, ref);
  return commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit, ref } : undefined;
}

function findGitDir(from: string): string | undefined {
  let dir = existsSync(from) && statSync(from).isFile() ? path.dirname(from) : from;
  for (;;) {
    const dotGit = path.join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const pointer = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '')?.[1];
      return pointer ? path.resolve(dir, pointer.trim()) : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function commonDir(gitDir: string): string {
  const common = readText(path.join(gitDir, 'commondir'));
  return common ? path.resolve(gitDir, common) : gitDir;
}

function packedRef(gitDir: string, ref: string): string | undefined {
  const packed = readText(path.join(gitDir, 'packed-refs')) ?? '';
  for (const line of packed.split('\n')) {
    const [commit, name] = line.split(' ');
    if (name === ref) return commit;
  }
  return undefined;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}
