import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type OrgDefinition, orgDefinitionSchema } from '../org/schema';
import { crossCheckOrg } from './cross-checks';

export interface OrgDefinitionProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the offending key, e.g. profiles[1].systemPermissions[0]. */
  key: string;
  message: string;
}

/** Every problem of an org definition file, each as `file:line:column key: message`. */
export class OrgDefinitionError extends Error {
  override name = 'OrgDefinitionError';
  constructor(readonly problems: OrgDefinitionProblem[]) {
    super(
      `Invalid org definition:\n${problems
        .map((p) => `  ${p.file}:${p.line}:${p.column} ${p.key ? `${p.key}: ` : ''}${p.message}`)
        .join('\n')}`,
    );
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
  const locate = (path: PropertyKey[], message: string, unknownKey?: string) => {
    const node = nodeAt(doc.contents, path, unknownKey);
    const { line, col } = at(node?.range?.[0] ?? 0);
    const keyPath = formatPath(unknownKey === undefined ? path : [...path, unknownKey]);
    problems.push({ file, line, column: col, key: keyPath, message });
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          locate(issue.path, `unknown key "${key}" (emulator/README.md lists the keys)`, key);
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
