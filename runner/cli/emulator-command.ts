import { runEmulatorFromArgs } from '../../emulator/main';

export function emulatorCommand(args: string[]): Promise<number> {
  return runEmulatorFromArgs(args);
}
