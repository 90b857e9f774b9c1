import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Connection } from 'jsforce';
import { orgSettingsFromEnv } from '../../config/org-settings';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { connectAdmin, type OrgConnection } from '../../fixtures/org-connection';
import { loadScenarios } from '../../runner/loader';
import type { Scenario } from '../../runner/model';

export const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'persona-ux.cjs');

export interface CliResult {
  code: number;
  output: string;
}

/** Runs `persona-ux …` as a user would, with a clean SF_* environment plus `env`. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; bin?: string } = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  // The Allure report is rendered before the command returns, so that a test can read it at once.
  Object.assign(env, { FORCE_COLOR: '0', PERSONA_UX_ALLURE: 'wait', ...options.env });
  // Each run's embedded emulator keeps its org in a folder of its own unless the test shares one.
  env.PERSONA_UX_EMULATOR_DATA ??= tempDir('org');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The SF_* settings of an org an emulator serves: exactly how a real sandbox is configured (.env). */
export function emulatorOrgEnv(emulator: RunningEmulator): NodeJS.ProcessEnv {
  return {
    SF_LOGIN_URL: emulator.url,
    SF_USERNAME: emulator.admin.username,
    SF_PASSWORD: emulator.admin.password,
    SF_CLIENT_ID: emulator.oauth.clientId,
    SF_CLIENT_SECRET: emulator.oauth.clientSecret,
  };
}

/** The admin's API session on an emulated org, connected as a run connects: from its SF_* settings. */
export function adminConnection(emulator: RunningEmulator): Promise<OrgConnection> {
  return connectAdmin(orgSettingsFromEnv(emulatorOrgEnv(emulator)));
}

/** How many Login-As the emulated org's SetupAuditTrail records, and how many "Log out as". */
export async function orgLoginAsRecords(
  emulator: RunningEmulator,
): Promise<{ logins: number; logouts: number }> {
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const count = async (action: string) =>
    (await conn.query(`SELECT Id FROM SetupAuditTrail WHERE Action = '${action}'`)).totalSize;
  return { logins: await count('suOrgAdminLogin'), logouts: await count('suOrgAdminLogout') };
}

/** A fresh emulator on a free port and the admin's API session on it. */
export async function emulatedOrg(): Promise<{ emulator: RunningEmulator; org: OrgConnection }> {
  const emulator = await startEmulator({ port: 0 });
  return { emulator, org: await adminConnection(emulator) };
}

/** The demo scenarios as the runner loads them: tests derive counts and personas from these, never hard-code them. */
export function demoScenarios(): Scenario[] {
  const { scenarios, errors } = loadScenarios([path.join(ROOT, 'scenarios')]);
  if (errors.length > 0) throw new Error(`the demo scenarios do not load: ${errors[0].message}`);
  return scenarios;
}

/** A time limit for a whole run of the demo suite that grows with it: adding a demo never times a test out. */
export function demoRunTimeout(workers = 2): number {
  return 60_000 + (demoScenarios().length * 15_000) / workers;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `persona-ux-${prefix}-`));
}

/** A fresh scenarios folder: the demo personas.yaml and these scenario files, each given as its lines. */
export function scenarioFolder(files: Record<string, string[]>): string {
  const dir = tempDir('scenarios');
  cpSync(path.join(ROOT, 'scenarios', 'personas.yaml'), path.join(dir, 'personas.yaml'));
  for (const [name, lines] of Object.entries(files))
    writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile());
}

/** Every file under `dir` that contains one of `secrets`, with the secret's first characters. */
export function secretsFoundUnder(dir: string, secrets: string[]): string[] {
  const wanted = secrets.filter((secret) => secret.length >= 8);
  return filesUnder(dir).flatMap((file) => {
    const text = readFileSync(file).toString('latin1');
    return wanted
      .filter((secret) => text.includes(secret))
      .map((secret) => `${file}: ${secret.slice(0, 6)}…`);
  });
}

export function readAudit(reportsDir: string): Record<string, unknown>[] {
  const dir = path.join(reportsDir, 'audit');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => completeLines(readFileSync(path.join(dir, name), 'utf8')))
    .map((line) => JSON.parse(line));
}

/** The newline-ended lines of a file another process may be appending to right now. */
function completeLines(text: string): string[] {
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean);
}

export interface AllureResult {
  labels: { name: string; value: string }[];
  links: { type?: string; name?: string; url: string }[];
}

export function allureResults(reportsDir: string): AllureResult[] {
  const dir = path.join(reportsDir, 'allure-results');
  return readdirSync(dir)
    .filter((name) => name.endsWith('-result.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
}

export function label(result: AllureResult | undefined, name: string): string | undefined {
  return result?.labels.find((entry) => entry.name === name)?.value;
}
