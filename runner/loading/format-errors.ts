import { readFileSync, statSync } from 'node:fs';
import type { ScenarioError } from '../model';
import { shownPath } from '../shown-path';

const CONTEXT_LINES = 2;

/**
 * Playwright-style: `file:line:column  path: message` (the file as the user would type it), then the lines
 * around the position with a caret under the column. Reads the files again to show them.
 */
export function formatErrors(errors: readonly ScenarioError[]): string {
  const files = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!files.has(file)) files.set(file, readLines(file));
    return files.get(file);
  };
  return errors.map((error) => formatError(error, linesOf(error.file))).join('\n\n');
}

function formatError(error: ScenarioError, lines: string[] | undefined): string {
  const file = shownPath(error.file);
  const where = error.line > 0 ? `${file}:${error.line}:${error.column}` : file;
  const heading = `${where}  ${error.path ? `${error.path}: ` : ''}${error.message}`;
  if (!lines || error.line < 1 || error.line > lines.length) return heading;
  return `${heading}\n\n${codeFrame(lines, error.line, error.column)}`;
}

function codeFrame(lines: string[], line: number, column: number): string {
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const width = String(last).length;
  const frame: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? '>' : ' ';
    frame.push(`  ${marker} ${String(number).padStart(width)} | ${lines[number - 1]}`.trimEnd());
    if (number === line) frame.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return frame.join('\n');
}

/** Beyond this, a file is refused unread (yaml-source.ts), and so gets no code frame either. */
const MAX_FRAMED_FILE_BYTES = 1024 * 1024;
const MAX_LINE_WIDTH = 160;

function readLines(file: string): string[] | undefined {
  try {
    if (statSync(file).size > MAX_FRAMED_FILE_BYTES) return undefined;
    const text = readFileSync(file, 'utf8');
    // Binary data: nothing readable to show. A byte that is not UTF-8 in text (Windows-1252) shows as "�".
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) return undefined;
    return text
      .replace(/\r?\n$/, '')
      .split(/\r?\n/)
      .map((line) => (line.length > MAX_LINE_WIDTH ? `${line.slice(0, MAX_LINE_WIDTH - 1)}…` : line));
  } catch {
    return undefined;
  }
}
