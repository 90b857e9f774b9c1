import { FORECAST_CATEGORY_NAMES, stageDefaults } from '../../salesforce/opportunity-stages';
import type { OrgState } from './org-state';
import { field, platformAuditFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';
import { createdStamp, type Row, sfDateTime } from './store';

/**
 * OpportunityStage: one row per value of Opportunity.StageName, saying whether it is closed and won, and the
 * probability and forecast category it sets (Object Reference: OpportunityStage; queryable, read-only). The emulator
 * knows closed stages from the Opportunity `paths:` entry (closedWon, closedLost), else the standard Closed Won and
 * Closed Lost; what a stage sets from Salesforce's standard stages (salesforce/opportunity-stages.ts).
 */
const KEY_PREFIX = '01J';

export function opportunityStageObject(): SObjectType {
  return platformObject(
    'OpportunityStage',
    KEY_PREFIX,
    [
      field('ApiName', 'string', { label: 'API Name', nillable: false, length: 255 }),
      field('MasterLabel', 'string', { label: 'Master Label', nillable: false, length: 255 }),
      field('IsActive', 'boolean', { label: 'Is Active' }),
      field('IsClosed', 'boolean', { label: 'Closed' }),
      field('IsWon', 'boolean', { label: 'Won' }),
      field('SortOrder', 'int', { label: 'Sort Order' }),
      field('DefaultProbability', 'percent', { label: 'Probability (%)', precision: 3, scale: 0 }),
      field('ForecastCategory', 'picklist', {
        label: 'Forecast Category',
        picklistValues: Object.keys(FORECAST_CATEGORY_NAMES),
      }),
      field('ForecastCategoryName', 'picklist', {
        label: 'Forecast Category Name',
        picklistValues: Object.values(FORECAST_CATEGORY_NAMES),
      }),
      ...platformAuditFields(),
    ],
    { plural: 'Opportunity Stages' },
  );
}

export function seedOpportunityStages(state: OrgState, adminId: string | null): void {
  const values = state.object('Opportunity')?.field('StageName')?.picklistValues ?? [];
  const path = state.definition.paths.find((entry) => entry.object === 'Opportunity');
  const won = path?.closedWon ?? ['Closed Won'];
  const lost = path?.closedLost ?? ['Closed Lost'];
  const now = sfDateTime(new Date());
  values.forEach((value, index) => {
    const sets = stageDefaults(value, { won: won.includes(value), lost: lost.includes(value) });
    state.store.insert('OpportunityStage', {
      Id: state.ids.next(KEY_PREFIX),
      ApiName: value,
      MasterLabel: value,
      IsActive: true,
      IsClosed: won.includes(value) || lost.includes(value),
      IsWon: won.includes(value),
      SortOrder: index + 1,
      DefaultProbability: sets.probability,
      ForecastCategory: sets.forecastCategory,
      ForecastCategoryName: FORECAST_CATEGORY_NAMES[sets.forecastCategory],
      ...createdStamp(adminId, now),
    } as Row);
  });
}
