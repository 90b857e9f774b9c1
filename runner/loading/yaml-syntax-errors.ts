import type { YAMLError } from 'yaml';
import type { ScenarioError, SourceLocation } from '../model';
import { outdentedLines } from './outdented-line';
import { formatPath } from './property-path';
import { unclosedFlow } from './unclosed-flow';

/** What the yaml package's errors need from the parsed file: a position, and the path to a key written there. */
export interface ErrorPositions {
  at(offset: number): SourceLocation;
  pathAt(offset: number): PropertyKey[];
}

/**
 * The yaml package's errors for `text`, as what the user wrote wrong and what to write instead. The package
 * reports a mistake where it notices it (a quote left open at the end of the file, a "#" that closes a "{" at the
 * next key) and often twice or three times: each mistake is reported once, where it is written. A syntax error
 * gets no property path: where the syntax is broken, the path the package reads is not the one the user meant.
 */
export function explainYamlErrors(
  text: string,
  errors: readonly YAMLError[],
  positions: ErrorPositions,
): ScenarioError[] {
  const syntaxError = (offset: number, message: string): ScenarioError => ({
    ...positions.at(offset),
    path: '',
    message,
  });
  if (errors.some((error) => error.code === 'MISSING_CHAR' && /quote/.test(error.message))) {
    // YAML notices a quote left open only at the end of the file; the errors after it follow from it.
    const opened = unclosedQuote(text);
    if (opened) {
      return [
        syntaxError(
          opened.offset,
          `a ${opened.quote} opened here is never closed: end the value with ${opened.quote} on the same line.`,
        ),
      ];
    }
  }
  const comments = commentsLeavingFlowOpen(text);
  const firstComment = comments[0];
  // The yaml package notices the "{" left open at the next line, or at the end of the file: what it reports from
  // the comment's line on follows from the comment.
  const fromComment =
    firstComment && errors.some((error) => error.pos[0] >= firstComment.lineStart)
      ? firstComment.lineStart
      : Number.POSITIVE_INFINITY;
  const tabSpans = errors
    .filter((error) => error.code === 'TAB_AS_INDENT')
    .map((error) => tabSpan(text, error.pos[0]));
  const explained: { error: ScenarioError; code: string }[] = [];
  // A key written at its parent's indent: what the package reports from its line to the end of the lines around it.
  const outdented = outdentedLines(text).filter((line) =>
    errors.some((error) => error.pos[0] >= line.offset && error.pos[0] <= line.spanEnd),
  );
  for (const line of outdented)
    explained.push({ code: 'OUTDENTED', error: syntaxError(line.offset, line.message) });
  for (const error of errors) {
    const offset = error.pos[0];
    if (offset >= fromComment) continue;
    if (outdented.some((line) => offset >= lineStartOf(text, line.offset) && offset <= line.spanEnd))
      continue;
    // What the package reports around a line indented with a tab (up to the end of the line before) follows from it.
    const nearTab = tabSpans.some(([start, end]) => offset >= start && offset <= end);
    if (nearTab && error.code !== 'TAB_AS_INDENT' && error.code !== 'DUPLICATE_KEY') continue;
    if (error.code === 'DUPLICATE_KEY') {
      const path = positions.pathAt(offset);
      explained.push({
        code: error.code,
        error: {
          ...positions.at(offset),
          path: formatPath(path),
          message: `duplicate key "${String(path.at(-1) ?? '')}". A key may appear only once in a mapping — remove or rename one of them.`,
        },
      });
      continue;
    }
    const tab = error.code === 'TAB_AS_INDENT' ? tabIndent(text, offset) : undefined;
    const colon =
      error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BLOCK_IN_FLOW'
        ? colonInValue(text, offset)
        : undefined;
    const closer = /end with an? ([}\]])/.exec(error.message)?.[1] as '}' | ']' | undefined;
    const unclosed = closer ? unclosedFlow(text, offset, closer) : undefined;
    const message = tab?.message ?? colon ?? unclosed?.message ?? explainOther(error);
    explained.push({
      code: error.code,
      error: syntaxError(tab?.offset ?? unclosed?.offset ?? offset, message),
    });
  }
  if (fromComment !== Number.POSITIVE_INFINITY)
    for (const comment of comments)
      explained.push({ code: 'COMMENT', error: syntaxError(comment.offset, comment.message) });
  return oneSyntaxErrorPerLine(explained);
}

