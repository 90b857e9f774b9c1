/**
 * `npm run clients`: runs the everyday Salesforce clients — the `sf` CLI and Python's simple-salesforce —
 * unchanged against a fresh emulator, a fixed list of commands each (client-commands.ts), and prints
 * `N/M worked` per client. A client that is not installed is skipped with the reason and how to install it;
 * the script then still exits 0, because the clients are optional (sf needs Node ≥ 22, simple-salesforce pip).
 * Exit code 1 when an installed client had a command fail.
 */
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_ORG_FILE, loadOrgDefinition } from '../../emulator';
import { type ClientCommand, SF_COMMANDS, SIMPLE_SALESFORCE_COMMANDS } from './client-commands';
import { type ClientEmulator, startClientEmulator } from './client-emulator';

const COMMAND_TIMEOUT_MS = 180_000;

interface Outcome {
  client: string;
  worked: number;
  total: number;
}

async function main(): Promise<number> {
  const sf = sfAvailability();
  const python = simpleSalesforceAvailability();
  if (!sf.available) console.log(`sf: skipped — ${sf.reason}`);
  if (!python.available) console.log(`simple-salesforce: skipped — ${python.reason}`);
  if (!sf.available && !python.available) {
    console.log('No client installed: nothing was run (0/0 worked).');
    return 0;
  }

  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  org.connectedApp.certificate = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const workDir = mkdtempSync(path.join(tmpdir(), 'persona-ux-clients-'));
  const emulator = await startClientEmulator(org, workDir);
  console.log(
    emulator.caFile
      ? `Emulator on ${emulator.url} (a local certificate, trusted through NODE_EXTRA_CA_CERTS / REQUESTS_CA_BUNDLE).`
      : `Emulator on ${emulator.url}: port 443 is not available, so sfdx-auth-url logins (https on port 443 only) cannot work.`,
  );
  try {
    const jwtKeyFile = path.join(workDir, 'server.key');
    writeFileSync(jwtKeyFile, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), {
      mode: 0o600,
    });
    const token = await passwordToken(emulator);
    const sfdxUrlFile = path.join(workDir, 'auth-url.txt');
    const host = emulator.url.replace(/^https?:\/\//, '');
    writeFileSync(
      sfdxUrlFile,
      `force://${emulator.oauth.clientId}:${emulator.oauth.clientSecret}:${token.refresh_token}@${host}`,
    );
    const treeFile = path.join(workDir, 'Account.json');
    writeFileSync(
      treeFile,
      JSON.stringify({
        records: [
          {
            attributes: { type: 'Account', referenceId: 'AccountRef1' },
            Name: 'Clients Tree Co',
            Contacts: {
              records: [{ attributes: { type: 'Contact', referenceId: 'ContactRef1' }, LastName: 'Leaf' }],
            },
          },
        ],
      }),
    );
    writeFileSync(
      path.join(workDir, 'sfdx-project.json'),
      JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        sourceApiVersion: '62.0',
      }),
    );
    mkdirSync(path.join(workDir, 'force-app'), { recursive: true });
    const values: Record<string, string> = {
      url: emulator.url,
      clientId: emulator.oauth.clientId,
      adminUsername: emulator.admin.username,
      jwtKeyFile,
      sfdxUrlFile,
      treeFile,
      workDir,
    };
    const env = {
      ...process.env,
      ...(emulator.caFile
        ? { NODE_EXTRA_CA_CERTS: emulator.caFile, REQUESTS_CA_BUNDLE: emulator.caFile }
        : {}),
      HOME: path.join(workDir, 'home'),
      SF_ACCESS_TOKEN: token.access_token,
      SF_DISABLE_TELEMETRY: 'true',
      SF_AUTOUPDATE_DISABLE: 'true',
      SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
      PUX_URL: emulator.url,
      PUX_USERNAME: emulator.admin.username,
      PUX_CLIENT_ID: emulator.oauth.clientId,
      PUX_JWT_KEY_FILE: jwtKeyFile,
      // The demo org is a sandbox: its JWT audience is the generic https://test.salesforce.com.
      PUX_DOMAIN: 'test',
    };
    mkdirSync(env.HOME, { recursive: true });
    const outcomes: Outcome[] = [];
    if (sf.available) outcomes.push(await runAll('sf', SF_COMMANDS, values, env, workDir));
    if (python.available) {
      const commands = SIMPLE_SALESFORCE_COMMANDS.map((command) => ({
        ...command,
        input: PYTHON_TRANSPORT + command.input,
      }));
      outcomes.push(await runAll('simple-salesforce', commands, values, env, workDir));
    }
    for (const outcome of outcomes)
      console.log(`${outcome.client}: ${outcome.worked}/${outcome.total} worked`);
    return outcomes.every((outcome) => outcome.worked === outcome.total) ? 0 : 1;
  } finally {
    await emulator.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Runs the commands one after another; asynchronously, since the emulator answers from this same process. */
async function runAll(
  client: string,
  commands: ClientCommand[],
  values: Record<string, string>,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<Outcome> {
  console.log(`\n${client}:`);
  let worked = 0;
  for (const command of commands) {
    const argv = command.argv.map((arg) =>
      arg.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`),
    );
    const result = await run(argv, command.input, env, cwd);
    const ok = result.status === 0;
    if (ok) worked++;
    const why = ok ? '' : ` (exit ${result.status ?? 'timeout'}): ${lastLine(result.output)}`;
    console.log(`  ${ok ? '✓' : '✗'} ${command.name}${why}`);
  }
  return { client, worked, total: commands.length };
}

function run(
  argv: string[],
  input: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), COMMAND_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 127, output: error.message });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output: stderr || stdout });
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * simple-salesforce always speaks https to {domain}.salesforce.com and to the instance; this transport
 * sends those requests to the emulator's plain-http origin instead (the client code itself is unchanged).
 */
const PYTHON_TRANSPORT = [
  'import os, requests, simple_salesforce.api as _api',
  'from urllib.parse import urlsplit',
  '_emulator = os.environ["PUX_URL"]',
  '_host = urlsplit(_emulator).netloc',
  'class _ToEmulator(requests.adapters.HTTPAdapter):',
  '    def send(self, request, **kwargs):',
  '        parts = urlsplit(request.url)',
  '        if parts.netloc.endswith("salesforce.com") or parts.netloc == _host:',
  '            request.url = _emulator + request.url[len(parts.scheme) + 3 + len(parts.netloc):]',
  '        return super().send(request, **kwargs)',
  '_session = requests.Session()',
  '_session.mount("https://", _ToEmulator())',
  '_Original = _api.Salesforce',
  'def Salesforce(**kwargs):',
  '    return _Original(session=_session, **kwargs)',
  '',
].join('\n');

function sfAvailability(): { available: boolean; reason?: string } {
  const version = spawnSync('sf', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    const node =
      nodeMajor < 22 ? ` This machine has Node ${process.versions.node}; the sf CLI needs Node ≥ 22.` : '';
    return {
      available: false,
      reason: `the sf CLI is not installed.${node} Install it with: npm install -g @salesforce/cli`,
    };
  }
  return { available: true };
}

function simpleSalesforceAvailability(): { available: boolean; reason?: string } {
  const probe = spawnSync('python3', ['-c', 'import simple_salesforce'], { encoding: 'utf8' });
  if (probe.error) return { available: false, reason: 'python3 is not installed.' };
  if (probe.status !== 0) {
    return {
      available: false,
      reason: 'Python has no simple_salesforce module. Install it with: pip install simple-salesforce',
    };
  }
  return { available: true };
}

async function passwordToken(emulator: ClientEmulator) {
  const response = await emulator.request('/services/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: emulator.oauth.clientId,
      client_secret: emulator.oauth.clientSecret,
      username: emulator.admin.username,
      password: emulator.admin.password,
    }),
  });
  return (await response.json()) as { access_token: string; refresh_token: string };
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).pop()?.slice(0, 200) ?? '';
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run clients: ${(error as Error).message}`);
    process.exit(1);
  },
);
