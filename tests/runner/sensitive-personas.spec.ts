import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import { expectLoadError, loadOne, replaceLine, scenarioDir, validScenario } from './scenario-files';

/** A persona marked sensitive may only be impersonated by a scenario that names its approval. */
const FINANCE = replaceLine(validScenario(), 3, 'persona: finance');

test('a scenario impersonating a sensitive persona without an approval is refused at its persona line', () => {
  expectLoadError(FINANCE, {
    at: '3:10',
    path: 'persona',
    says: [
      'persona "finance" is marked sensitive',
      'needs a documented approval',
      'approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }',
    ],
  });
});

test('with its approval the scenario loads, and the approval reaches the model', () => {
  const { errors, scenarios } = loadOne([
    ...FINANCE.slice(0, 5),
    'approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }',
    ...FINANCE.slice(5),
  ]);
  expect(errors).toEqual([]);
  expect(scenarios[0]?.approval).toEqual({ approver: 'Dana Lee (Head of Finance)', reference: 'CHG-2291' });
  expect(scenarios[0]?.persona.sensitive).toBe(true);
});

test('an approval without its reference says what to write', () => {
  expectLoadError([...FINANCE.slice(0, 5), 'approval: { approver: Dana Lee }', ...FINANCE.slice(5)], {
    at: '6:11',
    path: 'approval.reference',
    says: ['reference', 'reference: CHG-2291'],
  });
});

test('sensitive must be true or false in personas.yaml', () => {
  const dir = scenarioDir(
    { 'a.yaml': `${validScenario().join('\n')}\n` },
    'personas:\n  sdr:\n    username: sam.sdr@acme-demo.example\n    sensitive: yes please\n',
  );
  const { errors } = loadScenarios([dir]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
    expect.stringMatching(/^4:16 .*Expected sensitive: true or false/),
  ]);
});
