import { stripVTControlCharacters } from 'node:util';

/**
 * About what the HTML report's error box shows without scrolling sideways (it keeps the message's own line
 * breaks), and what a terminal shows with the reporters' indentation.
 */
export const READABLE_WIDTH = 100;

/**
 * Text whose long lines are broken at spaces into lines of at most `width` characters, each continuation
 * indented two spaces deeper than the line it continues (under the text of a "- " item). Short lines, table
 * rows ("| … |", whose layout is their meaning) and words longer than the width stay as they are; colour codes
 * take no width.
 */
export function wrapLines(text: string, width = READABLE_WIDTH): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const visible = (text: string) => stripVTControlCharacters(text).length;
  const indent = /^ */.exec(line)?.[0] ?? '';
  if (visible(line) <= width || line.startsWith('|', indent.length)) return line;
  const continuation = `${indent}  `;
  const lines: string[] = [];
  let current = '';
  for (const word of line.slice(indent.length).split(/ +/)) {
    if (current === '') current = `${lines.length === 0 ? indent : continuation}${word}`;
    else if (visible(current) + 1 + visible(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = `${continuation}${word}`;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** Lines that start an item of their own: "- ", "✗ ", "✓ " (and the like) and table rows. */
const ITEM = /^([-*•✓✗✔✘] |\|)/;

/**
 * The lines wrapLines broke, joined again: a line two spaces deeper than the line it follows continues it,
 * unless it starts an item ("- ", "✗ ") or a table row. Messages nest their lines as items, so this gives back
 * the lines as written (a plain line nested two spaces deeper is joined too). For a report's cell, or for
 * reading a message a line at a time.
 */
export function unwrapLines(text: string): string {
  const lines: string[] = [];
  let indent = -1;
  for (const line of text.split('\n')) {
    const own = /^ */.exec(line)?.[0].length ?? 0;
    const rest = line.slice(own);
    if (lines.length > 0 && own === indent + 2 && !ITEM.test(rest)) {
      lines[lines.length - 1] += ` ${rest}`;
    } else {
      lines.push(line);
      indent = own;
    }
  }
  return lines.join('\n');
}
