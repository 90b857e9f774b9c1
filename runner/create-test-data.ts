import path from 'node:path';
import { test } from '@playwright/test';
import type { CreatedRecord, TestData } from '../fixtures';
import type { DataRecord, FieldValue, SourceLocation } from './model';
import { pointedAtScenario } from './scenario-stack';
import { type RecordValues, renderFieldValue, type TemplateVars } from './template';

/** A test record could not be created: names the data key, where it is written, and the org's message. */
export class DataCreationError extends Error {
  override name = 'DataCreationError';
}

/**
 * Creates the scenario's data records as the admin, in the order the loader put them (each after the records its
 * values refer to), one test.step each. Returns the created records by data key, and the template variables
 * with `data` filled in for the steps.
 */
export async function createTestData(
  records: readonly DataRecord[],
  testData: TestData,
  vars: TemplateVars,
): Promise<{ created: Map<string, CreatedRecord>; vars: TemplateVars }> {
  const created = new Map<string, CreatedRecord>();
  const data: Record<string, RecordValues> = { ...vars.data };
  for (const record of records) {
    const where = `${record.location.file}:${record.location.line}:${record.location.column}`;
    const fields = renderFields(record, { ...vars, data }, where);
    const title =
      `create ${record.sobject} "${record.key}"` +
      `${record.recordType ? ` (record type ${record.recordType})` : ''} as the admin`;
    const result = await test.step(
      title,
      async () => {
        try {
          return await testData.create(record.sobject, fields, {
            autoAssign: record.autoAssign,
            recordType: record.recordType,
          });
        } catch (error) {
          throw pointedAtScenario(
            new DataCreationError(
              `Test data "${record.key}" (${where}) could not be created: ${(error as Error).message}`,
            ),
            record.location,
          );
        }
      },
      { location: at(record.location) },
    );
    created.set(record.key, result);
    // The name the org gave (CaseNumber) can be used as {{data.<key>.CaseNumber}} by records and steps after it.
    data[record.key] = {
      ...fields,
      ...(result.name && { [result.name.field]: result.name.value }),
      Id: result.id,
    };
  }
  return { created, vars: { ...vars, data } };
}

function renderFields(record: DataRecord, vars: TemplateVars, where: string): Record<string, FieldValue> {
  try {
    return Object.fromEntries(
      Object.entries(record.fields).map(([name, value]) => [name, renderFieldValue(value, vars)]),
    );
  } catch (error) {
    throw pointedAtScenario(
      new DataCreationError(`Test data "${record.key}" (${where}): ${(error as Error).message}`),
      record.location,
    );
  }
}

function at(location: SourceLocation) {
  return { ...location, file: path.resolve(location.file) };
}