/** A line's first syntax error is the mistake; those after it on the line follow from it. */
function oneSyntaxErrorPerLine(explained: { error: ScenarioError; code: string }[]): ScenarioError[] {
  const reported = new Set<number>();
  const kept: ScenarioError[] = [];
  for (const { error, code } of explained) {
    if (code === 'DUPLICATE_KEY') {
      kept.push(error);
      continue;
    }
    if (reported.has(error.line)) continue;
    reported.add(error.line);
    kept.push(error);
  }
  return kept;
}

function explainOther(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS')
    return 'Expected one scenario per file, but this file holds several YAML documents ("---" separates them). Move each into its own file.';
  return `YAML syntax error: ${error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '')}.`;
}

interface TextLine {
  start: number;
  text: string;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line.replace(/\r$/, '') });
    start += line.length + 1;
  }
  return lines;
}

function lineAt(text: string, offset: number): TextLine {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '') };
}

/** From the end of the text before the line at `offset` (its line break included) to the end of that line. */
function tabSpan(text: string, offset: number): [number, number] {
  const line = lineAt(text, offset);
  return [text.slice(0, line.start).trimEnd().length, line.start + line.text.length];
}

/** A tab in the indent of the line at `offset`: where, and the line as it would be written with spaces. */
function tabIndent(text: string, offset: number): { offset: number; message: string } | undefined {
  const lines = linesOf(text);
  const index = lines.findIndex(
    (line, at) => offset >= line.start && offset < (lines[at + 1]?.start ?? Infinity),
  );
  const target = lines[index];
  const indent = target && /^[ \t]*/.exec(target.text)?.[0];
  if (!target || !indent?.includes('\t')) return undefined;
  // The indent each line has, or (for lines indented with tabs) the one it most likely means.
  let previous: { indent: number; content: string } | undefined;
  let spaces = 0;
  for (const line of lines.slice(0, index + 1)) {
    const lead = /^[ \t]*/.exec(line.text)?.[0] ?? '';
    const content = line.text.slice(lead.length);
    if (content === '' || content.startsWith('#')) continue;
    const width = lead.includes('\t') ? meantIndent(previous, content) : lead.length;
    previous = { indent: width, content };
    spaces = width;
  }
  const rewritten = `${' '.repeat(spaces)}${target.text.slice(indent.length)}`;
  return {
    offset: target.start + indent.indexOf('\t'),
    message:
      `a tab indents this line, and YAML indents with spaces only. Write it as "${rewritten}" ` +
      `(${spaces} space${spaces === 1 ? '' : 's'}, no tab).`,
  };
}

