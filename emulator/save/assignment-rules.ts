import { evaluateFormula, FormulaError } from '../../salesforce/formula/evaluate';
import { assignmentEntryFormula } from '../formula/criteria-items';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { scopeOf } from './formula-context';
import type { Journal } from './journal';

/**
 * Lead and case assignment rules: the object's active rule, entries in order, the first whose formula
 * holds (or that has none) sets the owner to a user or a queue. Run only when asked: REST's
 * Sforce-Auto-Assign (TRUE unless FALSE is sent) or the record page's "Assign using active assignment rule".
 */
export function runAssignmentRules(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
  journal: Journal,
): void {
  const rule = state.definition.assignmentRules.find(
    (candidate) => candidate.active && candidate.object === type.name,
  );
  if (!rule) return;
  const scope = scopeOf(state, user, type, row, prior);
  for (const entry of rule.entries) {
    let matches: unknown = true;
    const condition = assignmentEntryFormula(entry, type);
    if (condition) {
      try {
        matches = evaluateFormula(condition, scope);
      } catch (error) {
        if (!(error instanceof FormulaError)) throw error;
        // Unconfirmed wording: the emulator's own report of a rule entry it cannot evaluate.
        throw new SalesforceError(400, 'UNKNOWN_EXCEPTION', `Assignment rule ${rule.name}: ${error.message}`);
      }
    }
    if (matches !== true) continue;
    const ownerId = assigneeId(state, type, entry.assignTo);
    if (ownerId && ownerId !== row.OwnerId) {
      journal.changing(row);
      row.OwnerId = ownerId;
    }
    return;
  }
}

/** A username, or a queue (by name or developer name) that takes records of this object. */
export function assigneeId(state: OrgState, type: SObjectType, assignTo: string): string | undefined {
  const user = state.userByUsername(assignTo);
  if (user) return user.id;
  const queue = state.store
    .all('Group')
    .find((group) => group.Type === 'Queue' && (group.Name === assignTo || group.DeveloperName === assignTo));
  if (!queue) return undefined;
  const takesObject = state.store
    .all('QueueSobject')
    .some((entry) => entry.QueueId === queue.Id && entry.SobjectType === type.name);
  return takesObject ? queue.Id : undefined;
}
