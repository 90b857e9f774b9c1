import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AdmZip from 'adm-zip';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, filesUnder, runCli, scenarioFolder, tempDir } from './cli-run';

// --trace keeps network traffic, cookies included. Every session a trace could hold is ended before the
// run returns: the test looks inside every artifact, zips included, and proves each id found is dead.
test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

/** Every file's bytes under `dir`, and every entry of every zip among them (traces, the HTML report's copies). */
function artifactTexts(dir: string): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  const visit = (name: string, bytes: Buffer) => {
    texts.push({ name, text: bytes.toString('latin1') });
    if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
      for (const entry of new AdmZip(bytes).getEntries()) {
        if (!entry.isDirectory) visit(`${name}!${entry.entryName}`, entry.getData());
      }
    }
  };
  for (const file of filesUnder(dir)) visit(file, readFileSync(file));
  return texts;
}

async function isLive(token: string): Promise<boolean> {
  const response = await fetch(`${emulator.url}/services/data/v62.0/sobjects`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.ok;
}

test('a --trace run of a failing scenario leaves traces whose session ids are all dead', async () => {
  const scenarios = scenarioFolder({
    'sdr-fails.yaml': [
      'id: sdr-fails',
      'title: SDR wrongly expected to see internal revenue',
      'persona: sdr',
      'reason: Prove that traces hold no live session',
      'ticket: REVOPS-3',
      'data:',
      '  lead:',
      '    sobject: Lead',
      '    fields: { LastName: "Trace {{run.id}}", Company: Acme, OwnerId: "{{persona.id}}" }',
      'steps:',
      '  - open: { record: lead }',
      '  - expect: { visible: [Internal_Revenue__c] }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--trace'], {
    env: {
      ...emulatorOrgEnv(emulator),
      PERSONA_UX_REPORTS_DIR: reports,
    },
  });
  expect(code, output).toBe(1);
  expect(output).toContain('every session is ended before the run returns');
  const texts = artifactTexts(reports);
  expect(
    texts.some((t) => t.name.endsWith('trace.zip')),
    'the failed test kept its trace',
  ).toBe(true);
  expect(
    texts.some((t) => t.name.includes('.zip!')),
    'zips were opened',
  ).toBe(true);

  const secrets = emulator.issuedSecrets();
  expect(secrets.length).toBeGreaterThan(2);
  const found = secrets.filter((secret) => texts.some((t) => t.text.includes(secret)));
  expect(
    found.length,
    'the traces do hold session ids, so proving them dead means something',
  ).toBeGreaterThan(0);
  const live: string[] = [];
  for (const secret of found) if (await isLive(secret)) live.push(`${secret.slice(0, 20)}…`);
  expect(live, 'session ids in the artifacts that still work').toEqual([]);
  for (const secret of [emulator.admin.password, emulator.oauth.clientSecret]) {
    expect(texts.filter((t) => t.text.includes(secret)).map((t) => t.name)).toEqual([]);
  }
});
