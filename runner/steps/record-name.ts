import type { CreatedRecord } from '../../fixtures';
import { namedRecord } from '../../fixtures/shown-record-name';
import type { StepContext } from './context';

/** Records the persona created through a `create` step, which the scenario names under `record:`, not `data:`. */
const createdByPersona = new WeakSet<CreatedRecord>();

/** The record came from a `create` step: failures say so instead of calling its key a data key. */
export function createdByStep(record: CreatedRecord): void {
  createdByPersona.add(record);
}

/**
 * A record as every failure names it (namedRecord): `Case "00001001" (500…, data "case")`, with the key the
 * scenario gave it (`created "deal"` for a record a `create` step made) and the name read from the org.
 */
export function recordName(context: Pick<StepContext, 'records'>, record: CreatedRecord): string {
  const [key, known] = [...context.records].find(([, each]) => each.id === record.id) ?? [];
  const origin = key && known ? `${createdByPersona.has(known) ? 'created' : 'data'} "${key}"` : undefined;
  return namedRecord({ ...record, name: record.name ?? known?.name }, origin);
}
