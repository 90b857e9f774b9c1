import { editorJsonSchema, schemaFileDrift, schemaFileText, shippedSchemaFile } from './editor-json-schema';
import { ACCESS_LEVELS, matrixScenarioSchema } from './matrix';

/** Shipped beside scenario.schema.json, for matrix files: `# yaml-language-server: $schema=<path to this file>`. */
export const MATRIX_JSON_SCHEMA_FILE = shippedSchemaFile('matrix.schema.json');

/** The matrix scenario schema as JSON Schema, generated from the zod schema the loader uses. */
export function matrixJsonSchema(): Record<string, unknown> {
  return editorJsonSchema(
    matrixScenarioSchema,
    {
      title: 'persona-ux matrix scenario',
      description:
        'One record and a table of fields × personas with the access each must have (hidden, read, edit); run as one test per persona.',
    },
    // The access word is checked by a refinement (for its "did you mean"); editors get the words as an enum.
    ({ jsonSchema, path }) => {
      if (path.join('/') === 'properties/matrix/properties/access/additionalProperties/additionalProperties')
        Object.assign(jsonSchema, { type: 'string', enum: [...ACCESS_LEVELS] });
    },
  );
}

export const matrixJsonSchemaText = () => schemaFileText(matrixJsonSchema());

/** Undefined when `file` holds the schema the current zod schema generates; else what to do about it. */
export const matrixJsonSchemaDrift = (file: string = MATRIX_JSON_SCHEMA_FILE) =>
  schemaFileDrift(file, matrixJsonSchemaText(), 'matrix schema (runner/schema/matrix.ts)');
