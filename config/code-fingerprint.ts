import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

/**
 * Changes whenever the code loaded so far may have: Node's version, and each loaded module's path, size and
 * modification time (the build, dist/cli.cjs, or the TypeScript sources and the packages they use). What is
 * kept between runs under this fingerprint is never read back by other code.
 */
export function loadedCodeFingerprint(): string {
  const hash = createHash('sha256').update(`${process.version}\n`);
  for (const module of Object.keys(require.cache).sort()) {
    const stats = statSync(module, { throwIfNoEntry: false });
    hash.update(`${module}\0${stats?.size}\0${stats?.mtimeMs}\n`);
  }
  return hash.digest('base64');
}
