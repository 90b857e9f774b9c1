import { loadDotEnv } from '../../config/dotenv';
import { emulatorCommand } from './emulator-command';
import { installBrowserCommand } from './install-browser';
import { runCommand } from './run-command';
import { validateCommand } from './validate-command';

const HELP = `persona-ux — test Salesforce as the people who use it

Usage:
  persona-ux run [files or dirs…] [--headed] [--grep TEXT] [--workers N] [--trace] [--latency PROFILE]
      Validate the scenarios, then log in as each persona and walk its steps (default: scenarios/).
      With no SF_USERNAME in the environment or .env, runs against the embedded org emulator
      (--latency none|lightning|jitter: how slowly it renders, like real Lightning).
  persona-ux validate [files or dirs…]   Check scenario files without starting a browser.
  persona-ux emulator [--org FILE] [--port N] [--latency PROFILE]   Run the org emulator on its own.
  persona-ux install-browser   Get a Chromium (Playwright's, else Debian's as root).

Exit codes: 0 all scenarios passed, 1 a scenario failed, 2 invalid scenario files or usage, 3 no browser.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  run: runCommand,
  validate: validateCommand,
  emulator: emulatorCommand,
  'install-browser': installBrowserCommand,
};

export async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(
      `persona-ux: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n\n${HELP}`,
    );
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`persona-ux ${name}: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}
