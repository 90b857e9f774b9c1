import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import type { LoadResult, ScenarioError } from '../../runner/model';

export const DEMO_SCENARIOS = path.join(__dirname, '..', '..', 'scenarios');
const DEMO_PERSONAS = readFileSync(path.join(DEMO_SCENARIOS, 'personas.yaml'), 'utf8');

/** A temp dir holding the demo personas.yaml (unless replaced) and the given files. */
export function scenarioDir(files: Record<string, string>, personas: string | null = DEMO_PERSONAS): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-'));
  if (personas !== null) writeFileSync(path.join(dir, 'personas.yaml'), personas);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Loads one scenario file written to a fresh temp dir; returns its path and the errors. */
export function loadOne(lines: string[]): { file: string } & LoadResult {
  const dir = scenarioDir({ 'scenario.yaml': `${lines.join('\n')}\n` });
  return { file: path.join(dir, 'scenario.yaml'), ...loadScenarios([dir]) };
}

/** A valid scenario's lines; tests replace or append some to make one mistake. */
export function validScenario(): string[] {
  return [
    'id: sdr-checks-lead', // 1
    'title: SDR checks a lead', // 2
    'persona: sdr', // 3
    'reason: Persona check', // 4
    'ticket: REVOPS-1', // 5
    'data:', // 6
    '  lead:', // 7
    '    sobject: Lead', // 8
    '    fields: { LastName: Doe, Company: Acme }', // 9
    'steps:', // 10
    '  - open: { record: lead }', // 11
    '  - expect:', // 12
    '      visible: [Status]', // 13
  ];
}

export function replaceLine(lines: string[], line: number, text: string): string[] {
  const copy = [...lines];
  copy[line - 1] = text;
  return copy;
}

/** The only error must be at file:line:column with this path, and its message must contain every phrase. */
export function expectOneError(
  errors: ScenarioError[],
  expected: { file: string; line: number; column: number; path: string; says: string[] },
): void {
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  const [error] = errors;
  expect({ file: error?.file, line: error?.line, column: error?.column, path: error?.path }).toEqual({
    file: expected.file,
    line: expected.line,
    column: expected.column,
    path: expected.path,
  });
  for (const phrase of expected.says) expect(error?.message).toContain(phrase);
}

/**
 * The only error refuses the first step, a `kind` step on `line` written as `  - kind: …`, because no
 * open step comes before it; its message must also contain every other phrase.
 */
export function expectStepBeforeOpenError(
  errors: ScenarioError[],
  expected: { file: string; line: number; kind: string; says?: string[] },
): void {
  expectOneError(errors, {
    file: expected.file,
    line: expected.line,
    column: 5,
    path: 'steps[0]',
    says: [`Expected an open step before this ${expected.kind} step`, ...(expected.says ?? [])],
  });
}
