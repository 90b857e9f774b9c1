import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDir } from '../config/cache-dir';

const FILE_NAME = 'playwright-chromium.json';
/** The environment variables Playwright's registry reads to place its browsers (playwright-core, registry). */
const WHERE_BROWSERS_GO = [
  'PLAYWRIGHT_BROWSERS_PATH',
  'PLAYWRIGHT_HOST_PLATFORM_OVERRIDE',
  'XDG_CACHE_HOME',
  'LOCALAPPDATA',
];

/**
 * Where Playwright's own Chromium is (or would be) installed, as `ask` (chromium.executablePath()) answers,
 * kept on disk: asking loads Playwright, about 0.2 s that the CLI needs for nothing else. The answer depends
 * only on which Playwright is installed where, the platform, the home folder and the environment variables
 * that say where browsers go; together they key the entry, so a kept answer is never used for anything else.
 * A cache that cannot be read or written is the same as none.
 */
export function rememberedChromiumPath(
  env: NodeJS.ProcessEnv,
  ask: () => string | undefined,
): string | undefined {
  const dir = cacheDir(env);
  if (!dir) return ask();
  const file = path.join(dir, FILE_NAME);
  const key = answerKey(env);
  const kept = readKept(file);
  if (kept?.key === key) return kept.executablePath;
  const executablePath = ask();
  if (executablePath !== undefined) keep(file, { key, executablePath });
  return executablePath;
}

interface Kept {
  key: string;
  executablePath: string;
}

function answerKey(env: NodeJS.ProcessEnv): string {
  const core = require.resolve('playwright-core/package.json');
  const where = WHERE_BROWSERS_GO.map((name) => env[name] ?? null);
  return JSON.stringify({
    core,
    version: (JSON.parse(readFileSync(core, 'utf8')) as { version: string }).version,
    platform: process.platform,
    arch: process.arch,
    // Playwright picks its download by Linux distribution and release.
    distribution: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
    home: os.homedir(),
    where,
  });
}

function readKept(file: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<Kept>;
    return typeof kept.key === 'string' && typeof kept.executablePath === 'string'
      ? (kept as Kept)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Atomically: a concurrent run reads the old file or the new one. */
function keep(file: string, kept: Kept): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(kept));
    renameSync(partial, file);
  } catch {
    // not kept: the next run asks Playwright again
  }
}
