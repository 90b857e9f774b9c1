import { evaluateFormula, FormulaError } from '../../salesforce/formula/evaluate';
import { storedValue } from '../formula/literals';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { scopeOf } from './formula-context';

/**
 * Formula fields, computed when the record is saved (Salesforce computes them when read: here a formula
 * over a related record refreshes on the record's next save). A formula that fails at run time is blank,
 * as Salesforce shows #Error! rather than failing the save.
 */
export function computeFormulaFields(state: OrgState, user: OrgUser, type: SObjectType, row: Row): void {
  for (const field of type.fields) {
    if (!field.formula) continue;
    try {
      const result = evaluateFormula(field.formula, scopeOf(state, user, type, row), {
        blankAsZero: field.blankAsZero,
      });
      const value = storedValue(field.type, result);
      row[field.name] =
        typeof value === 'number' && field.scale !== undefined ? roundTo(value, field.scale) : value;
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      row[field.name] = field.type === 'boolean' ? false : null;
    }
  }
}

function roundTo(value: number, scale: number): number {
  const factor = 10 ** scale;
  return Math.round(value * factor) / factor;
}
