import type { OrgState } from './org-state';
import { field, platformAuditFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';
import { createdStamp, type Row, sfDateTime } from './store';

/**
 * OpportunityStage: one row per value of Opportunity.StageName, saying whether it is closed and won (Object
 * Reference: OpportunityStage; queryable, read-only). The emulator knows closed stages from the Opportunity
 * `paths:` entry (closedWon, closedLost), else the standard Closed Won and Closed Lost.
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
    state.store.insert('OpportunityStage', {
      Id: state.ids.next(KEY_PREFIX),
      ApiName: value,
      MasterLabel: value,
      IsActive: true,
      IsClosed: won.includes(value) || lost.includes(value),
      IsWon: won.includes(value),
      SortOrder: index + 1,
      ...createdStamp(adminId, now),
    } as Row);
  });
}
