import type { SaveOutcome } from '../../pages/record-edit-modal';

/**
 * What a refused save showed, for a failure message: the form's own errors as they read, each error under a
 * field as "Field: error" (its API name), so that the reader knows where Salesforce put it.
 */
export function shownErrors(outcome: Extract<SaveOutcome, { saved: false }>): string {
  const underFields = new Set(outcome.fieldErrors.map((each) => each.message));
  return [
    ...outcome.errors.filter((text) => !underFields.has(text)),
    ...outcome.fieldErrors.map((each) => `${each.field}: ${each.message}`),
  ].join(' | ');
}
