export async function emulatorCommand(args: string[]): Promise<number> {
  const { runEmulatorFromArgs } = await import('../../emulator/main');
  return runEmulatorFromArgs(args);
}
