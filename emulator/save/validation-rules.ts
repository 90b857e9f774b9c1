import { evaluateFormula, FormulaError } from '../../salesforce/formula/evaluate';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { scopeOf } from './formula-context';

/**
 * Active validation rules of the object, as the running user: every rule whose error condition is true
 * fails the save, all of them reported at once (REST answers one error per rule).
 */
export function runValidationRules(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
): void {
  const failures: SalesforceError[] = [];
  for (const rule of state.definition.validationRules) {
    if (!rule.active || rule.object !== type.name) continue;
    let invalid: unknown;
    try {
      invalid = evaluateFormula(rule.errorConditionFormula, scopeOf(state, user, type, row, prior));
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      // Unconfirmed wording; Salesforce stops the save when a rule's formula cannot be evaluated.
      throw new SalesforceError(
        400,
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        `Validation rule ${rule.name} could not be evaluated: ${error.message}`,
      );
    }
    if (invalid !== true) continue;
    const field = rule.errorDisplayField ? type.field(rule.errorDisplayField)?.name : undefined;
    failures.push(
      new SalesforceError(400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', rule.errorMessage, field ? [field] : []),
    );
  }
  if (failures.length > 0) throw SalesforceError.all(failures);
}
