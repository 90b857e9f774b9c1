import { editorSchema } from './editor-json-schema';
import { ACCESS_LEVELS, matrixScenarioSchema } from './matrix';

/** The matrix scenario schema for editors, shipped beside scenario.schema.json. */
export const matrixEditorSchema = editorSchema({
  fileName: 'matrix.schema.json',
  schema: matrixScenarioSchema,
  title: 'persona-ux matrix scenario',
  description:
    'One record and a table of fields × personas with the access each must have (hidden, read, edit); run as one test per persona.',
  source: 'matrix schema (runner/schema/matrix.ts)',
  // The access word is checked by a refinement (for its "did you mean"); editors get the words as an enum.
  override: ({ jsonSchema, path }) => {
    if (path.join('/') === 'properties/matrix/properties/access/additionalProperties/additionalProperties')
      Object.assign(jsonSchema, { type: 'string', enum: [...ACCESS_LEVELS] });
  },
});
