/** Where a variable is assigned in a .env file: 1-based line, and the columns of its name and of its value. */
export interface EnvAssignment {
  line: number;
  column: number;
  valueColumn: number;
}

/**
 * dotenv's own pattern (its LINE, as of dotenv 18), so that a name is found exactly where dotenv reads it: after
 * `export `, around `=` or `: `, with quoted values spanning lines. `d` gives the indices of its groups.
 */
const ASSIGNMENT =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

const SEPARATOR = /[ \t]*[=:][ \t]*/y;

/**
 * Every name a .env text assigns, with where; of a name assigned twice, the last assignment, which is the one
 * dotenv keeps.
 */
export function envFileAssignments(text: string): Map<string, EnvAssignment> {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let at = normalised.indexOf('\n'); at >= 0; at = normalised.indexOf('\n', at + 1)) {
    lineStarts.push(at + 1);
  }
  const position = (offset: number) => {
    let line = lineStarts.length;
    while ((lineStarts[line - 1] as number) > offset) line--;
    return { line, column: offset - (lineStarts[line - 1] as number) + 1 };
  };
  const assignments = new Map<string, EnvAssignment>();
  for (const match of normalised.matchAll(ASSIGNMENT)) {
    const name = match[1] as string;
    const [nameStart, nameEnd] = (match.indices as RegExpIndicesArray)[1] as [number, number];
    // The value's first character: past `=` (or `: `) and the blanks around it; where it would be when empty.
    SEPARATOR.lastIndex = nameEnd;
    const separator = SEPARATOR.exec(normalised);
    const at = position(nameStart);
    const value = position(nameEnd + (separator?.[0].length ?? 0));
    assignments.delete(name);
    assignments.set(name, {
      line: at.line,
      column: at.column,
      valueColumn: value.line === at.line ? value.column : at.column,
    });
  }
  return assignments;
}
