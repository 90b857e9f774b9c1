import { loadDotEnv } from '../../config/dotenv';
import type { OrgDefinitionError } from '../../emulator/org-loading/load';
import { didYouMean } from '../schema/wording';
import { commandHelp, helpText } from './usage';
import { UsageError } from './usage-error';

type Command = (args: string[]) => Promise<number>;

// Loaded on use: `audit verify` must work even where the scenario loader or a browser cannot.
const commands: Record<string, () => Command> = {
  run: () => require('./run-command').runCommand,
  doctor: () => require('./doctor-command').doctorCommand,
  audit: () => require('./audit-command').auditCommand,
  merge: () => require('./merge-command').mergeCommand,
  access: () => require('./access-command').accessCommand,
  validate: () => require('./validate-command').validateCommand,
  emulator: () => require('./emulator-command').emulatorCommand,
  'install-browser': () => require('./install-browser').installBrowserCommand,
};

export async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    console.log((require('../../package.json') as { version: string }).version);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const about = rest[0] && commands[rest[0]] ? commandHelp(rest[0]) : helpText();
    console.log(about);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    const names = Object.keys(commands);
    console.error(
      `persona-ux: unknown command "${name}".${didYouMean(name, names)} Commands: ${names.join(', ')}.\n\n${helpText()}`,
    );
    return 2;
  }
  if (asksForHelp(rest)) {
    console.log(commandHelp(name));
    return 0;
  }
  try {
    return await command()(rest);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || error instanceof UsageError) {
      console.error(`persona-ux ${name}: ${(error as Error).message}\n\n${commandHelp(name)}`);
      return 2;
    }
    if ((error as Error)?.name === 'OrgDefinitionError') {
      // PERSONA_UX_ORG / --org names an org definition that does not load: a configuration mistake.
      console.error(`persona-ux ${name}: ${(error as OrgDefinitionError).report(didYouMean)}`);
      return 2;
    }
    return reportCrash(name, error);
  }
}

/** -h or --help anywhere before `--`: the command's usage, and nothing done. */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}

/** Never a raw stack trace: what failed, and how to see more. */
export function reportCrash(name: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `persona-ux ${name}: ${message}` +
      (process.env.PERSONA_UX_DEBUG
        ? `\n${(error as Error)?.stack ?? ''}`
        : '\n(set PERSONA_UX_DEBUG=1 to see where it happened)'),
  );
  return 1;
}