/** Under a "key:" that opens a block, two spaces deeper than the key; else level with the line before. */
function meantIndent(previous: { indent: number; content: string } | undefined, content: string): number {
  if (!previous) return 0;
  const dashes = /^(?:-[ \t]+)*/.exec(previous.content)?.[0].length ?? 0;
  const keyColumn = previous.indent + dashes;
  if (/:[ \t]*(?:#.*)?$/.test(previous.content)) return keyColumn + 2;
  if (content.startsWith('- ') && dashes > 0) return previous.indent;
  return keyColumn;
}

/**
 * A plain value holding ": " (`title: SDR: sees lead`), which YAML reads as a mapping inside the value: the
 * message to show at `offset`, where the value starts, or undefined when the value there is not one.
 */
function colonInValue(text: string, offset: number): string | undefined {
  const line = lineAt(text, offset);
  const before = line.text.slice(0, offset - line.start);
  const rest = line.text.slice(offset - line.start);
  const inFlow = openBrackets(before).length > 0;
  const value = (inFlow ? (/^[^,}\]]*/.exec(rest)?.[0] ?? '') : rest.replace(/[ \t]+#.*$/, '')).trim();
  if (/^["'[{]/.test(value) || !/:(?:[ \t]|$)/.test(value)) return undefined;
  return `a ": " inside a value starts a mapping; quote the value: ${withKey(before, value)}`;
}

/** `value` in double quotes, after its key when `before` (the line up to the value) ends with one. */
function withKey(before: string, value: string): string {
  const key = /(?:^[ \t]*(?:-[ \t]+)*|[{,[][ \t]*)([^{},[\]]+?)[ \t]*:[ \t]+$/.exec(before)?.[1];
  const quoted = JSON.stringify(value);
  return key ? `${key}: ${quoted}` : quoted;
}

/** The "{" and "[" of `text` (one line) still open at its end, with their columns; quoted text skipped. */
function openBrackets(text: string): { char: string; index: number }[] {
  const open: { char: string; index: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if ((char === '"' || char === "'") && startsQuoted(text, index)) {
      index = closingQuote(text, index);
    } else if (char === '{' || char === '[') open.push({ char, index });
    else if (char === '}' || char === ']') open.pop();
    else if (char === '#' && (index === 0 || /[ \t]/.test(text[index - 1] as string))) break;
  }
  return open;
}

/**
 * Each line where a "#" after a plain value inside a "{…}" or "[…]" begins a comment (`{ Subject: Broken #2 }`):
 * the rest of the line is a comment, so the bracket is never closed.
 */
function commentsLeavingFlowOpen(text: string): { lineStart: number; offset: number; message: string }[] {
  const found: { lineStart: number; offset: number; message: string }[] = [];
  for (const line of linesOf(text)) {
    const hash = flowComment(line.text);
    if (!hash) continue;
    const comment = line.text.slice(hash.index).trimEnd();
    const shown = comment.length > 24 ? `${comment.slice(0, 23)}…` : comment;
    const valueEnd = /^[^,}\]]*/.exec(comment)?.[0].trimEnd() ?? '';
    const value = `${hash.value} ${valueEnd}`.trim();
    found.push({
      lineStart: line.start,
      offset: line.start + hash.index,
      message:
        `" ${shown}" starts a comment (a "#" after a space does), so the "${hash.bracket}" is never closed. ` +
        `Quote the value: ${withKey(hash.before, value)}`,
    });
  }
  return found;
}

function flowComment(
  line: string,
): { index: number; bracket: string; before: string; value: string } | undefined {
  const open: { char: string; index: number }[] = [];
  let entryStart = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if ((char === '"' || char === "'") && startsQuoted(line, index)) index = closingQuote(line, index);
    else if (char === '{' || char === '[') {
      open.push({ char, index });
      entryStart = index + 1;
    } else if (char === '}' || char === ']') open.pop();
    else if (char === ',') entryStart = index + 1;
    else if (char === '#' && (index === 0 || /[ \t]/.test(line[index - 1] as string))) {
      const bracket = open.at(-1);
      const entry = line.slice(entryStart, index).trim();
      // After "{", "," or a quoted or bracketed value, a comment is a comment; after a plain value it was meant as text.
      if (!bracket || entry === '' || /["'\]}:]$/.test(entry)) return undefined;
      const key = /^(.*?:[ \t]+)(.*)$/.exec(entry);
      return {
        index,
        bracket: bracket.char,
        before: line.slice(0, entryStart) + (key ? ` ${key[1]}` : ''),
        value: key ? (key[2] as string) : entry,
      };
    }
  }
  return undefined;
}

/** A quote starts a quoted value only where a value starts; an apostrophe inside a word (O'Brien) opens none. */
function startsQuoted(text: string, index: number): boolean {
  return /(^|[:[{,-])[ \t]*$/.test(text.slice(0, index));
}

/** The index of the quote closing the one at `index`, or the last index of the line when none does. */
function closingQuote(text: string, index: number): number {
  const quote = text[index];
  for (let at = index + 1; at < text.length; at++) {
    if (text[at] === '\\' && quote === '"') at++;
    else if (text[at] === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return text.length;
}

/** Where the last quoted value that no quote closes on its line begins (an apostrophe inside a word opens none). */
function unclosedQuote(text: string): { offset: number; quote: string } | undefined {
  let found: { offset: number; quote: string } | undefined;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open: { offset: number; quote: string } | undefined;
    for (let index = 0; index < line.length; index++) {
      const char = line[index] as string;
      if (open) {
        if (char === '\\' && open.quote === '"') index++;
        else if (char === open.quote) open = undefined;
      } else if (char === '#' && (index === 0 || line[index - 1] === ' ')) break;
      else if ((char === '"' || char === "'") && /(^|[:[{,-])\s*$/.test(line.slice(0, index)))
        open = { offset: lineStart + index, quote: char };
    }
    if (open) found = open;
    lineStart += line.length + 1;
  }
  return found;
}
