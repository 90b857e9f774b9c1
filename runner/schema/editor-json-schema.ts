import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where a JSON Schema shipped in the package for editors lives: `# yaml-language-server: $schema=<path>`. */
export const shippedSchemaFile = (name: string) => path.join(__dirname, '..', '..', 'schema', name);

/**
 * A zod schema the loader uses as JSON Schema (draft 2020-12) for editors, with a title and description. It
 * describes the input (before defaults and transforms); `override` adds what zod's refinements check.
 */
export function editorJsonSchema(
  schema: z.core.$ZodType,
  heading: { title: string; description: string },
  override?: z.core.ToJSONSchemaParams['override'],
): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override });
  return { $schema, ...heading, ...rest };
}

/** The JSON text written to a schema file. */
export const schemaFileText = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;

/** Undefined when `file` holds `text`; else what to do about it (`source` names the zod schema it comes from). */
export function schemaFileDrift(file: string, text: string, source: string): string | undefined {
  let written: string;
  try {
    written = readFileSync(file, 'utf8');
  } catch {
    return `${file} is missing. Generate it with: npm run schema`;
  }
  if (written === text) return undefined;
  return `${file} is out of date with the ${source}. Regenerate it with: npm run schema`;
}
