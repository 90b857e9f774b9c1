import { seedAccess } from '../model/access-seed';
import { seedApprovalDefinitions } from '../model/approval-objects';
import { seedAssignmentRules } from '../model/assignment-rule-objects';
import { seedNavigation } from '../model/navigation-objects';
import { buildObjectTypes } from '../model/object-types';
import { seedOpportunityStages } from '../model/opportunity-stage-object';
import { OrgState } from '../model/org-state';
import { seedProducts } from '../model/product-seed';
import { seedOrg } from '../model/seed';
import type { OrgDefinition } from '../org/schema';
import { computeFormulaFields } from './formula-fields';

/** The org state of a definition: its object types, seed records, access and navigation rows, formula values. */
export function createOrgState(definition: OrgDefinition): OrgState {
  const state = new OrgState(definition);
  for (const [name, type] of buildObjectTypes(definition)) state.objects.set(name, type);
  seedOrg(state);
  seedAccess(state);
  seedNavigation(state);
  const admin =
    state.users().find((user) => user.profile.permissions.has('ModifyAllData')) ?? state.users()[0];
  seedProducts(state, admin.id);
  seedOpportunityStages(state, admin.id);
  seedApprovalDefinitions(state, admin.id);
  seedAssignmentRules(state, admin.id);
  computeSeedFormulas(state);
  return state;
}

/** Formula fields of the seed records, once users, roles and groups exist for $User and lookups. */
function computeSeedFormulas(state: OrgState): void {
  const admin =
    state.users().find((user) => user.profile.permissions.has('ModifyAllData')) ?? state.users()[0];
  for (const name of Object.keys(state.definition.objects)) {
    const type = state.object(name);
    if (!type?.fields.some((field) => field.formula)) continue;
    for (const row of state.store.all(type.name)) computeFormulaFields(state, admin, type, row);
  }
}
