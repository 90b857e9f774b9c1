import { recordReferencesIn } from '../template';

/** A data record as the ordering needs it: its field values, which may refer to other records. */
type DataFields = Readonly<Record<string, { fields: Readonly<Record<string, unknown>> }>>;

export interface DataReference {
  /** The record that refers, the field whose value refers, and the record it refers to. */
  from: string;
  field: string;
  to: string;
}

/** Every `{{data.<key>.…}}` in the records' field values, in file order. */
export function dataReferences(data: DataFields): DataReference[] {
  return Object.entries(data).flatMap(([from, record]) =>
    Object.entries(record.fields).flatMap(([field, value]) =>
      // Most values refer to nothing: no search for placeholders in text without "{{".
      typeof value === 'string' && value.includes('{{')
        ? recordReferencesIn(value).map(({ key }) => ({ from, field, to: key }))
        : [],
    ),
  );
}

/**
 * The order to create the records in: every record after the ones it refers to, otherwise in file order.
 * References to unknown keys are ignored here (the rules report them); records in a cycle keep file order.
 */
export function creationOrder(data: DataFields): string[] {
  const keys = Object.keys(data);
  const needs = new Map(keys.map((key) => [key, new Set<string>()]));
  for (const { from, to } of dataReferences(data)) if (needs.has(to) && to !== from) needs.get(from)?.add(to);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < keys.length) {
    const next =
      keys.find((key) => !placed.has(key) && [...(needs.get(key) ?? [])].every((need) => placed.has(need))) ??
      keys.find((key) => !placed.has(key)); // a cycle: validation reports it; keep going in file order
    if (next === undefined) break;
    order.push(next);
    placed.add(next);
  }
  return order;
}

/** The first cycle of references, as the references along it (a record referring to itself is one). */
export function findCycle(data: DataFields): DataReference[] | undefined {
  const references = dataReferences(data).filter(({ to }) => to in data);
  const outgoing = (key: string) => references.filter((reference) => reference.from === key);
  const finished = new Set<string>();
  // `path` holds the records being visited, `trail` the references between them (trail[i]: path[i] → path[i+1]).
  const visit = (key: string, path: string[], trail: DataReference[]): DataReference[] | undefined => {
    for (const reference of outgoing(key)) {
      const start = path.indexOf(reference.to);
      if (start >= 0) return [...trail.slice(start), reference];
      if (finished.has(reference.to)) continue;
      const cycle = visit(reference.to, [...path, reference.to], [...trail, reference]);
      if (cycle) return cycle;
    }
    finished.add(key);
    return undefined;
  };
  for (const key of Object.keys(data)) {
    if (finished.has(key)) continue;
    const cycle = visit(key, [key], []);
    if (cycle) return cycle;
  }
  return undefined;
}
