import { isScalar, Schema } from 'yaml';

/*
 * A fast reader for the plain YAML scenario files are written in: block mappings and sequences indented with
 * spaces, one-line flow collections, plain and quoted one-line scalars, comments. It gives the same data as the
 * yaml package (plain scalars resolve through that package's own YAML 1.2 core schema) and the same positions,
 * five to ten times faster. For anything else — anchors, aliases, tags, block scalars, multi-line scalars, tabs,
 * CR, escapes other than \" and \\, duplicate or non-text keys, several documents, numbers with leading zeros,
 * "#" and text right after a value, anything the yaml package or the loader would report — it declines (returns
 * undefined) and the file is read by the yaml package.
 * tests/runner/plain-yaml.spec.ts compares both on the demo files and on thousands of generated and mistyped ones.
 */

/** Where each node is written: a key's value, a mapping, a sequence or a scalar starts at `start`. */
export type PlainNode =
  | { kind: 'map'; start: number; keys: string[]; keyStarts: number[]; values: PlainNode[] }
  | { kind: 'seq'; start: number; items: PlainNode[] }
  | { kind: 'scalar'; start: number; empty: boolean };

export interface PlainYaml {
  root: PlainNode;
  data: unknown;
  /** Where each line starts, for line and column of an offset. */
  lineStarts: number[];
}

/** Deeper than this, the yaml package reads the file (and reports nesting that goes too deep). */
const MAX_DEPTH = 48;

class Decline extends Error {}
const DECLINE = new Decline();

interface Line {
  start: number;
  indent: number;
  /** The line's text from its indent on. */
  content: string;
}

