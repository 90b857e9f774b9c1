import type { z } from 'zod';
import type { ScenarioError } from '../model';
import { describeValue } from '../schema/wording';
import type { YamlSource } from './yaml-source';

/**
 * Parse options for every schema: generic issues get an empty message, so that here they can be told apart from
 * the messages schemas write themselves (which know the key and show an example). `jitless`: zod's fast path for
 * objects compiles a function per object schema with `new Function` on first use, which a short-lived CLI pays
 * for and never earns back (the bundle's code cache cannot hold it): a first validate of 1,000 files spent about
 * 8 % less time on its main thread without it. The result is the same; zod documents it as "skip eval-based fast path".
 */
export const PARSE_OPTIONS = { error: () => '', reportInput: true, jitless: true } as const;

/** One error per zod issue, at the YAML node it is about; one per unknown key, each at its key. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], source: YamlSource): ScenarioError[] {
  return issues.flatMap((issue) => {
    const path = issue.path;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const lines = issue.message.split('\n');
        if (lines.length !== issue.keys.length)
          return source.error([...path, issue.keys[0] ?? ''], issue.message, 'key');
        return issue.keys.map((key, index) => source.error([...path, key], lines[index] ?? '', 'key'));
      }
      case 'invalid_key':
        return source.error(
          path,
          issue.issues[0]?.message || `invalid key ${describeValue(issue.input)}.`,
          'key',
        );
      case 'invalid_type':
        if (issue.input === undefined)
          return source.error(path, issue.message || requiredKey(path), 'parent');
        return source.error(path, issue.message || wrongType(issue.expected, issue.input, path));
      default:
        return source.error(path, issue.message || genericMessage(issue));
    }
  });
}

function requiredKey(path: readonly PropertyKey[]): string {
  return `required key "${String(path.at(-1))}" is missing.`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  null: 'nothing',
};

function wrongType(expected: string, input: unknown, path: readonly PropertyKey[]): string {
  const message = `Expected ${EXPECTED[expected] ?? expected}, but got ${describeValue(input)}.`;
  const key = path.at(-1);
  if (
    expected === 'string' &&
    (typeof input === 'number' || typeof input === 'boolean') &&
    typeof key === 'string'
  ) {
    return `${message} Put it in quotes: ${key}: "${input}"`;
  }
  return message;
}

function genericMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array'
        ? `Expected at least ${issue.minimum} item(s), but the list has fewer.`
        : `Expected at least ${issue.minimum} character(s), but got ${describeValue(issue.input)}.`;
    case 'invalid_value':
      return `Expected one of: ${issue.values.map(String).join(', ')}, but got ${describeValue(issue.input)}.`;
    case 'invalid_format':
      return `Expected ${issue.format}, but got ${describeValue(issue.input)}.`;
    case 'invalid_union':
      return `${describeValue(issue.input)} is not allowed here.`;
    default:
      return `Unexpected ${describeValue(issue.input)} (${issue.code}).`;
  }
}
