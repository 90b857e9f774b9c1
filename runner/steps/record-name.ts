import type { CreatedRecord } from '../../fixtures';
import type { StepContext } from './context';

/** A record as failures name it: `Lead 00Q… ("lead")`, with the data or `create` key the scenario gave it. */
export function recordName(context: Pick<StepContext, 'records'>, record: CreatedRecord): string {
  const key = [...context.records].find(([, each]) => each.id === record.id)?.[0];
  return `${record.sobject} ${record.id}${key ? ` ("${key}")` : ''}`;
}
