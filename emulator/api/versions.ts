import type { OrgState } from '../model/org-state';

const SEASONS = ['Winter', 'Spring', 'Summer'] as const;

/** Release name of an API version: v20.0 was Winter '11, three releases a year since. */
export function releaseName(version: number): string {
  const k = version - 20;
  const year = 11 + Math.floor(k / 3);
  return `${SEASONS[((k % 3) + 3) % 3]} '${String(year).padStart(2, '0')}`;
}

export function servedVersions(state: OrgState): string[] {
  const { min, max } = state.definition.org.apiVersions;
  const versions: string[] = [];
  for (let v = Number(min); v <= Number(max); v++) versions.push(`${v}.0`);
  return versions;
}

/** "v62.0" → "62.0" when the org serves it, else undefined. */
export function servedVersion(state: OrgState, segment: string): string | undefined {
  const match = /^v(\d+\.0)$/.exec(segment);
  return match && servedVersions(state).includes(match[1]) ? match[1] : undefined;
}
