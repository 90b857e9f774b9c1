import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { repeatedScenario } from '../../bench/lib/repeated-scenario';
import { loadScenarios } from '../../runner/loader';

const SCENARIOS = path.resolve(__dirname, '..', '..', 'scenarios');

test('one scenario repeated is as many valid scenarios, each with an id of its own, beside their personas', () => {
  const copies = repeatedScenario(
    path.join(SCENARIOS, 'sdr-sees-routed-lead.yaml'),
    path.join(SCENARIOS, 'personas.yaml'),
    3,
  );
  try {
    expect(readdirSync(copies.dir).sort()).toEqual([
      'personas.yaml',
      'sdr-sees-routed-lead-1.yaml',
      'sdr-sees-routed-lead-2.yaml',
      'sdr-sees-routed-lead-3.yaml',
    ]);
    expect(readFileSync(path.join(copies.dir, 'sdr-sees-routed-lead-2.yaml'), 'utf8')).toMatch(
      /^id: sdr-sees-routed-lead-2 /m,
    );
    const loaded = loadScenarios([copies.dir]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.scenarios.map((scenario) => scenario.id).sort()).toEqual([
      'sdr-sees-routed-lead-1',
      'sdr-sees-routed-lead-2',
      'sdr-sees-routed-lead-3',
    ]);
  } finally {
    copies.remove();
  }
  expect(existsSync(copies.dir)).toBe(false);
});
