/**
 * A `key: value` line indented less than the lines on both sides of it, which share one indent, or written at the
 * indent of the `key:` just before it whose entries follow deeper: a key meant for the mapping around it, written
 * at its parent's indent. YAML then reads the lines after it as a mapping nested
 * in that value ("Nested mappings are not allowed in compact mappings", "All mapping items must start at the same
 * column"); one error at the outdented key says what to write. Returns each such line, with the span of the lines
 * after it that the package's errors there follow from.
 */
export interface OutdentedLine {
  /** Offset of the key, where the error points. */
  offset: number;
  /** The errors of the package from the line's start to here follow from it. */
  spanEnd: number;
  message: string;
}

const KEY_WITH_VALUE = /^( *)([A-Za-z_$][\w$-]*):[ \t]+[^\s#]/;
const OPENS_MAPPING = /^( *)([A-Za-z_$][\w$-]*):[ \t]*(#.*)?$/;

export function outdentedLines(text: string): OutdentedLine[] {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line.replace(/\r$/, '') });
    start += line.length + 1;
  }
  const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
  const meaningful = (index: number) => {
    const line = lines[index]?.text ?? '';
    return line.trim() !== '' && !line.trim().startsWith('#');
  };
  const nearest = (from: number, step: 1 | -1) => {
    for (let at = from + step; at >= 0 && at < lines.length; at += step) if (meaningful(at)) return at;
    return undefined;
  };
  const found: OutdentedLine[] = [];
  lines.forEach((line, index) => {
    const key = KEY_WITH_VALUE.exec(line.text);
    if (!key) return;
    const before = nearest(index, -1);
    const after = nearest(index, 1);
    if (before === undefined || after === undefined) return;
    const indent = key[1]?.length ?? 0;
    const beforeText = lines[before]?.text ?? '';
    const around = indentOf(lines[after]?.text ?? '');
    if (around <= indent) return;
    // The first entry of the mapping a `key:` before it opens, written at that key's indent.
    const parent = OPENS_MAPPING.exec(beforeText);
    const opensHere = parent !== null && indentOf(beforeText) === indent;
    // Or an entry between entries of one indent, not after a list item or a value running on.
    const among =
      indentOf(beforeText) === around && (KEY_WITH_VALUE.test(beforeText) || OPENS_MAPPING.test(beforeText));
    if (!opensHere && !among) return;
    let last = after;
    for (let at = after; at < lines.length; at = nearest(at, 1) ?? lines.length) {
      if (indentOf(lines[at]?.text ?? '') < around) break;
      last = at;
    }
    const lastLine = lines[last] ?? line;
    found.push({
      offset: line.start + indent,
      spanEnd: lastLine.start + lastLine.text.length,
      message: opensHere
        ? `${key[2]}: is indented ${indent} spaces, as ${parent?.[2]}: before it, whose entries after it are ` +
          `indented ${around}: indent it ${around - indent} more spaces so it belongs to ${parent?.[2]}:.`
        : `${key[2]}: is indented ${indent} spaces, and the lines around it ${around}: indent it ${around - indent} ` +
          'more spaces so it belongs with them.',
    });
  });
  return found;
}
