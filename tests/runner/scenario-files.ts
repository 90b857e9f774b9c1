import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import type { LoadResult, Scenario, ScenarioError } from '../../runner/model';
import type { NameReference } from '../../runner/org-names';

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

/**
 * A matrix scenario: one record, fields × personas with the access each must have, one test per persona;
 * `head` goes after line 4, `table` is the access rows.
 */
export function matrixScenario(table: string[], head: string[] = []): string[] {
  return [
    'id: account-fields-matrix', // 1
    'title: Who sees the credit limit', // 2
    'reason: Access review', // 3
    'ticket: FIN-1', // 4
    ...head,
    'data:',
    '  account:',
    '    sobject: Account',
    '    fields: { Name: Acme }',
    'matrix:',
    '  record: account',
    '  access:',
    ...table,
  ];
}

const BUILT_AT = { file: 'x.yaml', line: 1, column: 1 };

/** A scenario as the loader gives it, built in code: the AE's, with no data unless `more` gives some, these steps. */
export function builtScenario(steps: Record<string, unknown>[], more: Partial<Scenario> = {}): Scenario {
  return {
    id: 'x',
    title: 't',
    persona: { name: 'ae', capability: {} },
    reason: 'r',
    ticket: 'T-1',
    tags: [],
    data: [],
    steps: steps.map((step) => ({ ...step, title: 't', location: BUILT_AT })),
    file: 'x.yaml',
    location: BUILT_AT,
    ...more,
  } as unknown as Scenario;
}

/** A test data record of a built scenario. */
export function builtRecord(
  key: string,
  sobject: string,
  fields: Scenario['data'][number]['fields'] = {},
): Scenario['data'][number] {
  return { key, sobject, fields, autoAssign: false, location: BUILT_AT };
}

/** A name reference on one line, what it names then where: "field Opportunity Amount @ steps.1.expect.editable.0". */
export function referenceLine({ path, ...rest }: NameReference): string {
  const shown = Object.values(rest).map((value) =>
    value && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : value,
  );
  return `${shown.join(' ')} @ ${path.join('.')}`;
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

/**
 * Loads `lines` as one scenario file: its only error must be at `at` ("line:column") with this path, and its
 * message must contain every phrase.
 */
export function expectLoadError(
  lines: string[],
  expected: { at: string; path: string; says: string[] },
): void {
  const { file, errors } = loadOne(lines);
  const [line, column] = expected.at.split(':').map(Number);
  expectOneError(errors, { file, line, column, path: expected.path, says: expected.says });
}