/** The data and node positions of `text`, or undefined when this reader does not take it. */
export function readPlainYaml(text: string): PlainYaml | undefined {
  // Tabs, CR, a byte-order mark, directives, documents, anchors, aliases and tags: the yaml package's business.
  if (/[\t\r\uFEFF]|^(?:---|\.\.\.|%)|^\s*[&*!?]|[\s[{,:][&*!|>]/m.test(text)) return undefined;
  const lineStarts = [0];
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && text.charCodeAt(first) === 0x20) first++;
    if (first < end && text.charCodeAt(first) !== 0x23) {
      lines.push({ start, indent: first - start, content: text.slice(first, end) });
    }
    start = end + 1;
    if (start <= text.length) lineStarts.push(start);
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const parsed = reader.block(0, 0);
    if (reader.at < lines.length || parsed.node.kind !== 'map') return undefined;
    return { root: parsed.node, data: parsed.value, lineStarts };
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

/** The core schema's tags as the yaml package resolves plain scalars with them (YAML 1.2, its default). */
const CORE_TAGS = new Schema({}).tags.filter((tag) => tag.default === true && tag.test);
const RESOLVE_OPTIONS = { intAsBigInt: false } as Parameters<
  NonNullable<(typeof CORE_TAGS)[number]['resolve']>
>[2];

/** What the core schema's null, boolean and number patterns can start with; anything else is text. */
const MAYBE_NOT_TEXT = /^[~nNtTfF0-9+\-.]/;

/** A leading zero and more digits (007): the loader reports numbers written so (misread-values.ts). */
const LEADING_ZERO = /^[-+]?0[0-9]/;

/** A plain scalar's value: the first core tag whose pattern it matches, else the text itself. */
function resolvePlain(source: string): unknown {
  if (!MAYBE_NOT_TEXT.test(source)) return source;
  if (LEADING_ZERO.test(source)) throw DECLINE;
  for (const tag of CORE_TAGS) {
    if (!tag.test?.test(source)) continue;
    const resolved = tag.resolve(
      source,
      () => {
        throw DECLINE;
      },
      RESOLVE_OPTIONS,
    );
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return source;
}

interface Parsed {
  node: PlainNode;
  value: unknown;
}

/** A key of a block mapping: plain text starting with a letter, then ": " or ":" at the end of the line. */
const BLOCK_KEY = /^([A-Za-z_][A-Za-z0-9_ ./()-]*?) *:(?: +|$)/;
/** Characters a plain scalar may not start with (YAML indicators), unless "-", "?" or ":" before a non-space. */
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;

class Reader {
  at = 0;
  /** "- key: value": the line seen from the key on, as the first line of the mapping the item holds. */
  private itemLine: { index: number; line: Line } | undefined;

  constructor(private readonly lines: readonly Line[]) {}

  private line(index = this.at): Line | undefined {
    return this.itemLine?.index === index ? this.itemLine.line : this.lines[index];
  }

  /** The block node starting at the current line, whose indent is `indent`. */
  block(indent: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw DECLINE;
    const line = this.line();
    if (!line || line.indent !== indent) throw DECLINE;
    if (isSequenceItem(line.content)) return this.sequence(indent, depth);
    if (BLOCK_KEY.test(line.content)) return this.mapping(indent, depth);
    throw DECLINE; // a scalar on a line of its own: a multi-line value, or an error
  }

  private mapping(indent: number, depth: number): Parsed {
    const first = this.line() as Line;
    const node: PlainNode = { kind: 'map', start: first.start + indent, keys: [], keyStarts: [], values: [] };
    const value: Record<string, unknown> = {};
    for (let line = this.line(); line && line.indent >= indent; line = this.line()) {
      if (line.indent > indent) throw DECLINE;
      // Not a key at the mapping's indent (a sequence there belongs to the key before it, read with it): wrong.
      const match = BLOCK_KEY.exec(line.content);
      if (!match) throw DECLINE;
      const key = match[1] as string;
      if (!isTextKey(key) || Object.hasOwn(value, key)) throw DECLINE;
      const keyStart = line.start + indent;
      const rest = line.content.slice(match[0].length);
      let parsed: Parsed;
      if (rest === '' || rest.startsWith('#')) {
        this.at++;
        const next = this.line();
        if (next && next.indent > indent) parsed = this.block(next.indent, depth + 1);
        else if (next && next.indent === indent && isSequenceItem(next.content))
          parsed = this.sequence(indent, depth + 1);
        else parsed = { node: { kind: 'scalar', start: keyStart, empty: true }, value: null };
      } else {
        parsed = this.inline(rest, keyStart + match[0].length, indent, depth + 1);
      }
      node.keys.push(key);
      node.keyStarts.push(keyStart);
      node.values.push(parsed.node);
      value[key] = parsed.value;
    }
    return { node, value };
  }

  private sequence(indent: number, depth: number): Parsed {
    const first = this.line() as Line;
    const node: PlainNode = { kind: 'seq', start: first.start + indent, items: [] };
    const value: unknown[] = [];
    for (let line = this.line(); line && line.indent >= indent; line = this.line()) {
      if (line.indent > indent) throw DECLINE;
      if (!isSequenceItem(line.content)) break; // a key of the mapping this sequence is the value of
      let offset = 1;
      while (line.content.charCodeAt(offset) === 0x20) offset++;
      const rest = line.content.slice(offset);
      if (rest === '' || rest.startsWith('#') || isSequenceItem(rest)) throw DECLINE;
      let parsed: Parsed;
      if (BLOCK_KEY.test(rest)) {
        // "- key: value": a mapping whose keys line up with this first one.
        const column = indent + offset;
        this.itemLine = { index: this.at, line: { start: line.start, indent: column, content: rest } };
        parsed = this.mapping(column, depth + 1);
      } else {
        parsed = this.inline(rest, line.start + indent + offset, indent, depth + 1);
      }
      node.items.push(parsed.node);
      value.push(parsed.value);
    }
    return { node, value };
  }

  /**
   * A value written after "key: " or "- ": a flow collection or a scalar, alone on the rest of its line. A line
   * indented deeper than `ownerIndent` after it would continue it (or be a mistake): left to the yaml package.
   */
  private inline(text: string, start: number, ownerIndent: number, depth: number): Parsed {
    const flow = new FlowReader(text, start);
    const parsed = text.startsWith('[') || text.startsWith('{') ? flow.node(depth) : flow.blockScalar();
    flow.expectEnd();
    this.at++;
    const next = this.line();
    if (next && next.indent > ownerIndent) throw DECLINE;
    return parsed;
  }
}

/** A key the yaml package would read as text (not null, true, a number…), and no special one. */
function isTextKey(key: string): boolean {
  return typeof resolvePlain(key) === 'string' && key !== '__proto__' && key !== '<<';
}

function isSequenceItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** Reads one line's flow collection or scalar from `text` (which starts at `start` in the file). */
class FlowReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly start: number,
  ) {}

  /** After the value: only spaces, then an optional comment. */
  expectEnd(): void {
    this.spaces();
    if (this.at < this.text.length && this.text[this.at] !== '#') throw DECLINE;
    if (this.at < this.text.length && this.at > 0 && this.text[this.at - 1] !== ' ') throw DECLINE;
  }

  /** A scalar in block context: quoted, or plain up to a comment or the end of the line. */
  blockScalar(): Parsed {
    const first = this.text[this.at];
    if (first === '"' || first === "'") return this.quoted();
    if (INDICATOR.test(this.text.slice(this.at))) throw DECLINE;
    const comment = this.text.indexOf(' #', this.at);
    // "Acme #1": a comment the loader reports as text meant for the value (misread-values.ts).
    if (comment >= 0 && /\S/.test(this.text[comment + 2] ?? ' ')) throw DECLINE;
    const end = comment < 0 ? this.text.length : comment;
    const source = this.text.slice(this.at, end).trimEnd();
    if (source === '' || source.includes(': ') || source.endsWith(':')) throw DECLINE;
    const node: PlainNode = { kind: 'scalar', start: this.start + this.at, empty: false };
    this.at = end;
    return { node, value: resolvePlain(source) };
  }

  /** A flow collection, quoted scalar or plain flow scalar. */
  node(depth: number): Parsed {
    if (depth > MAX_DEPTH) throw DECLINE;
    const char = this.text[this.at];
    if (char === '[') return this.sequence(depth);
    if (char === '{') return this.mapping(depth);
    if (char === '"' || char === "'") return this.quoted();
    return this.flowPlain();
  }

  private sequence(depth: number): Parsed {
    const node: PlainNode = { kind: 'seq', start: this.start + this.at, items: [] };
    const value: unknown[] = [];
    if (this.opens(']')) return { node, value };
    do {
      const item = this.node(depth + 1);
      node.items.push(item.node);
      value.push(item.value);
    } while (!this.entryEnds(']'));
    return { node, value };
  }

  private mapping(depth: number): Parsed {
    const node: PlainNode = { kind: 'map', start: this.start + this.at, keys: [], keyStarts: [], values: [] };
    const value: Record<string, unknown> = {};
    if (this.opens('}')) return { node, value };
    do {
      const keyStart = this.start + this.at;
      const key = FLOW_KEY.exec(this.text.slice(this.at));
      if (!key) throw DECLINE;
      const name = key[1] as string;
      if (!isTextKey(name) || Object.hasOwn(value, name)) throw DECLINE;
      this.at += key[0].length;
      this.spaces();
      const char = this.text[this.at];
      if (char === ',' || char === '}' || char === undefined) throw DECLINE; // a key without a value
      const item = this.node(depth + 1);
      node.keys.push(name);
      node.keyStarts.push(keyStart);
      node.values.push(item.node);
      value[name] = item.value;
    } while (!this.entryEnds('}'));
    return { node, value };
  }

  /** Past "[" or "{": true when the collection closes at once. */
  private opens(close: string): boolean {
    this.at++;
    this.spaces();
    if (this.text[this.at] !== close) return false;
    this.at++;
    return true;
  }

  /** After an entry: true past the closing bracket, false past a comma that another entry follows. */
  private entryEnds(close: string): boolean {
    this.spaces();
    const char = this.text[this.at];
    this.at++;
    if (char === close) return true;
    if (char !== ',') throw DECLINE;
    this.spaces();
    const next = this.text[this.at];
    if (next === close || next === ',') throw DECLINE; // a trailing comma or an empty entry
    return false;
  }

  /** A one-line quoted scalar: "text" (with \" and \\ at most) or 'text' ('' for a quote). */
  private quoted(): Parsed {
    const quote = this.text[this.at] as string;
    const node: PlainNode = { kind: 'scalar', start: this.start + this.at, empty: false };
    let value = '';
    let at = this.at + 1;
    for (;;) {
      const char = this.text[at];
      if (char === undefined) throw DECLINE; // not closed on this line
      if (char === quote) {
        if (quote === "'" && this.text[at + 1] === "'") {
          value += "'";
          at += 2;
          continue;
        }
        at++;
        break;
      }
      if (quote === '"' && char === '\\') {
        // \" and \\ only; YAML's other escapes are left to the yaml package.
        const escaped = this.text[at + 1];
        if (escaped !== '"' && escaped !== '\\') throw DECLINE;
        value += escaped;
        at += 2;
        continue;
      }
      value += char;
      at++;
    }
    this.at = at;
    // Right after the closing quote: space, a flow indicator, or the end ("a": would make it a key).
    const after = this.text[this.at];
    if (after !== undefined && after !== ' ' && after !== ',' && after !== ']' && after !== '}')
      throw DECLINE;
    return { node, value };
  }

  /** A plain scalar inside a flow collection: up to ",", "]", "}" or a comment; no ":" at all. */
  private flowPlain(): Parsed {
    const rest = this.text.slice(this.at);
    if (INDICATOR.test(rest)) throw DECLINE;
    const match = FLOW_PLAIN.exec(rest);
    const source = (match?.[0] ?? '').trimEnd();
    if (source === '' || source.includes(' #')) throw DECLINE;
    const node: PlainNode = { kind: 'scalar', start: this.start + this.at, empty: false };
    this.at += source.length;
    return { node, value: resolvePlain(source) };
  }

  private spaces(): void {
    while (this.text.charCodeAt(this.at) === 0x20) this.at++;
  }
}

/** A plain scalar in a flow collection, up to the next flow indicator; ":" and "#" are left to the yaml package. */
const FLOW_PLAIN = /^[^,[\]{}:#]*/;
/** A key in a flow mapping: as in a block one, then ":" and a space. */
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_ ./()-]*?) *: +/;
