import { type FormulaScope, formulaProblem } from '../../salesforce/formula/evaluate';
import { FilterLogicError } from '../../salesforce/formula/filter-logic';
import { entryCriteriaFormula } from '../formula/criteria-items';
import { sampleScope } from '../formula/scope';
import { buildObjectTypes } from '../model/object-types';
import type { SObjectType } from '../model/sobject-type';
import type { OrgDefinition } from '../org/schema';
import type { ApprovalFieldUpdates } from '../org/schema-approvals';
import type { Issue } from './cross-check-support';

/**
 * Approval processes: the object exists, names are unique, formulas parse against the object's fields,
 * field updates name updateable fields with values of the right kind, and every submitter and approver
 * (user, profile, role, queue taking the object) exists.
 */
export function crossCheckApprovals(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  if (def.approvalProcesses.length === 0) return issues;
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const types = buildObjectTypes(def);
  const object = (name: string) => types.get(name.toLowerCase());
  const usernames = new Set(def.users.map((user) => user.username.toLowerCase()));
  const groups = new Set(def.groups.flatMap((group) => [group.name, group.developerName]));
  const roles = new Set(def.roles.map((role) => role.name));
  const checkFormula = (at: (string | number)[], formula: string, scope: FormulaScope) => {
    const problem = formulaProblem(formula, scope, { blankAsZero: true });
    if (problem) add(at, `Formula error: ${problem}`);
  };
  const checkUpdates = (at: (string | number)[], type: SObjectType, updates: ApprovalFieldUpdates) => {
    for (const [fieldName, value] of Object.entries(updates)) {
      const field = type.field(fieldName);
      if (!field) add([...at, fieldName], `No field ${fieldName} on ${type.name}`);
      else if (!field.updateable) add([...at, fieldName], `${type.name}.${fieldName} is not updateable`);
      else if (field.picklistValues && value !== null && !field.picklistValues.includes(String(value))) {
        add([...at, fieldName], `"${value}" is not a value of ${type.name}.${fieldName}`);
      }
    }
  };

  const names = new Set<string>();
  def.approvalProcesses.forEach((process, index) => {
    const at = ['approvalProcesses', index];
    if (names.has(process.name)) add([...at, 'name'], `Approval process ${process.name} is defined twice`);
    names.add(process.name);
    const type = def.objects[process.object] ? object(process.object) : undefined;
    if (!type) {
      add([...at, 'object'], `No object ${process.object} in objects`);
      return;
    }
    const scope = sampleScope({ object }, type);
    try {
      const entryFormula = entryCriteriaFormula(process.entryCriteria, type);
      if (entryFormula) checkFormula([...at, 'entryCriteria'], entryFormula, scope);
    } catch (error) {
      if (!(error instanceof FilterLogicError)) throw error;
      add([...at, 'entryCriteria', 'booleanFilter'], `booleanFilter ${error.message}`);
    }
    process.allowedSubmitters.forEach((submitter, s) => {
      const where = [...at, 'allowedSubmitters', s];
      if (typeof submitter === 'string') return;
      if ('user' in submitter && !usernames.has(submitter.user.toLowerCase())) {
        add(where, `No user ${submitter.user} in users`);
      }
      if ('group' in submitter && !groups.has(submitter.group))
        add(where, `No group ${submitter.group} in groups`);
      const role =
        'role' in submitter
          ? submitter.role
          : 'roleAndSubordinates' in submitter
            ? submitter.roleAndSubordinates
            : undefined;
      if (role !== undefined && !roles.has(role)) add(where, `No role ${role} in roles`);
    });
    const stepNames = new Set<string>();
    process.steps.forEach((step, s) => {
      const where = [...at, 'steps', s];
      if (stepNames.has(step.name)) add([...where, 'name'], `Step ${step.name} is defined twice`);
      stepNames.add(step.name);
      if (step.entryCriteria) checkFormula([...where, 'entryCriteria'], step.entryCriteria, scope);
      const approver = step.approver;
      if (approver === 'manager') return;
      if ('user' in approver && !usernames.has(approver.user.toLowerCase())) {
        add([...where, 'approver'], `No user ${approver.user} in users`);
      }
      if ('queue' in approver) {
        const queue = def.groups.find(
          (group) =>
            group.type === 'Queue' &&
            (group.developerName === approver.queue || group.name === approver.queue),
        );
        if (!queue) add([...where, 'approver'], `No queue ${approver.queue} in groups`);
        else if (!queue.objects.includes(process.object)) {
          add(
            [...where, 'approver'],
            `Queue ${queue.name} does not take ${process.object} records (objects:)`,
          );
        }
      }
    });
    checkUpdates(
      [...at, 'initialSubmissionActions', 'fieldUpdates'],
      type,
      process.initialSubmissionActions.fieldUpdates,
    );
    checkUpdates(
      [...at, 'finalApprovalActions', 'fieldUpdates'],
      type,
      process.finalApprovalActions.fieldUpdates,
    );
    checkUpdates(
      [...at, 'finalRejectionActions', 'fieldUpdates'],
      type,
      process.finalRejectionActions.fieldUpdates,
    );
    checkUpdates([...at, 'recallActions', 'fieldUpdates'], type, process.recallActions.fieldUpdates);
  });
  return issues;
}
