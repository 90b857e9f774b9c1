import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import { handOverScenarios, scenariosForThisRun } from '../../runner/scenario-source';
import { scenarioDir, validScenario } from './scenario-files';

test('the scenarios handed over by the CLI come back equal to a load of the files, without reading them', () => {
  const dir = scenarioDir({ 'one.yaml': `${validScenario().join('\n')}\n` });
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'persona-ux-handover-')), 'scenarios.v8');
  const env = handOverScenarios(scenarios, file);
  // The inputs name a folder that does not exist: only the handed-over file is read.
  const handedOver = scenariosForThisRun({
    ...env,
    PERSONA_UX_SCENARIOS: JSON.stringify(['/no/such/folder']),
  });
  expect(handedOver).toStrictEqual(scenarios);
});

test('without a hand-over (npx playwright test), the scenarios are loaded from the inputs, and bad ones stop it', () => {
  const good = scenarioDir({ 'one.yaml': `${validScenario().join('\n')}\n` });
  expect(scenariosForThisRun({ PERSONA_UX_SCENARIOS: JSON.stringify([good]) }).map((s) => s.id)).toEqual([
    'sdr-checks-lead',
  ]);
  const bad = scenarioDir({ 'one.yaml': 'id: [\n' });
  expect(() => scenariosForThisRun({ PERSONA_UX_SCENARIOS: JSON.stringify([bad]) })).toThrow(
    /Invalid scenario files:\n.*one\.yaml:\d+:\d+/,
  );
});

test('without a hand-over, the ticket pattern is applied to tickets and approval references, at their values', () => {
  const pattern = '^[A-Z]+-\\d+$';
  const finance = validScenario().map((line) => (line === 'persona: sdr' ? 'persona: finance' : line));
  const dir = scenarioDir({
    'one.yaml': `${validScenario()
      .map((line) => (line.startsWith('ticket:') ? 'ticket: fix the leads' : line))
      .join('\n')}\n`,
    'two.yaml': `${[
      ...finance.slice(0, 5).map((line) => (line.startsWith('id:') ? 'id: finance-checks-lead' : line)),
      'approval: { approver: Dana Lee (Head of Finance), reference: approved by mail }',
      ...finance.slice(5),
    ].join('\n')}\n`,
  });
  const load = () =>
    scenariosForThisRun({ PERSONA_UX_SCENARIOS: JSON.stringify([dir]), PERSONA_UX_TICKET_PATTERN: pattern });
  expect(load).toThrow(
    /one\.yaml:5:9 +ticket: "fix the leads" does not match the ticket pattern \^\[A-Z\]\+-\\d\+\$/,
  );
  expect(load).toThrow(
    /two\.yaml:6:62 +approval\.reference: "approved by mail" does not match the ticket pattern .*Write the approval record/,
  );
  expect(() =>
    scenariosForThisRun({
      PERSONA_UX_SCENARIOS: JSON.stringify([dir]),
      PERSONA_UX_TICKET_PATTERN: '^[A-Z+-\\d+$',
    }),
  ).toThrow('PERSONA_UX_TICKET_PATTERN is not a valid regular expression');
});
