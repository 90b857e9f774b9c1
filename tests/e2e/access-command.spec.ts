import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { loadPersonas } from '../../runner/loading/personas';
import { emulatorOrgEnv, ROOT, runCli, tempDir } from './cli-run';

// `persona-ux access snapshot|diff` as a user runs it: API only, against the embedded emulator. A test runs the
// CLI up to five times, each starting its own emulator.
test.describe.configure({ timeout: 180_000 });
const DEMO_ORG = path.join(ROOT, 'emulator', 'orgs', 'demo.yaml');

/** The demo org with the AE profile's field-level security on Internal Revenue removed. */
function orgWithoutAeRevenue(dir: string): string {
  const file = path.join(dir, 'org.yaml');
  const text = readFileSync(DEMO_ORG, 'utf8');
  expect(text).toContain('        Internal_Revenue__c: read\n');
  writeFileSync(
    file,
    text.replace('        Internal_Revenue__c: read\n', '        Internal_Revenue__c: none\n'),
  );
  return file;
}

test('snapshot, then an unchanged diff exits 0 and a changed org exits 1 with the change and its source', async () => {
  const dir = tempDir('access');
  const baseline = path.join(dir, 'baseline.jsonl');
  const snapshot = await runCli(['access', 'snapshot', '--baseline', baseline]);
  // Every persona of the demo personas.yaml, however many there are.
  const personas = loadPersonas(path.join(ROOT, 'scenarios', 'personas.yaml')).personas?.size;
  expect(snapshot.output).toMatch(
    new RegExp(`Recorded \\d+ access facts for ${personas} persona\\(s\\) of org emulator Acme Demo`),
  );
  expect(snapshot.code).toBe(0);
  expect(readFileSync(baseline, 'utf8')).toContain('"fact":"loginAs","subject":"admin@acme-demo.example"');

  const unchanged = await runCli(['access', 'diff', '--baseline', baseline]);
  expect(unchanged).toEqual({ code: 0, output: expect.stringContaining('No access changes since') });

  const env = { PERSONA_UX_ORG: orgWithoutAeRevenue(dir) };
  const html = path.join(dir, 'diff.html');
  const changed = await runCli(['access', 'diff', '--baseline', baseline, '--html', html], { env });
  expect(changed.output).toContain('persona ae (ava.ae@acme-demo.example):');
  expect(changed.output).toContain(
    '  - field Lead.Internal_Revenue__c: read → none (hidden by field-level security); was granted by profile ' +
      'Account Executive: read, which no longer grants it',
  );
  expect(changed.code).toBe(1);
  expect(readFileSync(html, 'utf8')).toContain('field Lead.Internal_Revenue__c');

  const updated = await runCli(['access', 'diff', '--baseline', baseline, '--update'], { env });
  expect(updated.code).toBe(0);
  expect(updated.output).toContain('updated');
  expect(await runCli(['access', 'diff', '--baseline', baseline], { env })).toMatchObject({ code: 0 });
});

test('the shipped baseline matches the demo org (after a reviewed change: persona-ux access diff --update)', async () => {
  const result = await runCli(['access', 'diff']);
  expect(result.output).toContain('No access changes since scenarios/access-baseline.jsonl');
  expect(result.code).toBe(0);
});

/** The demo org with the AE profile's Quote permission and Ava Chen's manager removed. */
function orgWithoutAeQuotesOrManager(dir: string): string {
  const file = path.join(dir, 'no-quote.yaml');
  const text = readFileSync(DEMO_ORG, 'utf8');
  const quote = '      Quote: { read: true, create: true, edit: true, delete: true }\n      Task:';
  const manager =
    '    role: Account Executive\n    manager: maya.manager@acme-demo.example\n    grantLoginAccessUntil:';
  expect(text).toContain(quote);
  expect(text).toContain(manager);
  writeFileSync(
    file,
    text
      .replace(quote, '      Task:')
      .replace(manager, '    role: Account Executive\n    grantLoginAccessUntil:'),
  );
  return file;
}

test("the shipped baseline covers what the AE's as: steps, quotes and approvals depend on", async () => {
  const env = { PERSONA_UX_ORG: orgWithoutAeQuotesOrManager(tempDir('access')) };
  const result = await runCli(['access', 'diff'], { env });
  expect(result.output).toContain('persona ae (ava.ae@acme-demo.example):');
  expect(result.output).toContain(
    '  - object Quote: read create edit delete → no access; was granted by profile Account Executive: read create ' +
      'edit delete, which no longer grants it',
  );
  expect(result.output).toContain(
    "  - Ava Chen's manager was removed (was Maya Patel (maya.manager@acme-demo.example)); source: " +
      "User.ManagerId of Ava Chen — approval steps that route to the submitter's manager find no approver",
  );
  expect(result.code).toBe(1);
});

test('a standalone emulator reached through SF_* settings, like a real org, diffs the same', async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const result = await runCli(['access', 'diff'], {
      env: {
        ...emulatorOrgEnv(emulator),
      },
    });
    expect(result.output).toContain('No access changes since scenarios/access-baseline.jsonl');
    expect(result.code).toBe(0);
  } finally {
    await emulator.stop();
  }
});

test('mistakes exit 2 with what to do', async () => {
  const dir = tempDir('access-mistakes');
  const noAction = await runCli(['access']);
  expect(noAction.code).toBe(2);
  expect(noAction.output).toContain('expected "snapshot" or "diff"');

  const missing = path.join(dir, 'none.jsonl');
  const noBaseline = await runCli(['access', 'diff', '--baseline', missing]);
  expect(noBaseline.code).toBe(2);
  expect(noBaseline.output).toContain('Record one with `persona-ux access snapshot`');
  expect(existsSync(missing)).toBe(false);

  const broken = path.join(dir, 'broken.jsonl');
  writeFileSync(broken, '<<<<<<< HEAD\n');
  const merged = await runCli(['access', 'diff', '--baseline', broken]);
  expect(merged.code).toBe(2);
  expect(merged.output).toMatch(/broken\.jsonl:1:1 is not a JSON line/);

  const badObjects = await runCli(['access', 'snapshot', '--baseline', broken, '--objects', 'Lead;Account']);
  expect(badObjects.code).toBe(2);
  expect(badObjects.output).toContain('--objects expects object API names');
});
