/**
 * Finds where a YAML text nests deeper than `limit`, before parsing it: the yaml library composes nodes
 * recursively, so a file nested thousands of levels deep would overflow the stack and lose the position.
 * An estimate that never undercounts real nesting by much: block levels by indentation and "- " items, flow
 * levels by brackets outside quotes and comments. Returns the 1-based line and column where the limit is passed.
 * Reads the text in place, character codes only: it runs on every file validate reads.
 */
export function nestingTooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; start++) {
    lineNumber++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && isWhitespace(text.charCodeAt(first))) first++;
    if (first < end && text.charCodeAt(first) !== HASH) {
      const indent = first - start;
      if (flow === 0) {
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
        indents.push(indent);
      }
      let depth = indents.length + flow;
      let quote = 0;
      for (let at = first; at < end; at++) {
        const char = text.charCodeAt(at);
        if (quote !== 0) {
          if (char === quote) quote = 0;
          continue;
        }
        if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) quote = char;
        else if (char === HASH && (at === start || isWhitespace(text.charCodeAt(at - 1)))) break;
        else if (char === OPEN_SQUARE || char === OPEN_CURLY) flow++;
        else if (char === CLOSE_SQUARE || char === CLOSE_CURLY) flow = Math.max(0, flow - 1);
        else if (char === DASH && text.charCodeAt(at + 1) === SPACE && flow === 0) depth++;
        if (indents.length + flow > limit || depth > limit)
          return { line: lineNumber, column: at - start + 1 };
      }
    }
    start = end;
  }
  return undefined;
}

const SPACE = 0x20;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DASH = 0x2d;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

/** What String.prototype.trimStart and /\s/ take for whitespace (the same set). */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}
