/**
 * What an Opportunity stage sets on the records that enter it: its default probability and forecast category
 * (Setup, Opportunity Stage; OpportunityStage.DefaultProbability, .ForecastCategory, .ForecastCategoryName;
 * StandardValueSet OpportunityStage: probability, forecastCategory). Salesforce fills an opportunity's Probability and
 * ForecastCategoryName from its stage, and the user may change them (docs/salesforce-facts.md#opportunity-stages).
 */

/** ForecastCategory's API values with the names ForecastCategoryName shows (Object Reference: OpportunityStage). */
export const FORECAST_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  Pipeline: 'Pipeline',
  BestCase: 'Best Case',
  Forecast: 'Commit',
  Closed: 'Closed',
  Omitted: 'Omitted',
  MostLikely: 'Most Likely',
};

export interface StageDefaults {
  /** Percent, 0–100; null when the stage sets none. */
  probability: number | null;
  /** An API value of ForecastCategory. */
  forecastCategory: string;
}

/**
 * The stages a new org ships with and what each sets (the Metadata API Developer Guide's StageName sample shows
 * Prospecting 10, Qualification 10, Needs Analysis 20, all Pipeline; the others are unconfirmed, from new orgs).
 */
const STANDARD_STAGES: Readonly<Record<string, StageDefaults>> = {
  Prospecting: { probability: 10, forecastCategory: 'Pipeline' },
  Qualification: { probability: 10, forecastCategory: 'Pipeline' },
  'Needs Analysis': { probability: 20, forecastCategory: 'Pipeline' },
  'Value Proposition': { probability: 50, forecastCategory: 'Pipeline' },
  'Id. Decision Makers': { probability: 60, forecastCategory: 'Pipeline' },
  'Perception Analysis': { probability: 70, forecastCategory: 'Pipeline' },
  'Proposal/Price Quote': { probability: 75, forecastCategory: 'Pipeline' },
  'Negotiation/Review': { probability: 90, forecastCategory: 'Pipeline' },
  'Closed Won': { probability: 100, forecastCategory: 'Closed' },
  'Closed Lost': { probability: 0, forecastCategory: 'Omitted' },
};

/**
 * What a stage sets: a won stage 100 and Closed, a lost one 0 and Omitted (as the standard closed stages); an open
 * standard stage its shipped defaults; another open stage Pipeline without a probability (unconfirmed: an org's own
 * stages carry whatever their admin chose).
 */
export function stageDefaults(stage: string, closed: { won: boolean; lost: boolean }): StageDefaults {
  if (closed.won) return { probability: 100, forecastCategory: 'Closed' };
  if (closed.lost) return { probability: 0, forecastCategory: 'Omitted' };
  const standard = Object.hasOwn(STANDARD_STAGES, stage) ? STANDARD_STAGES[stage] : undefined;
  if (standard?.forecastCategory === 'Pipeline') return standard;
  return { probability: null, forecastCategory: 'Pipeline' };
}
