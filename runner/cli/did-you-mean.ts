import { closest, distance } from 'fastest-levenshtein';

/** ` Did you mean "x"?` for the nearest of `candidates` when it is a likely typo of `word`, else ''. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const nearest = closest(word, [...candidates]);
  return distance(word, nearest) <= Math.max(2, Math.floor(nearest.length / 3))
    ? ` Did you mean "${nearest}"?`
    : '';
}
