/**
 * Finds where a YAML text nests deeper than `limit`, before parsing it: the yaml library composes nodes
 * recursively, so a file nested thousands of levels deep would overflow the stack and lose the position.
 * An estimate that never undercounts real nesting by much: block levels by indentation and "- " items, flow
 * levels by brackets outside quotes and comments. Returns the 1-based line and column where the limit is passed.
 */
export function nestingTooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length + flow;
    let quote: string | undefined;
    for (let column = indent; column < line.length; column++) {
      const char = line[column];
      if (quote) {
        if (char === quote) quote = undefined;
        continue;
      }
      if (char === '"' || char === "'") quote = char;
      else if (char === '#' && (column === 0 || /\s/.test(line[column - 1] ?? ''))) break;
      else if (char === '[' || char === '{') flow++;
      else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
      else if (char === '-' && line[column + 1] === ' ' && flow === 0) depth++;
      if (indents.length + flow > limit || depth > limit) return { line: index + 1, column: column + 1 };
    }
  }
  return undefined;
}
