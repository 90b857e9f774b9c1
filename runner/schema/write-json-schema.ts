import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './json-schema';

// `npm run schema`: regenerates the shipped JSON Schema after a change to the zod schema.
mkdirSync(path.dirname(SCENARIO_JSON_SCHEMA_FILE), { recursive: true });
writeFileSync(SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), SCENARIO_JSON_SCHEMA_FILE)}`);
