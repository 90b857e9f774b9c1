import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './json-schema';
import { MATRIX_JSON_SCHEMA_FILE, matrixJsonSchemaText } from './matrix-json-schema';

// `npm run schema`: regenerates the shipped JSON Schema after a change to the zod schema.
mkdirSync(path.dirname(SCENARIO_JSON_SCHEMA_FILE), { recursive: true });
writeFileSync(SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), SCENARIO_JSON_SCHEMA_FILE)}`);
writeFileSync(MATRIX_JSON_SCHEMA_FILE, matrixJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), MATRIX_JSON_SCHEMA_FILE)}`);
