import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { unwrapLines } from '../../fixtures/wrapped-lines';
import { runCli, tempDir } from '../e2e/cli-run';
import { shownFailure } from '../e2e/shown-failure';
import { DEMO_SCENARIOS, scenarioDir } from './scenario-files';

// Failures before the first step (the persona's user, the test data, Login-As) read as a step's do: wrapped to the
// reports' width, and pointing at the YAML to fix (the scenario file, or the personas file for a broken contract)
// rather than at persona-ux's source.

test.describe.configure({ timeout: 180_000 });

const HEAD = (id: string, persona: string) => [
  `id: ${id}`,
  `title: ${id}`,
  `persona: ${persona}`,
  'reason: Persona check',
  'ticket: REVOPS-1',
];

/**
 * The demo personas, with the AE declaring a permission set its user does not have, and where that entry is
 * written ("line:column").
 */
function personasWithBrokenContract(): { personas: string; brokenAt: string } {
  const personas = readFileSync(path.join(DEMO_SCENARIOS, 'personas.yaml'), 'utf8');
  const ae = /( {2}ae:\n(?: {4}.*\n)*? {4}permissionSets: )\[\]/;
  const found = ae.exec(personas);
  expect(found).not.toBeNull();
  const entry = (found?.index ?? 0) + (found?.[1] ?? '').lastIndexOf('permissionSets');
  const line = personas.slice(0, entry).split('\n').length;
  return { personas: personas.replace(ae, '$1[Lead_Scoring_Editor]'), brokenAt: `${line}:5` };
}

test('a refused test record, a broken persona contract and an unexpected Login-As are wrapped and point at the YAML', async () => {
  const { personas, brokenAt } = personasWithBrokenContract();
  const dir = scenarioDir(
    {
      'data.yaml': `${[
        ...HEAD('sdr-data-refused', 'sdr'),
        'data:', // 6
        '  deal:', // 7
        `    sobject: Opportunity`,
        '    fields: { Name: "A deal the org refuses for want of a close date", StageName: Prospecting }',
        'steps:',
        '  - open: { record: deal }',
      ].join('\n')}\n`,
      'contract.yaml': `${[...HEAD('ae-contract-broken', 'ae'), 'steps:', '  - open: { object: Account }'].join('\n')}\n`,
      'refused.yaml': `${[...HEAD('sdr-wrongly-refused', 'sdr'), 'loginRefused: policy'].join('\n')}\n`,
    },
    personas,
  );
  const { code, output } = await runCli(['run', dir], {
    env: { PERSONA_UX_REPORTS_DIR: tempDir('reports') },
  });
  expect(code, output).toBe(1);

  const failures = {
    DataCreationError: { file: 'data.yaml', at: '7:3', starts: 'Test data "deal" (' },
    // At the entry of the AE's declaration its user breaks, not at the scenario that names the AE.
    LoginAsError: { file: 'personas.yaml', at: brokenAt, starts: 'Persona "ae" contract violated' },
    ExpectationError: { file: 'refused.yaml', at: '1:1', starts: 'Login-As of persona "sdr"' },
  };
  for (const [name, { file, at, starts }] of Object.entries(failures)) {
    const { message, at: shownAt } = shownFailure(output, `${name}: `);
    expect(message.length, message.join('\n')).toBeGreaterThan(1);
    for (const line of message) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(unwrapLines(message.join('\n'))).toContain(`${name}: ${starts}`);
    expect(shownAt).toBe(`at ${path.join(dir, file)}:${at}`);
  }
  expect(unwrapLines(shownFailure(output, 'DataCreationError: ').message.join('\n'))).toContain(
    `could not be created: Salesforce refused to create Opportunity: REQUIRED_FIELD_MISSING: Required fields are missing: [CloseDate]`,
  );
  // The code frame is the scenario's, not persona-ux's.
  expect(output).not.toMatch(/at (runner|fixtures)\/[\w-]+\.ts:\d+/);
});
