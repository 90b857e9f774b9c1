/**
 * A `{` or `[` left open on its line: the yaml package notices it only at the next line ("Flow map in block
 * collection must be sufficiently indented and end with a }"). Finds the opener the error follows from, the last
 * one before `offset` that its line does not close (quoted text skipped), and says to close it there.
 */
export function unclosedFlow(
  text: string,
  offset: number,
  closer: '}' | ']',
): { offset: number; message: string } | undefined {
  const opener = closer === '}' ? '{' : '[';
  let lineEnd = text.lastIndexOf('\n', offset - 1);
  // The lines before the one the package points at, nearest first; blank and comment lines are passed over.
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const open = openersLeft(line);
    if (open.length > 0) {
      const last = open.at(-1) as { char: string; at: number };
      if (last.char !== opener) return undefined;
      const what = opener === '{' ? 'mapping' : 'list';
      return {
        offset: lineStart + last.at,
        message: `this "${opener}" is never closed: end the ${what} with "${closer}" on the same line.`,
      };
    }
    if (line.trim() !== '' && !line.trim().startsWith('#')) return undefined;
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/** The `{` and `[` a line opens and does not close, outside quotes and comments, in order. */
function openersLeft(line: string): { char: string; at: number }[] {
  const open: { char: string; at: number }[] = [];
  let quote: string | undefined;
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (at === 0 || /\s/.test(line[at - 1] ?? ''))) break;
    else if (char === '{' || char === '[') open.push({ char, at });
    else if (char === '}' || char === ']') open.pop();
  }
  return open;
}
