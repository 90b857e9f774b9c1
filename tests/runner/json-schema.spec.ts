import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { scenarioEditorSchema } from '../../runner/schema/json-schema';
import { matrixEditorSchema } from '../../runner/schema/matrix-json-schema';
import { DEMO_SCENARIOS, scenarioDir } from './scenario-files';

test('the shipped JSON Schema is the one the zod schema generates', () => {
  expect(scenarioEditorSchema.drift()).toBeUndefined();
});

test('a JSON Schema file that differs from the zod schema is reported with the command that regenerates it', () => {
  const file = path.join(scenarioDir({}), 'scenario.schema.json');
  writeFileSync(file, '{}\n');
  expect(scenarioEditorSchema.drift(file)).toBe(
    `${file} is out of date with the scenario schema (runner/schema/). Regenerate it with: npm run schema`,
  );
  expect(scenarioEditorSchema.drift(path.join(path.dirname(file), 'missing.json'))).toContain('is missing');
});

test('the JSON Schema requires the scenario keys, rejects unknown ones and allows one kind per step', () => {
  const schema = scenarioEditorSchema.generate() as {
    $schema: string;
    required: string[];
    anyOf: unknown[];
    additionalProperties: boolean;
    properties: { steps: { items: { properties: Record<string, unknown>; maxProperties: number } } };
  };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.required).toEqual(['id', 'title', 'persona', 'reason', 'ticket']);
  // steps, unless the scenario only proves that Login-As is refused
  expect(schema.anyOf).toEqual([{ required: ['steps'] }, { required: ['loginRefused'] }]);
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties.steps.items.properties)).toEqual(
    expect.arrayContaining(['open', 'expect', 'edit', 'listView']),
  );
  expect(schema.properties.steps.items.maxProperties).toBe(1);
});

test('every demo scenario, shorthand steps included, is valid against the shipped JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  const scenario = ajv.compile(JSON.parse(readFileSync(scenarioEditorSchema.file, 'utf8')));
  const matrix = ajv.compile(JSON.parse(readFileSync(matrixEditorSchema.file, 'utf8')));
  const files = readdirSync(DEMO_SCENARIOS).filter(
    (name) => /\.ya?ml$/.test(name) && name !== 'personas.yaml',
  );
  const invalid = files.flatMap((name) => {
    const document = parse(readFileSync(path.join(DEMO_SCENARIOS, name), 'utf8')) as Record<string, unknown>;
    const validate = 'matrix' in document ? matrix : scenario;
    if (validate(document)) return [];
    return (validate.errors ?? []).map((error) => `${name}${error.instancePath} ${error.message}`);
  });
  expect(files.length).toBeGreaterThan(20);
  expect(invalid).toEqual([]);
});

test('the JSON Schema takes as and cannotOpen as a name or as a mapping, and nothing else', () => {
  const validate = new Ajv2020({ allowUnionTypes: true }).compile(scenarioEditorSchema.generate());
  const withSteps = (steps: unknown[]) => ({
    id: 'x',
    title: 'x',
    persona: 'sdr',
    reason: 'x',
    ticket: 'X-1',
    data: { deal: { sobject: 'Lead', fields: { LastName: 'x' } } },
    steps,
  });
  expect(validate(withSteps([{ as: 'ae' }, { cannotOpen: 'deal' }]))).toBe(true);
  expect(
    validate(
      withSteps([{ as: { persona: 'ae', loginRefused: 'frozen' } }, { cannotOpen: { record: 'deal' } }]),
    ),
  ).toBe(true);
  expect(validate(withSteps([{ as: 'two words' }]))).toBe(false);
  expect(validate(withSteps([{ as: { persona: 'ae', reason: 'x' } }]))).toBe(false);
  expect(validate(withSteps([{ cannotOpen: ['deal'] }]))).toBe(false);
});
