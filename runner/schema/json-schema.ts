import { z } from 'zod';
import { editorSchema } from './editor-json-schema';
import { scenarioSchema } from './scenario';

/**
 * The scenario schema for editors, generated from the zod schema the loader uses, so editors complete and check
 * the same keys; rules that relate parts of a scenario (data keys, personas) are checked by `persona-ux validate`
 * only.
 */
export const scenarioEditorSchema = editorSchema({
  fileName: 'scenario.schema.json',
  schema: scenarioSchema,
  title: 'persona-ux scenario',
  description:
    'One persona scenario: who to log in as (persona), why (reason, ticket), the test data, the steps and the expectations.',
  source: 'scenario schema (runner/schema/)',
  override: ({ zodSchema, jsonSchema }) => {
    // A step is a mapping with exactly one key, its kind; zod checks that in a refinement JSON Schema cannot see.
    if ((zodSchema as unknown) === stepObject())
      Object.assign(jsonSchema, { minProperties: 1, maxProperties: 1 });
    // Steps are required unless the scenario proves a refused Login-As (loginRefused): a refinement in zod.
    if ((zodSchema as unknown) === scenarioSchema)
      Object.assign(jsonSchema, { anyOf: [{ required: ['steps'] }, { required: ['loginRefused'] }] });
  },
});

function stepObject(): z.ZodType | undefined {
  const declared: z.ZodType = scenarioSchema.shape.steps;
  const steps = declared instanceof z.ZodDefault ? declared.unwrap() : declared;
  return steps instanceof z.ZodArray ? innerObject(steps.element) : undefined;
}

/** The strict object under a step's refinements and transform. */
function innerObject(schema: z.core.$ZodType): z.ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof z.ZodObject) return current;
    const def = current._zod.def as { in?: z.core.$ZodType; innerType?: z.core.$ZodType };
    current = def.in ?? def.innerType;
  }
  return undefined;
}
