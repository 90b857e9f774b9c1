import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ACCESS_LEVELS, matrixScenarioSchema } from './matrix';

/** Shipped beside scenario.schema.json, for matrix files: `# yaml-language-server: $schema=<path to this file>`. */
export const MATRIX_JSON_SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema', 'matrix.schema.json');

/** The matrix scenario schema as JSON Schema (draft 2020-12), generated from the zod schema the loader uses. */
export function matrixJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(matrixScenarioSchema, {
    io: 'input',
    unrepresentable: 'any',
    // The access word is checked by a refinement (for its "did you mean"); editors get the words as an enum.
    override: ({ jsonSchema, path }) => {
      if (path.join('/') === 'properties/matrix/properties/access/additionalProperties/additionalProperties')
        Object.assign(jsonSchema, { type: 'string', enum: [...ACCESS_LEVELS] });
    },
  });
  return {
    $schema,
    title: 'persona-ux matrix scenario',
    description:
      'One record and a table of fields × personas with the access each must have (hidden, read, edit); run as one test per persona.',
    ...rest,
  };
}

export function matrixJsonSchemaText(): string {
  return `${JSON.stringify(matrixJsonSchema(), null, 2)}\n`;
}

/** Undefined when `file` holds the schema the current zod schema generates; else what to do about it. */
export function matrixJsonSchemaDrift(file: string = MATRIX_JSON_SCHEMA_FILE): string | undefined {
  let written: string;
  try {
    written = readFileSync(file, 'utf8');
  } catch {
    return `${file} is missing. Generate it with: npm run schema`;
  }
  if (written === matrixJsonSchemaText()) return undefined;
  return `${file} is out of date with the matrix schema (runner/schema/matrix.ts). Regenerate it with: npm run schema`;
}
