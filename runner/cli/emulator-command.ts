import { rmSync } from 'node:fs';
import {
  EMULATOR_USAGE,
  formatEmulatorBanner,
  parseEmulatorArgs,
  portTakenMessage,
  untilStopped,
} from '../../emulator/main';
import { emulatorDataDir, startEmbeddedEmulator } from '../embedded-emulator';

export const EMULATOR_COMMAND_USAGE = `${EMULATOR_USAGE.replace(/^(Usage: .*)$/m, '$1 [--reset]')}
  --reset             forget the org's saved state (records, audit trail, login history) and start fresh

The org's state is kept between runs in PERSONA_UX_EMULATOR_DATA (default .persona-ux/emulator; "off" keeps nothing).`;

/** `persona-ux emulator`: the org emulator on its own, keeping its state between starts, until Ctrl-C. */
export async function emulatorCommand(args: string[]): Promise<number> {
  const reset = args.includes('--reset');
  let parsed: ReturnType<typeof parseEmulatorArgs>;
  try {
    parsed = parseEmulatorArgs(args.filter((arg) => arg !== '--reset'));
  } catch (error) {
    console.error((error as Error).message.replace(EMULATOR_USAGE, EMULATOR_COMMAND_USAGE));
    return 2;
  }
  if (parsed.help) {
    console.log(EMULATOR_COMMAND_USAGE);
    return 0;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(parsed.orgFile ? { PERSONA_UX_ORG: parsed.orgFile } : {}),
  };
  const dataDir = emulatorDataDir(env);
  if (reset && dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`persona-ux org emulator: saved state in ${dataDir} forgotten.`);
  }
  let emulator: Awaited<ReturnType<typeof startEmbeddedEmulator>>;
  try {
    emulator = await startEmbeddedEmulator(env, parsed.latency, parsed.port ?? 0);
  } catch (error) {
    const taken = portTakenMessage(error, parsed.port);
    if (!taken && (error as Error).name !== 'EmulatorDataInUse') throw error;
    console.error(taken ?? `persona-ux emulator: ${(error as Error).message}`);
    return 2;
  }
  console.log(formatEmulatorBanner({ ...emulator, issuedSecrets: () => [], liveSessions: () => [] }));
  console.log(
    dataDir
      ? `  State: ${emulator.restored ? 'continued from' : 'kept in'} ${dataDir} (reset: persona-ux emulator --reset)`
      : '  State: not kept (PERSONA_UX_EMULATOR_DATA=off)',
  );
  await untilStopped();
  await emulator.stop();
  console.log('persona-ux org emulator stopped.');
  return 0;
}
