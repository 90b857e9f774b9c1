import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
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
import { misreadValues } from './misread-values';
import { nestingTooDeep } from './nesting-depth';
import { type PlainNode, type PlainYaml, readPlainYaml } from './plain-yaml';
import { formatPath, type PropertyPath } from './property-path';
import { encodingProblem } from './text-encoding';
import { explainYamlErrors } from './yaml-syntax-errors';

/** What a location points at: the value at a path, its key, or the mapping that holds it (for missing keys). */
export type Target = 'value' | 'key' | 'parent';

/** A parsed YAML file that can say where any property path is written. */
export interface YamlSource {
  readonly file: string;
  readonly isEmpty: boolean;
  /** The document as plain data. */
  toJS(): unknown;
  /** The closest position the file has for `path`: when part of the path is missing, its nearest ancestor. */
  locate(path: PropertyPath, target?: Target): SourceLocation;
  error(path: PropertyPath, message: string, target?: Target): ScenarioError;
  at(offset: number): SourceLocation;
}

/** A file as the fast reader for plain scenario YAML read it (plain-yaml.ts): the same data and positions. */
class PlainYamlSource implements YamlSource {
  readonly isEmpty = false;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    private readonly plain: PlainYaml,
  ) {
    for (const start of plain.lineStarts) this.lines.addNewLine(start);
  }

  toJS(): unknown {
    return this.plain.data;
  }

  locate(path: PropertyPath, target: Target = 'value'): SourceLocation {
    let node = this.plain.root;
    let keyStart: number | undefined;
    for (const segment of target === 'parent' ? path.slice(0, -1) : path) {
      if (node.kind === 'map') {
        const index = node.keys.indexOf(String(segment));
        if (index < 0) break;
        keyStart = node.keyStarts[index];
        node = node.values[index] as PlainNode;
      } else if (node.kind === 'seq' && typeof segment === 'number' && node.items[segment]) {
        keyStart = undefined;
        node = node.items[segment] as PlainNode;
      } else break;
    }
    // As DocumentSource does: a key with no value (`steps:`) is pointed at by its key.
    const atKey = target === 'key' || (node.kind === 'scalar' && node.empty);
    return this.at(atKey && keyStart !== undefined ? keyStart : node.start);
  }

  error(path: PropertyPath, message: string, target: Target = 'value'): ScenarioError {
    return { ...this.locate(path, target), path: formatPath(path), message };
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** A file as the yaml package parsed it. */
class DocumentSource implements YamlSource {
  /** The document as plain data, built once by readYaml (which refuses documents that cannot be built safely). */
  private js: unknown;

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
    if (this.js === undefined) this.js = this.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return this.js;
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

/**
 * `errors`: what is wrong with the file. `source`: the file as read, when it could be — also when its only errors
 * are values YAML reads other than they look, so that its other mistakes are reported in the same pass. A file
 * with errors is never loaded, source or not.
 */
export type ParsedYaml =
  | { source: YamlSource; errors: ScenarioError[] }
  | { source?: undefined; errors: ScenarioError[] };

/**
 * Reads and parses one YAML file; syntax errors, duplicate keys, several documents and values YAML reads other than
 * they look (misread-values.ts; these with the source) come back as errors. Files no
 * scenario could be (too large, binary, nested absurdly deep, alias bombs) are refused before or while parsing, at
 * the line where the trouble is, quickly and without a stack trace. `bytes`: the file's content when the caller
 * has read it already (with readSmallFile). Plain files are read by plain-yaml.ts, the rest by the yaml package
 * (`plainReader: false`: every file, to compare the two).
 */
export function readYaml(file: string, bytes?: Buffer, { plainReader = true } = {}): ParsedYaml {
  const content = bytes ?? readSmallFile(file);
  if (!Buffer.isBuffer(content)) return content;
  const text = content.toString('utf8');
  const notText = encodingProblem(content, text);
  if (notText) return refuse({ file, line: notText.line, column: notText.column }, notText.message);
  const tooDeep = nestingTooDeep(text, MAX_DEPTH);
  if (tooDeep) return refuse({ file, ...tooDeep }, TOO_DEEP);
  const plain = plainReader ? readPlainYaml(text) : undefined;
  if (plain) return { source: new PlainYamlSource(file, plain), errors: [] };
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: 'error' });
  const source = new DocumentSource(file, document, lines);
  const overflow = document.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) return refuse(source.at(overflow.pos[0]), TOO_DEEP);
  if (document.errors.length > 0) return { errors: explainYamlErrors(text, document.errors, source) };
  const deep = nodeDeeperThan(document.contents, MAX_DEPTH);
  if (deep) return refuse(source.at(deep.range?.[0] ?? 0), TOO_DEEP);
  try {
    source.toJS();
  } catch (error) {
    if (!/alias/i.test((error as Error).message)) throw error;
    const alias = firstAlias(document.contents);
    return refuse(
      source.at(alias?.range?.[0] ?? 0),
      `The aliases (*name) in this file expand to more than ${MAX_ALIAS_COUNT} copies: a YAML alias bomb is ` +
        'refused. Expected a hand-written file — write the values out, or use fewer aliases.',
    );
  }
  return { source, errors: misreadValues(document.contents, text, (offset) => source.at(offset)) };
}

