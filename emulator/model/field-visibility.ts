import { ruleHolds, type VisibilityRule } from '../../salesforce/visibility-rules';
import type { OrgState } from './org-state';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/** The visibility rule a Dynamic Forms page gives a field (`recordUi.fieldVisibility`), in the metadata's terms. */
export function fieldVisibilityRule(
  state: OrgState,
  object: string,
  field: string,
): VisibilityRule | undefined {
  const entry = state.definition.recordUi.fieldVisibility.find(
    (candidate) => candidate.object === object && candidate.field === field,
  );
  if (!entry) return undefined;
  return {
    criteria: entry.criteria.map(({ field: name, operator, value }) => ({
      leftValue: `{!Record.${name}}`,
      operator,
      rightValue: value,
    })),
  };
}

/** Whether the Dynamic Forms page shows the field for this record: it has no visibility rule, or its rule holds. */
export function shownByVisibilityRule(state: OrgState, type: SObjectType, row: Row, field: string): boolean {
  const rule = fieldVisibilityRule(state, type.name, field);
  return !rule || ruleHolds(rule, row) === true;
}
