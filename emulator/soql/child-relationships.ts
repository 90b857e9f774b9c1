import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';

export interface ChildRelationship {
  name: string;
  child: SObjectType;
  field: SObjectField;
}

// Salesforce's names where the child's plural label would not give them (Task.WhoId/WhatId → Tasks).
const STANDARD_NAMES: Record<string, string> = {
  'Task.WhoId': 'Tasks',
  'Task.WhatId': 'Tasks',
  'OpportunityLineItem.OpportunityId': 'OpportunityLineItems',
  'PricebookEntry.Pricebook2Id': 'PricebookEntries',
  'PricebookEntry.Product2Id': 'PricebookEntries',
  'QuoteLineItem.QuoteId': 'QuoteLineItems',
  'ProcessInstance.TargetObjectId': 'ProcessInstances',
  'ProcessInstanceStep.ProcessInstanceId': 'Steps',
  'ProcessInstanceWorkitem.ProcessInstanceId': 'Workitems',
};

/**
 * A parent's child relationships, derived from the lookups that point at it: the relationship name is the
 * child's plural label without spaces (Contacts, Opportunities, Cases), as for standard objects.
 * Audit fields (CreatedById, OwnerId...) towards User are left out to keep User describes small.
 */
export function childRelationships(state: OrgState, parent: SObjectType): ChildRelationship[] {
  const relationships: ChildRelationship[] = [];
  for (const child of state.objects.values()) {
    for (const field of child.fields) {
      if (field.type !== 'reference' || !field.referenceTo?.includes(parent.name)) continue;
      if (parent.name === 'User') continue;
      const name =
        STANDARD_NAMES[`${child.name}.${field.name}`] ?? child.labelPlural.replace(/[^A-Za-z0-9_]/g, '');
      relationships.push({ name, child, field });
    }
  }
  return relationships;
}

export function childRelationship(
  state: OrgState,
  parent: SObjectType,
  name: string,
): ChildRelationship | undefined {
  return childRelationships(state, parent).find(
    (relationship) => relationship.name.toLowerCase() === name.toLowerCase(),
  );
}
