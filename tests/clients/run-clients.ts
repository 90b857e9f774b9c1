/**
 * `npm run clients`: runs the everyday Salesforce clients — jsforce (the project's own), the `sf` CLI and
 * Python's simple-salesforce — unchanged against a fresh emulator, a fixed list of commands each
 * (client-commands.ts), and prints `N/M worked` per client. sf and simple-salesforce are optional (sf needs
 * Node ≥ 22, simple-salesforce pip): one that is not installed is skipped with the reason and how to install it.
 * A command worked when it exits as expected and its output shows what it is for (its `expect`). Exit code 1
 * when a client that ran had a command fail; 2 when an install variable (client-installs.ts) names a missing file.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { DEFAULT_ORG_FILE, loadOrgDefinition } from '../../emulator';
import { OAUTH_TOKEN_PATH, passwordGrant } from '../../salesforce/oauth-password-flow';
import {
  type ClientCommand,
  JSFORCE_COMMANDS,
  SF_COMMANDS,
  SIMPLE_SALESFORCE_COMMANDS,
} from './client-commands';
import { type ClientEmulator, startClientEmulator } from './client-emulator';
import {
  type Install,
  InstallSettingError,
  jsforceInstall,
  sfInstall,
  simpleSalesforceInstall,
} from './client-installs';

const COMMAND_TIMEOUT_MS = 180_000;

interface Outcome {
  client: string;
  worked: number;
  total: number;
}

async function main(): Promise<number> {
  const sf = sfInstall();
  const python = simpleSalesforceInstall();
  console.log(sf.available ? `sf: ${sf.version}` : `sf: skipped — ${sf.reason}`);
  console.log(
    python.available
      ? `simple-salesforce: ${python.version}`
      : `simple-salesforce: skipped — ${python.reason}`,
  );
  const jsforce = jsforceInstall();
  console.log(`jsforce: ${jsforce.version}`);

  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  org.connectedApp.certificate = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const workDir = mkdtempSync(path.join(tmpdir(), 'persona-ux-clients-'));
  const emulator = await startClientEmulator(org, workDir);
  console.log(
    `Emulator on ${emulator.url} (a certificate made for the run, trusted through NODE_EXTRA_CA_CERTS / REQUESTS_CA_BUNDLE).`,
  );
  try {
    const jwtKeyFile = path.join(workDir, 'server.key');
    writeFileSync(jwtKeyFile, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), {
      mode: 0o600,
    });
    const token = await passwordToken(emulator);
    const sfdxUrlFile = path.join(workDir, 'auth-url.txt');
    const host = emulator.url.replace(/^https:\/\//, '');
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
    const leadsCsvFile = path.join(workDir, 'leads-to-import.csv');
    writeFileSync(leadsCsvFile, 'LastName,Company\nBulk One,Clients Bulk Co\nBulk Two,Clients Bulk Co\n');
    const apexFile = path.join(workDir, 'hello.apex');
    writeFileSync(apexFile, "System.debug('hello');\n");
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
      leadsCsvFile,
      apexFile,
      workDir,
    };
    const env = {
      ...process.env,
      NODE_EXTRA_CA_CERTS: emulator.caFile,
      REQUESTS_CA_BUNDLE: emulator.caFile,
      HOME: path.join(workDir, 'home'),
      SF_ACCESS_TOKEN: token.access_token,
      SF_DISABLE_TELEMETRY: 'true',
      SF_AUTOUPDATE_DISABLE: 'true',
      SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
      PUX_URL: emulator.url,
      PUX_USERNAME: emulator.admin.username,
      PUX_PASSWORD: emulator.admin.password,
      PUX_CLIENT_SECRET: emulator.oauth.clientSecret,
      PUX_CLIENT_ID: emulator.oauth.clientId,
      PUX_JWT_KEY_FILE: jwtKeyFile,
      // The demo org is a sandbox: its JWT audience is the generic https://test.salesforce.com.
      PUX_DOMAIN: 'test',
    };
    mkdirSync(env.HOME, { recursive: true });
    const outcomes: Outcome[] = [];
    outcomes.push(await runAll('jsforce', jsforce, JSFORCE_COMMANDS, values, env, workDir));
    if (sf.available) outcomes.push(await runAll('sf', sf, SF_COMMANDS, values, env, workDir));
    if (python.available) {
      const commands = SIMPLE_SALESFORCE_COMMANDS.map((command) => ({
        ...command,
        input: PYTHON_TRANSPORT + command.input,
      }));
      outcomes.push(await runAll('simple-salesforce', python, commands, values, env, workDir));
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
  install: Install,
  commands: ClientCommand[],
  values: Record<string, string>,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<Outcome> {
  console.log(`\n${client}:`);
  let worked = 0;
  for (const command of commands) {
    const argv = command.argv.map((arg, index) =>
      index === 0
        ? install.program
        : arg.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`),
    );
    const result = await run(argv, command.input, { ...env, ...install.env }, cwd);
    const why = verdict(command, result);
    if (!why) worked++;
    console.log(`  ${why ? '✗' : '✓'} ${command.name}${why ?? ''}`);
  }
  return { client, worked, total: commands.length };
}

function run(
  argv: string[],
  input: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<RunResult> {
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
      resolve({ status: 127, stdout: '', stderr: error.message });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * simple-salesforce signs in at `https://{domain}.salesforce.com` (login.py builds that host from `domain`),
 * a host no local server can have; this transport sends those requests to the emulator. Everything after the
 * login goes to the instance URL the emulator answered, the emulator itself. The client code is unchanged.
 */
const PYTHON_TRANSPORT = [
  'import os, requests, simple_salesforce.api as _api',
  'from urllib.parse import urlsplit',
  '_emulator = os.environ["PUX_URL"]',
  'class _ToEmulator(requests.adapters.HTTPAdapter):',
  '    def send(self, request, **kwargs):',
  '        parts = urlsplit(request.url)',
  '        if parts.netloc.endswith(".salesforce.com"):',
  '            request.url = _emulator + request.url[len(parts.scheme) + 3 + len(parts.netloc):]',
  '        return super().send(request, **kwargs)',
  '_session = requests.Session()',
  '_session.mount("https://", _ToEmulator())',
  '_Original = _api.Salesforce',
  'def Salesforce(**kwargs):',
  '    return _Original(session=_session, **kwargs)',
  '',
].join('\n');

async function passwordToken(emulator: ClientEmulator) {
  const response = await emulator.request(OAUTH_TOKEN_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: passwordGrant(emulator.oauth, emulator.admin),
  });
  return (await response.json()) as { access_token: string; refresh_token: string };
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Undefined when the command worked; otherwise why not, with the last line it printed. */
function verdict(command: ClientCommand, result: RunResult): string | undefined {
  if (result.status !== (command.exitCode ?? 0)) {
    return ` (exit ${result.status ?? 'timeout'}): ${lastLine(result.stderr || result.stdout)}`;
  }
  // Colours (FORCE_COLOR in the environment) are not part of what a command printed.
  if (command.expect && !command.expect.test(stripVTControlCharacters(result.stdout + result.stderr))) {
    return ` (exit ${result.status}, but the output does not show ${command.expect}): ${lastLine(result.stdout) || '(nothing printed)'}`;
  }
  return undefined;
}

function lastLine(text: string): string {
  return stripVTControlCharacters(text).trim().split('\n').filter(Boolean).pop()?.slice(0, 200) ?? '';
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run clients: ${(error as Error).message}`);
    process.exit(error instanceof InstallSettingError ? 2 : 1);
  },
);
