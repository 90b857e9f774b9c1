import type { RecordPagePrediction } from '../../fixtures';
import { quoteList } from '../schema/wording';

/**
 * offers: the picklist values the Edit modal offers for the record's record type, compared with the expected
 * set (labels, or API values the org maps to their labels). A difference lists what is missing and what is
 * extra, each with why: the value is not in the record type, or the field has no such value at all.
 */
export function offerProblems(
  field: string,
  expected: string[],
  offered: string[],
  prediction: RecordPagePrediction,
): string[] {
  const values = prediction.fields.get(field)?.picklistValues ?? [];
  const labelOf = (value: string) => values.find((entry) => entry.value === value)?.label ?? value;
  const wanted = expected.map(labelOf);
  const missing = wanted.filter((label) => !offered.includes(label));
  const extra = offered.filter((label) => !wanted.includes(label));
  if (missing.length + extra.length === 0) return [];
  const recordType = prediction.recordType;
  const typeName = recordType ? `the record type "${recordType.name}"` : "the record's record type";
  const included = recordType?.picklists.get(field)?.map((entry) => entry.label);
  const whyMissing = (label: string) => {
    if (!values.some((entry) => entry.label === label)) return `"${label}": ${field} has no such value`;
    if (included && !included.includes(label)) return `"${label}": ${typeName} does not include it`;
    if (included)
      return `"${label}": ${typeName} includes it, yet the modal does not offer it (a controlling field may narrow a dependent picklist: unconfirmed)`;
    return `"${label}": the record type's values could not be read`;
  };
  const whyExtra = (label: string) =>
    included?.includes(label) ? `"${label}": ${typeName} includes it` : `"${label}"`;
  const parts = [
    missing.length > 0 ? `missing ${missing.map(whyMissing).join(', ')}` : '',
    extra.length > 0 ? `extra ${extra.map(whyExtra).join(', ')}` : '',
  ].filter(Boolean);
  return [
    `${field}: expected to offer exactly ${quoteList(wanted)}, but the Edit modal offers ` +
      `${offered.length > 0 ? quoteList(offered) : 'nothing'} — ${parts.join('; ')}`,
  ];
}
