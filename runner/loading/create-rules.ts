import type { ParsedScenario } from '../schema/scenario';
import type { Violation } from './violation';

/**
 * The names `create` steps give their records: each is new (not a data key, not given twice), and a step may
 * open a created record only after the create step that makes it.
 */
export function createdRecordNames(scenario: ParsedScenario): Violation[] {
  const violations: Violation[] = [];
  const dataKeys = Object.keys(scenario.data);
  const createdAt = new Map<string, number>();
  scenario.steps.forEach((step, index) => {
    if (step.kind !== 'create' || !step.record) return;
    const path = ['steps', index, 'create', 'record'];
    if (dataKeys.includes(step.record)) {
      violations.push({
        path,
        message: `"${step.record}" is already a data key. Expected a new name for the created record, e.g. record: new-${step.record}`,
      });
    } else if (createdAt.has(step.record)) {
      violations.push({
        path,
        message: `"${step.record}" already names the record steps[${createdAt.get(step.record) ?? 0}] creates. Expected a new name, e.g. record: ${step.record}-2`,
      });
    } else createdAt.set(step.record, index);
  });
  scenario.steps.forEach((step, index) => {
    if (step.kind !== 'open' || step.record === undefined || dataKeys.includes(step.record)) return;
    const created = createdAt.get(step.record);
    if (created === undefined || created < index) return;
    violations.push({
      path: ['steps', index, 'open', 'record'],
      message: `"${step.record}" is created by steps[${created}], after this one. Expected the open step after that create step.`,
    });
  });
  return violations;
}
