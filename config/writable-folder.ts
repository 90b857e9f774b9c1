import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Why files cannot be written under `dir` (it need not exist yet: its nearest existing ancestor must be a folder
 * this process may write), or undefined when they can. Asked before the admin signs in, so that a run never fails
 * at its first audit line.
 */
export function unwritableFolderReason(dir: string): string | undefined {
  let existing = path.resolve(dir);
  for (;;) {
    try {
      if (!statSync(existing).isDirectory()) return `${existing} is a file, not a folder`;
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return `${existing} cannot be read (${code})`;
      if (path.dirname(existing) === existing) return `no folder of ${dir} exists`;
      existing = path.dirname(existing);
    }
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return `${existing} is not writable (${(error as NodeJS.ErrnoException).code})`;
  }
}
