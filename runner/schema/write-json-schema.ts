import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scenarioEditorSchema } from './json-schema';
import { matrixEditorSchema } from './matrix-json-schema';

// `npm run schema`: regenerates the shipped JSON Schemas after a change to the zod schemas.
for (const schema of [scenarioEditorSchema, matrixEditorSchema]) {
  mkdirSync(path.dirname(schema.file), { recursive: true });
  writeFileSync(schema.file, schema.text());
  console.log(`wrote ${path.relative(process.cwd(), schema.file)}`);
}
