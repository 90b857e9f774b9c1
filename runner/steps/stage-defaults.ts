import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';

/** The Opportunity fields its stage sets, with the OpportunityStage field that holds the stage's value. */
const SET_BY_STAGE: Readonly<Record<string, { field: string; words: (value: unknown) => string }>> = {
  Probability: { field: 'DefaultProbability', words: (value) => `${value}%` },
  ForecastCategoryName: { field: 'ForecastCategoryName', words: (value) => JSON.stringify(value) },
};

interface StageRow {
  ApiName?: string;
  MasterLabel: string;
  DefaultProbability: number | null;
  ForecastCategoryName: string | null;
}

/**
 * What the opportunity's stage sets of `fields`, read as the admin: Salesforce gives an opportunity its stage's
 * default probability and forecast category, which the user may change (docs/salesforce-facts.md#opportunity-stages).
 * Phrases for a failure, none for other objects and fields.
 */
export async function setByStage(
  org: OrgConnection,
  record: CreatedRecord,
  fields: readonly string[],
): Promise<string[]> {
  const wanted = fields.filter(
    (field) => record.sobject === 'Opportunity' && Object.hasOwn(SET_BY_STAGE, field),
  );
  if (wanted.length === 0) return [];
  const [opportunity] = (
    await org.conn.query<{ StageName: string | null }>(
      `SELECT StageName FROM Opportunity WHERE Id = ${soqlString(record.id)}`,
    )
  ).records;
  const stageName = opportunity?.StageName;
  if (!stageName) return [];
  const stages = (
    await org.conn.query<StageRow>(
      'SELECT ApiName, MasterLabel, DefaultProbability, ForecastCategoryName FROM OpportunityStage',
    )
  ).records;
  const stage =
    stages.find((row) => (row.ApiName ?? row.MasterLabel) === stageName) ??
    stages.find((row) => row.MasterLabel === stageName);
  if (!stage) return [`its stage "${stageName}" is no OpportunityStage the org answers`];
  return wanted.map((field) => {
    const from = SET_BY_STAGE[field] as (typeof SET_BY_STAGE)[string];
    const value = stage[from.field as keyof StageRow];
    const sets =
      value === null || value === undefined ? `sets no ${field}` : `sets ${field} to ${from.words(value)}`;
    return (
      `its stage "${stage.MasterLabel}" ${sets} (OpportunityStage.${from.field}): Salesforce gives an opportunity ` +
      `its stage's ${field} when it enters the stage, and the user may change it`
    );
  });
}
