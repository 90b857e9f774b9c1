import { readFileSync } from 'node:fs';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
} from 'yaml';
import type { ScenarioError, SourceLocation } from '../model';
import { formatPath, type PropertyPath } from './property-path';

/** What a location points at: the value at a path, its key, or the mapping that holds it (for missing keys). */
export type Target = 'value' | 'key' | 'parent';

/** A parsed YAML file that can say where any property path is written. */
export class YamlSource {
  constructor(
    readonly file: string,
    readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  get isEmpty(): boolean {
    const contents = this.document.contents;
    return contents === null || (isScalar(contents) && contents.value === null);
  }

  toJS(): unknown {
    return this.document.toJS();
  }

  /** The closest position the file has for `path`: when part of the path is missing, its nearest ancestor. */
  locate(path: PropertyPath, target: Target = 'value'): SourceLocation {
    const route = this.walk(target === 'parent' ? path.slice(0, -1) : path);
    const last = route.at(-1);
    let node: Node | null | undefined = last?.node;
    // A key with no value (`steps:`) has an empty scalar after the colon; point at the key instead.
    const emptyValue = isScalar(node) && node.source === '' && node.value === null;
    if ((target === 'key' || emptyValue) && last?.pair && isScalar(last.pair.key)) node = last.pair.key;
    return this.at(node?.range?.[0] ?? 0);
  }

  error(path: PropertyPath, message: string, target: Target = 'value'): ScenarioError {
    return { ...this.locate(path, target), path: formatPath(path), message };
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /** The path to the deepest node whose range holds `offset`. */
  pathAt(offset: number): PropertyKey[] {
    const path: PropertyKey[] = [];
    let node = this.resolve(this.document.contents);
    while (isMap(node) || isSeq(node)) {
      const items: unknown[] = node.items;
      const index = items.findIndex((item) => contains(item, offset));
      if (index < 0) break;
      const item = items[index];
      if (isPair(item)) {
        path.push(isScalar(item.key) ? String(item.key.value) : index);
        if (!contains(item.value, offset)) break;
        node = this.resolve(item.value as Node | null);
      } else {
        path.push(index);
        node = this.resolve(item as Node);
      }
    }
    return path;
  }

  private walk(path: PropertyPath): { node: Node | null | undefined; pair?: Pair }[] {
    let node = this.resolve(this.document.contents);
    const route: { node: Node | null | undefined; pair?: Pair }[] = [{ node }];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        node = this.resolve(pair.value as Node | null);
        route.push({ node, pair: pair as Pair });
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = this.resolve(node.items[segment] as Node);
        route.push({ node });
      } else break;
    }
    return route;
  }

  private resolve(node: Node | null | undefined): Node | null | undefined {
    return isAlias(node) ? (node.resolve(this.document) as Node | undefined) : node;
  }
}

export type ParsedYaml = { source: YamlSource; errors: [] } | { source?: undefined; errors: ScenarioError[] };

/** Reads and parses one YAML file; syntax errors, duplicate keys and several documents come back as errors. */
export function readYaml(file: string): ParsedYaml {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    return { errors: [{ file, line: 0, column: 0, path: '', message: `Cannot read the file: ${reason}.` }] };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: 'error' });
  const source = new YamlSource(file, document, lines);
  if (document.errors.length === 0) return { source, errors: [] };
  return {
    errors: document.errors.map((error) => {
      const path = source.pathAt(error.pos[0]);
      return {
        ...source.at(error.pos[0]),
        path: formatPath(path),
        message: explainYamlError(error.code, error.message, String(path.at(-1) ?? '')),
      };
    }),
  };
}

function explainYamlError(code: string, message: string, key: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key "${key}". A key may appear only once in a mapping — remove or rename one of them.`;
    case 'MULTIPLE_DOCS':
      return 'Expected one scenario per file, but this file holds several YAML documents ("---" separates them). Move each into its own file.';
    default:
      return `YAML syntax error: ${message.replace(/ at line \d+, column \d+[\s\S]*$/, '')}.`;
  }
}

function contains(item: unknown, offset: number): boolean {
  if (isPair(item)) return contains(item.key, offset) || contains(item.value, offset);
  const range = (item as Node | null)?.range;
  return !!range && range[0] <= offset && offset < Math.max(range[2], range[0] + 1);
}
