import damerauLevenshtein from 'damerau-levenshtein';

/** How error messages talk about values: "Expected …, but got …", lists of valid values, "did you mean". */

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text "${truncate(value)}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

export function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

export function oneOf(values: readonly string[]): string {
  return values.length === 0 ? '(none defined)' : values.join(', ');
}

/** ` Did you mean "x"?` when a valid value is a likely typo away from `given`, else ''. */
export function didYouMean(given: string, valid: readonly string[]): string {
  const match = closestMatch(given, valid);
  return match ? ` Did you mean "${match.value}"?` : '';
}

/**
 * ` Did you mean "AnnualRevenue"?` when `given` is a likely typo of a name, or of a label, which users copy from
 * the page ("Anual Revenue"): then the answer is still the name to write, with the label it was taken for
 * (` Did you mean "AnnualRevenue" (labelled "Annual Revenue")?`). A label several share names each of them.
 */
export function didYouMeanNamed(given: string, named: readonly { name: string; label: string }[]): string {
  const byName = closestMatch(
    given,
    named.map((entry) => entry.name),
  );
  const byLabel = closestMatch(
    given,
    named.map((entry) => entry.label),
  );
  if (!byLabel || (byName && byName.distance <= byLabel.distance))
    return byName ? ` Did you mean "${byName.value}"?` : '';
  const names = [
    ...new Set(named.filter((entry) => entry.label === byLabel.value).map((entry) => entry.name)),
  ];
  const which = names.map((name) => `"${name}"`);
  return names.length === 1
    ? ` Did you mean ${which[0]} (labelled "${byLabel.value}")?`
    : ` Did you mean ${which.slice(0, -1).join(', ')} or ${which.at(-1)} (each labelled "${byLabel.value}")?`;
}

/**
 * The valid value fewest edits away, if it is few enough to be a typo: two swapped letters count as one edit
 * (opne → open), and a name of four letters or more that starts alike may be two edits off (Amnt → Amount).
 */
export function closestMatch(
  given: string,
  valid: readonly string[],
): { value: string; distance: number } | undefined {
  const lower = given.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of valid) {
    const { steps } = damerauLevenshtein(lower, value.toLowerCase());
    if (!best || steps < best.distance) best = { value, distance: steps };
  }
  if (!best) return undefined;
  const sameStart = best.value[0]?.toLowerCase() === lower[0];
  const tolerated = Math.max(given.length >= 4 && sameStart ? 2 : 1, Math.floor(given.length / 3));
  return best.distance <= tolerated ? best : undefined;
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "20 s", "2 min", "500 ms" for titles and messages. */
export function describeDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}
