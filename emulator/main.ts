import { parseArgs } from 'node:util';
import { DEFAULT_ORG_FILE, type RunningEmulator, startEmulator } from './index';
import { LATENCY_PROFILES, type LatencyProfileName } from './latency';
import { SHADOW_MODES, type ShadowMode } from './org/profile-names';
import { parseLatency, parseShadowMode } from './profile-flags';
import { shownPath } from './shown-path';

/** `persona-ux emulator [--org FILE] [--port N]`: the org emulator on its own, until Ctrl-C. */

export interface EmulatorArgs {
  orgFile?: string;
  port?: number;
  latency?: LatencyProfileName;
  shadowMode?: ShadowMode;
  help?: boolean;
}

export const EMULATOR_USAGE = `Usage: persona-ux emulator [--org FILE] [--port N] [--latency PROFILE] [--shadow MODE]

  --org FILE          org definition YAML (default: the demo org bundled with persona-ux,
                      ${shownPath(DEFAULT_ORG_FILE)})
  --port N            port on 127.0.0.1 (default: a free port)
  --latency PROFILE   ${LATENCY_PROFILES.join(' | ')} (default: none; lightning renders parts late, like Lightning)
  --shadow MODE       ${SHADOW_MODES.join(' | ')} (default: the org definition's, native; synthetic is LWC's
                      synthetic shadow, the component tree flattened into light DOM as most orgs still run)`;

export function parseEmulatorArgs(args: string[]): EmulatorArgs {
  let values: { org?: string; port?: string; latency?: string; shadow?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        org: { type: 'string' },
        port: { type: 'string' },
        latency: { type: 'string' },
        shadow: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${EMULATOR_USAGE}`);
  }
  const parsed: EmulatorArgs = { help: values.help, orgFile: values.org };
  if (values.port !== undefined) {
    const port = values.port === '' ? Number.NaN : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--port expects 0-65535.\n\n${EMULATOR_USAGE}`);
    }
    parsed.port = port;
  }
  if (values.latency !== undefined) parsed.latency = parseLatency(values.latency);
  if (values.shadow !== undefined) parsed.shadowMode = parseShadowMode(values.shadow);
  return parsed;
}

/** What the standalone emulator prints: where it is and how to sign in (demo credentials only). */
export function formatEmulatorBanner(emulator: RunningEmulator): string {
  return [
    `persona-ux org emulator: ${emulator.orgName} (${emulator.orgId})`,
    `  URL (login, instance, UI): ${emulator.url}`,
    `  admin username:            ${emulator.admin.username}`,
    `  admin password:            ${emulator.admin.password}   (demo value from the org definition)`,
    `  OAuth client id:           ${emulator.oauth.clientId}`,
    `  OAuth client secret:       ${emulator.oauth.clientSecret}`,
    '  To point a run at it as at a sandbox, in .env:',
    `    SF_LOGIN_URL=${emulator.url}`,
    `    SF_USERNAME=${emulator.admin.username}`,
    `    SF_PASSWORD=${emulator.admin.password}`,
    `    SF_CLIENT_ID=${emulator.oauth.clientId}`,
    `    SF_CLIENT_SECRET=${emulator.oauth.clientSecret}`,
    '  Stop with Ctrl-C.',
  ].join('\n');
}

/** A port another process holds is the user's choice to change: say so, rather than show Node's error. */
export function portTakenMessage(error: unknown, port: number | undefined): string | undefined {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') return undefined;
  return `persona-ux org emulator: port ${port} is taken (another emulator still running?). Choose another --port, or leave --port out to take a free one.`;
}

/** Starts the emulator, prints the banner and resolves with an exit code once SIGINT/SIGTERM stopped it. */
export async function runEmulatorFromArgs(args: string[]): Promise<number> {
  let parsed: EmulatorArgs;
  try {
    parsed = parseEmulatorArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (parsed.help) {
    console.log(EMULATOR_USAGE);
    return 0;
  }
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      orgFile: parsed.orgFile,
      port: parsed.port,
      latency: parsed.latency,
      shadowMode: parsed.shadowMode,
    });
  } catch (error) {
    const taken = portTakenMessage(error, parsed.port);
    console.error(taken ?? (error as Error).message);
    return taken ? 2 : 1;
  }
  console.log(formatEmulatorBanner(emulator));
  await untilStopped();
  await emulator.stop();
  console.log('persona-ux org emulator stopped.');
  return 0;
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM: when a standalone emulator should stop. */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

if (require.main === module) {
  runEmulatorFromArgs(process.argv.slice(2)).then((code) => process.exit(code));
}
