import type { DescribedField } from './org-catalog';

/**
 * A field written by its label (copied from the page: "Next Step") where an API name belongs: the problem names
 * the API name of every field of `object` with that label (case-insensitive, trimmed); undefined when no field
 * has it. Labels need not be unique on an object (docs/salesforce-facts.md#rest-shapes), hence every field.
 * Only the problem helps: the scenario must say which field it means, so a label is never translated.
 */
export function labelProblem(
  object: string,
  fields: readonly DescribedField[],
  written: string,
): string | undefined {
  const wanted = written.trim().toLowerCase();
  const labelled = fields.filter((field) => field.label.trim().toLowerCase() === wanted).map((f) => f.name);
  if (labelled.length === 0) return undefined;
  const qualified = labelled.map((name) => `${object}.${name}`);
  if (labelled.length === 1) return `"${written}" is the label of ${qualified[0]}; write ${labelled[0]}.`;
  return `"${written}" is the label of ${both(qualified, 'and')}; write ${both(labelled, 'or')}, whichever you mean.`;
}

function both(names: readonly string[], word: 'and' | 'or'): string {
  return `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
}
