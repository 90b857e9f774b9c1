import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { shorthandKey } from './common';

/**
 * A zod schema the loader uses, shipped in the package as JSON Schema (draft 2020-12) for editors:
 * `# yaml-language-server: $schema=<path to the file>`.
 */
export interface EditorSchema {
  /** schema/<fileName> in the package. */
  readonly file: string;
  /** The JSON Schema: the zod schema's input (before defaults and transforms), with a title and description. */
  generate(): Record<string, unknown>;
  /** The JSON text written to the file. */
  text(): string;
  /** Undefined when `file` holds the text the current zod schema generates; else what to do about it. */
  drift(file?: string): string | undefined;
}

export interface EditorSchemaOptions {
  fileName: string;
  schema: z.core.$ZodType;
  title: string;
  description: string;
  /** Names the zod schema in a drift message, e.g. "scenario schema (runner/schema/)". */
  source: string;
  /** Adds what zod's refinements check and JSON Schema cannot see. */
  override?: z.core.ToJSONSchemaParams['override'];
}

export function editorSchema(options: EditorSchemaOptions): EditorSchema {
  const { fileName, schema, title, description, source, override } = options;
  const generate = () => {
    const { $schema, ...rest } = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      override: (context) => {
        offerShorthand(context);
        override?.(context);
      },
    });
    return { $schema, title, description, ...rest };
  };
  const text = () => `${JSON.stringify(generate(), null, 2)}\n`;
  const file = path.join(__dirname, '..', '..', 'schema', fileName);
  return {
    file,
    generate,
    text,
    drift(target = file) {
      let written: string;
      try {
        written = readFileSync(target, 'utf8');
      } catch {
        return `${target} is missing. Generate it with: npm run schema`;
      }
      if (written === text()) return undefined;
      return `${target} is out of date with the ${source}. Regenerate it with: npm run schema`;
    },
  };
}

/**
 * A mapping that may be written as the text of one key (`as: ae`) is read by a preprocess the JSON Schema export
 * does not see, so it would offer the mapping form only: offer both.
 */
function offerShorthand({
  zodSchema,
  jsonSchema,
}: Parameters<NonNullable<EditorSchemaOptions['override']>>[0]) {
  const key = shorthandKey(zodSchema);
  const textForm = key ? jsonSchema.properties?.[key] : undefined;
  if (typeof textForm !== 'object') return;
  const mappingForm = { ...jsonSchema };
  for (const name of Object.keys(jsonSchema)) delete jsonSchema[name];
  jsonSchema.anyOf = [textForm, mappingForm];
}