/** The file's bytes, or its error when it cannot be read or is far too large for a scenario or personas file. */
export function readSmallFile(file: string): Buffer | ParsedYaml {
  let fd: number | undefined;
  try {
    // One open, one fstat and one read: validate reads a thousand files, and a stat by path plus readFileSync's
    // own fstat and end-of-file read would double the system calls.
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      return refuse(
        { file, line: 1, column: 1 },
        `The file is ${megabytes(size)}; a scenario or personas file is a few kilobytes (at most ${megabytes(MAX_FILE_BYTES)} is read). ` +
          'Expected a hand-written YAML file — is this the right file?',
      );
    }
    return size > 0 ? readExactly(fd, size) : readFileSync(fd); // size 0: not a regular file, read to its end
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    return { errors: [{ file, line: 0, column: 0, path: '', message: `Cannot read the file: ${reason}.` }] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `size` bytes from the start of `fd`, fewer if the file shrank meanwhile. */
function readExactly(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const count = readSync(fd, buffer, read, size - read, read);
    if (count === 0) break;
    read += count;
  }
  return read < size ? buffer.subarray(0, read) : buffer;
}

/** Hand-written scenarios are a few kilobytes; a larger file is a mistake, and parsing it would take seconds. */
const MAX_FILE_BYTES = 1024 * 1024;
/** A scenario nests about six levels (steps → expect → values → field); far deeper is a generated or broken file. */
const MAX_DEPTH = 64;
/** The yaml library's default: aliases expanding to more nodes than this are refused. */
const MAX_ALIAS_COUNT = 100;
const TOO_DEEP =
  `The YAML nests more than ${MAX_DEPTH} levels deep here. Expected a hand-written scenario or personas file, ` +
  'which needs a handful of levels — is this the right file?';

function refuse(location: SourceLocation, message: string): ParsedYaml {
  return { errors: [{ ...location, path: '', message }] };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The first node nested deeper than `limit`, found without recursion (deep documents would overflow the stack). */
function nodeDeeperThan(root: unknown, limit: number): Node | undefined {
  const nodes: unknown[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() as number;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= limit) return node;
    const items: unknown[] = node.items;
    // Last item pushed first, so the file is walked top to bottom and the first deep node found is the first written.
    for (let index = items.length - 1; index >= 0; index--) {
      const item = items[index];
      const value = isPair(item) ? item.value : item;
      if (isMap(value) || isSeq(value)) {
        nodes.push(value);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}

function firstAlias(root: unknown): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isMap(node) || isSeq(node)) {
      for (const item of [...node.items].reverse()) stack.push(isPair(item) ? item.value : item);
    }
  }
  return undefined;
}

function contains(item: unknown, offset: number): boolean {
  if (isPair(item)) return contains(item.key, offset) || contains(item.value, offset);
  const range = (item as Node | null)?.range;
  return !!range && range[0] <= offset && offset < Math.max(range[2], range[0] + 1);
}
