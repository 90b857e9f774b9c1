import { ruleHolds, type VisibilityRule } from '../../salesforce/visibility-rules';
import type { OrgState } from './org-state';
import type { Row } from './store';

type Criteria = OrgState['definition']['recordUi']['fieldVisibility'][number]['criteria'];

/** The visibility rule a Dynamic Forms page gives a field (`recordUi.fieldVisibility`), in the metadata's terms. */
export function fieldVisibilityRule(
  state: OrgState,
  object: string,
  field: string,
): VisibilityRule | undefined {
  const entry = state.definition.recordUi.fieldVisibility.find(
    (candidate) => candidate.object === object && candidate.field === field,
  );
  return entry && metadataRule(entry.criteria);
}

/** The visibility rule a Dynamic Forms page gives a field section (`recordUi.sectionVisibility`), by its label. */
export function sectionVisibilityRule(
  state: OrgState,
  object: string,
  section: string,
): VisibilityRule | undefined {
  const entry = state.definition.recordUi.sectionVisibility.find(
    (candidate) => candidate.object === object && candidate.section === section,
  );
  return entry && metadataRule(entry.criteria);
}

function metadataRule(criteria: Criteria): VisibilityRule {
  return {
    criteria: criteria.map(({ field, operator, value }) => ({
      leftValue: `{!Record.${field}}`,
      operator,
      rightValue: value,
    })),
  };
}

/** Whether a rule, if any, lets the Dynamic Forms page show its component for this record. */
export function shownFor(row: Row, rule: VisibilityRule | undefined): boolean {
  return !rule || ruleHolds(rule, row) === true;
}
