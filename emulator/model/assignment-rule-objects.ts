import type { OrgState } from './org-state';
import { field, platformAuditFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';
import { createdStamp, sfDateTime } from './store';

/**
 * AssignmentRule (Object Reference: Name, SobjectType Lead or Case, Active), one row per lead or case
 * assignment rule of the org definition; read-only through the API, as in Salesforce.
 */
const KEY_PREFIX = '01Q';

export function assignmentRuleObject(): SObjectType {
  return platformObject(
    'AssignmentRule',
    KEY_PREFIX,
    [
      field('Name', 'string', { label: 'Rule Name', nillable: false, length: 120 }),
      field('SobjectType', 'picklist', { label: 'Sobject Type', picklistValues: ['Case', 'Lead'] }),
      field('Active', 'boolean', { defaultValue: false }),
      ...platformAuditFields(),
    ],
    { nameField: 'Name' },
  );
}

/** A row per assignment rule, in definition order so ids are stable across starts. */
export function seedAssignmentRules(state: OrgState, adminId: string): void {
  const now = sfDateTime(new Date());
  for (const rule of state.definition.assignmentRules) {
    state.store.insert('AssignmentRule', {
      Id: state.ids.next(KEY_PREFIX),
      Name: rule.name,
      SobjectType: rule.object,
      Active: rule.active,
      ...createdStamp(adminId, now),
    });
  }
}
