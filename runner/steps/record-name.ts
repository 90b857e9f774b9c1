import type { CreatedRecord } from '../../fixtures';
import type { StepContext } from './context';

/** Records the persona created through a `create` step, which the scenario names under `record:`, not `data:`. */
const createdByPersona = new WeakSet<CreatedRecord>();

/** The record came from a `create` step: failures say so instead of calling its key a data key. */
export function createdByStep(record: CreatedRecord): void {
  createdByPersona.add(record);
}

/**
 * A record as every failure names it: `Case "00001001" (500…, data "case")` — its object, the name Lightning
 * shows (read from the org: an Auto Number such as CaseNumber, or the Name), its id and the key the scenario gave
 * it (`created "deal"` for a record a `create` step made). Without a name known, `Case 500… (data "case")`.
 */
export function recordName(context: Pick<StepContext, 'records'>, record: CreatedRecord): string {
  const [key, known] = [...context.records].find(([, each]) => each.id === record.id) ?? [];
  const origin = key && known ? `${createdByPersona.has(known) ? 'created' : 'data'} "${key}"` : undefined;
  const name = record.name ?? known?.name;
  if (!name) return `${record.sobject} ${record.id}${origin ? ` (${origin})` : ''}`;
  return `${record.sobject} "${name.value}" (${[record.id, origin].filter(Boolean).join(', ')})`;
}
