import { mkdirSync } from 'node:fs';
import { lock } from 'proper-lockfile';

/** Another emulator keeps its org in this folder: starting a second from it would split one org in two. */
export class EmulatorDataInUse extends Error {
  override name = 'EmulatorDataInUse';
  constructor(readonly dir: string) {
    super(
      `Another persona-ux emulator is using the org kept in ${dir} (a \`persona-ux emulator\` still running?). ` +
        'Point this command at it with the .env lines it printed, stop it, or give this one a folder of its own: ' +
        'PERSONA_UX_EMULATOR_DATA=<folder> (or off to keep nothing).',
    );
  }
}

/**
 * Holds the folder an emulator keeps its org in while it runs. Two emulators that started from the same saved
 * org would hand out the same ids for different records and each save over the other's. A holder that died
 * leaves a lock that goes stale after 10 s (proper-lockfile keeps a live one fresh).
 */
export async function holdEmulatorData(dir: string): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  try {
    return await lock(dir, { realpath: false, stale: 10_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new EmulatorDataInUse(dir);
    throw error;
  }
}
