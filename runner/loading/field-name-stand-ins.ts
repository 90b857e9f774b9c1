import type { z } from 'zod';
import { notAFieldApiName, WRITTEN_AS_LABEL } from '../schema/common';

/**
 * The schema refuses a field name that is not an API name ("Next Step", "Probability (%)"), and a record type,
 * list view, report, dashboard or object written by its label ("Renewal Opportunity"). So that `validate` can
 * still check such a file against the org, which knows the names it has (and each field's label), every such
 * name is replaced by a stand-in API name for parsing, then put back in what was parsed: the scenario read this
 * way names them exactly as the file does. It is checked, never run.
 */
export interface FieldNameStandIns {
  /** The file's content with a stand-in for each refused field name. */
  raw: unknown;
  /** `parsed` (plain data) with each stand-in replaced by the name the file wrote, in keys and in text. */
  putBack<T>(parsed: T): T;
}

/**
 * Whether the schema refused a name for not being an API name: a field name (a list item, a mapping key or a
 * value), or a developer name written as a label (common.ts developerName).
 */
export function isNameNotApiName(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom')
    return issue.params?.nameWrittenAsLabel === WRITTEN_AS_LABEL.nameWrittenAsLabel;
  const refused = issue.code === 'invalid_key' ? issue.issues[0] : issue;
  if (refused?.code !== 'invalid_format') return false;
  const written = issue.code === 'invalid_key' ? issue.path.at(-1) : refused.input;
  return typeof written === 'string' && refused.message === notAFieldApiName(written);
}

/** Replaces, in a copy of `raw`, each name these issues refuse (isNameNotApiName) by a stand-in. */
export function standInForNames(raw: unknown, issues: readonly z.core.$ZodIssue[]): FieldNameStandIns {
  const copy = structuredClone(raw);
  const written = new Map<string, string>();
  for (const issue of issues) {
    const at = issue.path.at(-1);
    const owner = valueAt(copy, issue.path.slice(0, -1));
    if (at === undefined || !owner || typeof owner !== 'object') continue;
    const standIn = `PersonaUxStandIn${written.size}x`;
    const record = owner as Record<PropertyKey, unknown>;
    if (issue.code === 'invalid_key' && typeof at === 'string') {
      written.set(standIn, at);
      renameKey(record, at, standIn);
    } else if (typeof record[at] === 'string') {
      written.set(standIn, record[at] as string);
      record[at] = standIn;
    }
  }
  const restore = (text: string) =>
    text.replace(/PersonaUxStandIn\d+x/g, (found) => written.get(found) ?? found);
  return { raw: copy, putBack: (parsed) => putBackInto(parsed, restore) as typeof parsed };
}

/** Renames a key of a mapping in place, keeping the order of its keys (errors are reported in that order). */
function renameKey(record: Record<PropertyKey, unknown>, from: string, to: string): void {
  const entries = Object.entries(record);
  for (const [key] of entries) delete record[key];
  for (const [key, value] of entries) record[key === from ? to : key] = value;
}

function putBackInto(value: unknown, restore: (text: string) => string): unknown {
  if (typeof value === 'string') return restore(value);
  if (Array.isArray(value)) return value.map((item) => putBackInto(item, restore));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [restore(key), putBackInto(item, restore)]),
    );
  return value;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}
