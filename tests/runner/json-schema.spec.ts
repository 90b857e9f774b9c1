import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scenarioEditorSchema } from '../../runner/schema/json-schema';
import { scenarioDir } from './scenario-files';

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
