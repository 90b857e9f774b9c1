import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_ORG_FILE, loadOrgDefinition } from '../../emulator';

const ROOT = path.resolve(__dirname, '..', '..');

export interface Standalone {
  url: string;
  /** The SF_* settings that point a run, or a hand-written spec, at it as the demo admin. */
  env: NodeJS.ProcessEnv;
  pid: number;
  /** Ends it; resolves once it has exited, so that no later measurement counts its CPU (a reaped child's). */
  stop(): Promise<void>;
}

/** `persona-ux emulator` in its own process (nothing kept on disk), as a sandbox a run talks to. */
export async function startStandaloneEmulator(args: string[] = []): Promise<Standalone> {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  const admin = org.users.find((user) => user.profile === 'System Administrator' && user.password);
  if (!admin?.password) throw new Error('the demo org has no administrator with a demo password');
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PERSONA_UX_EMULATOR_DATA: 'off' } },
  );
  const url = await serverUrl(server);
  return {
    url,
    pid: server.pid as number,
    env: {
      SF_LOGIN_URL: url,
      SF_USERNAME: admin.username,
      SF_PASSWORD: admin.password,
      SF_CLIENT_ID: org.connectedApp.clientId,
      SF_CLIENT_SECRET: org.connectedApp.clientSecret,
    },
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

function serverUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL \(login, instance, UI\): (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) =>
      reject(new Error(`the emulator exited (${code}) before listening:\n${output}`)),
    );
  });
}
