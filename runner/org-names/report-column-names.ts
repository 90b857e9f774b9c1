import type { PropertyPath } from '../loading/property-path';
import type { Persona } from '../model';
import type { ReportExpectation } from '../model-views';
import { placeholdersIn } from '../template';

/**
 * A column label an `expect: { report }` uses on the report opened before, with the persona who reads it then
 * (declared here: name-references.ts imports this file).
 */
export type ReportColumnReference = {
  kind: 'reportColumn';
  /** The report's developer name. */
  report: string;
  column: string;
  /** The acting persona, when the scenario names one it knows. */
  persona?: string;
  /** Its users; empty when a user matching the persona's capability is found at run time. */
  usernames: string[];
  /** `columns` and `values` read the grid's rows (only a tabular report's are read); `columnsAbsent` its header. */
  readsRows: boolean;
  path: PropertyPath;
};

/** The labels of `columns` (keys), of each `values` row (keys) and of `columnsAbsent`, each at its place. */
export function reportColumnNames(
  expected: Partial<ReportExpectation>,
  report: string,
  acting: Persona | undefined,
  at: PropertyPath,
): ReportColumnReference[] {
  const reader = {
    persona: acting?.name,
    usernames: acting ? [acting.username ?? [], acting.usernames ?? []].flat() : [],
  };
  const reference = (column: string, readsRows: boolean, path: PropertyPath): ReportColumnReference[] =>
    placeholdersIn(column).length > 0
      ? []
      : [{ kind: 'reportColumn', report, column, ...reader, readsRows, path }];
  return [
    ...Object.keys(expected.columns ?? {}).flatMap((column) =>
      reference(column, true, [...at, 'columns', column]),
    ),
    ...Object.entries(expected.values ?? {}).flatMap(([key, cells]) =>
      Object.keys(cells).flatMap((column) => reference(column, true, [...at, 'values', key, column])),
    ),
    ...(expected.columnsAbsent ?? []).flatMap((column, index) =>
      reference(column, false, [...at, 'columnsAbsent', index]),
    ),
  ];
}
