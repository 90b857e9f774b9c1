import type { StepContext } from './context';

/** The test record a step names by its data key; a key no data entry created is the scenario's mistake. */
export function testRecord(context: StepContext, key: string) {
  const record = context.records.get(key);
  if (!record) {
    throw new Error(`No test record "${key}" was created (data keys: ${[...context.records.keys()]}).`);
  }
  return record;
}
