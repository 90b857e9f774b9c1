import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type OrgDefinition, orgDefinitionSchema } from '../org/schema';
import { shownPath } from '../shown-path';
import { crossCheckOrg } from './cross-checks';
import { knownKeysAt } from './schema-keys';

/** Where the org definition's keys are described, as the user reaches it (inside the installed package). */
const README = path.join(__dirname, '..', 'README.md');

export interface OrgDefinitionProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the offending key, e.g. profiles[1].systemPermissions[0]. */
  key: string;
  message: string;
  /** For an unknown key: the keys known at its place, to suggest the one meant. */
  knownKeys?: readonly string[];
}

/** Every problem of an org definition file, each as `file:line:column key: message`. */
export class OrgDefinitionError extends Error {
  override name = 'OrgDefinitionError';
  constructor(readonly problems: OrgDefinitionProblem[]) {
    super('Invalid org definition');
    this.message = this.report();
  }

  /** The problems, one a line; `suggest(given, known)` adds to an unknown key the one likely meant (" Did you mean …?"). */
  report(suggest?: (given: string, known: readonly string[]) => string): string {
    const line = (p: OrgDefinitionProblem) => {
      const unknownKey = p.knownKeys && p.key.split('.').at(-1);
      const suggestion = unknownKey && p.knownKeys && suggest ? suggest(unknownKey, p.knownKeys) : '';
      return `  ${p.file}:${p.line}:${p.column} ${p.key ? `${p.key}: ` : ''}${p.message}${suggestion}`;
    };
    return `Invalid org definition:\n${this.problems.map(line).join('\n')}`;
  }
}

export function loadOrgDefinition(file: string): OrgDefinition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new OrgDefinitionError([
      { file, line: 1, column: 1, key: '', message: `cannot read the file: ${(error as Error).message}` },
    ]);
  }
  return parseOrgDefinition(text, file);
}

export function parseOrgDefinition(text: string, file = '<org definition>'): OrgDefinition {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    throw new OrgDefinitionError(
      doc.errors.map((error) => {
        const { line, col } = at(error.pos[0]);
        return { file, line, column: col, key: '', message: error.message.split('\n')[0] };
      }),
    );
  }
  const parsed = orgDefinitionSchema.safeParse(doc.toJS());
  const problems: OrgDefinitionProblem[] = [];
  /** A problem at the node of `path`; `key` names it in the message (default: that path). */
  const locate = (
    path: PropertyKey[],
    message: string,
    about: Partial<OrgDefinitionProblem> & { unknownKey?: string } = {},
  ) => {
    const { unknownKey, ...rest } = about;
    const node = nodeAt(doc.contents, path, unknownKey);
    const { line, col } = at(node?.range?.[0] ?? 0);
    const key = formatPath(unknownKey === undefined ? path : [...path, unknownKey]);
    problems.push({ file, line, column: col, key, message, ...rest });
  };
  if (!parsed.success) {
    const written = doc.toJS();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const knownKeys = knownKeysAt(orgDefinitionSchema, issue.path);
        for (const unknownKey of issue.keys) {
          const message = `unknown key "${unknownKey}". ${expectedKeys(knownKeys)}`;
          locate(issue.path, message, { unknownKey, knownKeys });
        }
      } else if (
        issue.code === 'invalid_type' &&
        issue.path.length > 0 &&
        valueAt(written, issue.path) === undefined
      ) {
        // Reported at the mapping that lacks it, as scenario files do.
        const message = `required key "${String(issue.path.at(-1))}" is missing: expected ${described(issue.expected)} (described in ${shownPath(README)}).`;
        locate(issue.path.slice(0, -1), message, { key: formatPath(issue.path) });
      } else {
        locate(issue.path, issue.message);
      }
    }
    throw new OrgDefinitionError(problems);
  }
  for (const issue of crossCheckOrg(parsed.data)) locate(issue.path, issue.message);
  if (problems.length > 0) throw new OrgDefinitionError(problems);
  return parsed.data;
}

/** The YAML node for a path; for an unknown key, the key itself so the position points at it. */
function nodeAt(root: unknown, path: PropertyKey[], unknownKey?: string): Node | undefined {
  let node = root as Node | undefined;
  let last = node;
  for (const segment of path) {
    if (!node) break;
    const child = childOf(node, segment);
    if (!child) break;
    node = child;
    last = node;
  }
  if (unknownKey !== undefined && isMap(last)) {
    const pair = last.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === unknownKey,
    );
    if (pair && isPair(pair)) return pair.key as Node;
  }
  return last;
}

function childOf(node: Node, segment: PropertyKey): Node | undefined {
  const collection = node as unknown as { items?: unknown[] };
  if (!collection.items) return undefined;
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return (pair?.value as Node | undefined) ?? (pair?.key as Node | undefined);
  }
  const item = collection.items[Number(segment)];
  return item as Node | undefined;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** The keys a mapping takes, when few enough to read in a line; always where they are described. */
function expectedKeys(known: readonly string[]): string {
  const described = `described in ${shownPath(README)}`;
  return known.length > 0 && known.length <= 12
    ? `Expected one of: ${known.join(', ')} (${described}).`
    : `The keys are ${described}.`;
}

function valueAt(root: unknown, at: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of at) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function described(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}
