import type { Connection } from 'jsforce';
import { didYouMean, oneOf } from '../schema/wording';
import type { DescribedField } from './org-catalog';

/**
 * The picklist whose values these objects' Paths show (docs/salesforce-facts.md#path). Other objects' Paths
 * (custom objects, where Setup lets the admin pick the field) are not checked here.
 */
export const PATH_FIELDS: Readonly<Record<string, string>> = {
  Opportunity: 'StageName',
  Lead: 'Status',
  Case: 'Status',
};

/** Closed opportunity stages by API name and label (OpportunityStage.IsClosed, docs/salesforce-facts.md#path). */
export async function readClosedStages(conn: Connection, wanted: boolean): Promise<string[]> {
  if (!wanted) return [];
  const rows = await conn.query<{ ApiName: string; MasterLabel: string }>(
    'SELECT ApiName, MasterLabel FROM OpportunityStage WHERE IsActive = true AND IsClosed = true ORDER BY SortOrder',
  );
  return [...new Set(rows.records.flatMap((row) => [row.ApiName, row.MasterLabel]))];
}

/**
 * A stage Path cannot show: not an active value (or label) of the object's path field, or, for `close:`, not
 * a closed opportunity stage. Path shows only the record type's values; that narrower check is the run's.
 */
export function pathStageProblem(
  object: string,
  fields: readonly DescribedField[],
  stage: { stage: string; closed: boolean },
  closedStages: readonly string[],
): string | undefined {
  const fieldName = PATH_FIELDS[object];
  const field = fieldName && fields.find((described) => described.name === fieldName);
  if (!field) return undefined;
  const active = field.picklistValues.filter((entry) => entry.active);
  const entry = active.find((value) => value.value === stage.stage || value.label === stage.stage);
  const closedLabels = active
    .filter((value) => closedStages.includes(value.value))
    .map((value) => value.label);
  if (stage.closed && object === 'Opportunity') {
    if (entry && closedStages.includes(entry.value)) return undefined;
    return (
      `"${stage.stage}" is not a closed stage of Opportunity (OpportunityStage.IsClosed): close: chooses one in ` +
      `Path's closed-stage dialog. Expected one of: ${oneOf(closedLabels)}.${didYouMean(stage.stage, closedLabels)}`
    );
  }
  if (entry) return undefined;
  const labels = active.map((value) => value.label);
  return (
    `"${stage.stage}" is not a stage of the ${object} Path (the active values of ${object}.${field.name}). ` +
    `Expected one of: ${oneOf(labels)}.${didYouMean(stage.stage, labels)}`
  );
}
