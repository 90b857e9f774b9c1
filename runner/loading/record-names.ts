import type { ParsedScenario } from '../schema/scenario';
import { didYouMean, oneOf } from '../schema/wording';

/** The records steps may name: the keys of data, then the records `create` steps name; each once. */
export function recordNames(scenario: ParsedScenario): string[] {
  const created = scenario.steps.flatMap((step) =>
    step.kind === 'create' && step.record ? [step.record] : [],
  );
  return [...new Set([...Object.keys(scenario.data), ...created])];
}

/**
 * What to write instead of a record name that is not one of `names` (recordNames); `none` when there are none.
 * A record a create step names is no key of data, so the wording covers both when the scenario creates one.
 */
export function expectedRecordName(
  written: string,
  names: readonly string[],
  scenario: ParsedScenario,
  none: string,
): string {
  if (names.length === 0) return none;
  const creates = scenario.steps.some((step) => step.kind === 'create' && step.record);
  const where = creates ? 'a record named in data: or by a create step' : 'a key of data';
  return `Expected ${where}: ${oneOf(names)}.${didYouMean(written, names)}`;
}
