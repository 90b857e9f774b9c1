import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { ScenarioError, SourceLocation } from '../model';
import { formatPath } from './property-path';

/** Written with a leading zero and more digits (0612345678, 007, -0012): an id or phone number, not an amount. */
const LEADING_ZERO = /^[-+]?0[0-9]/;
/** After a value on its line: spaces, then "#" and no space — `Acme #1`, where "#1" was meant as text. */
const HASH_AS_TEXT = /^[ \t]+(#\S.*?)[ \t]*$/;

/**
 * Plain (unquoted) values that YAML reads other than they look, which would pass silently: numbers with leading
 * zeros lose them (`Phone: 0612345678` is 612345678), and `Name: Acme #1` is "Acme" with the comment "#1". A
 * comment is written "# text"; a "#" followed by text was meant as part of the value. `root`: the document's
 * contents, nested no deeper than the loader allows.
 */
export function misreadValues(
  root: unknown,
  text: string,
  at: (offset: number) => SourceLocation,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const visit = (node: unknown, path: PropertyKey[], key: string | undefined): void => {
    if (isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        visit(pair.value, [...path, name], name);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, [...path, index], undefined);
      });
    } else if (isScalar(node) && node.type === 'PLAIN' && node.range && node.source) {
      const error = (offset: number, message: string) =>
        errors.push({ ...at(offset), path: formatPath(path), message });
      const source = node.source;
      const written = (value: string) => (key === undefined ? `- ${value}` : `${key}: ${value}`);
      if (LEADING_ZERO.test(source) && (typeof node.value === 'number' || typeof node.value === 'bigint')) {
        error(
          node.range[0],
          `${source} is read by YAML as the number ${String(node.value)}, without its leading zero; ` +
            `quote it: ${JSON.stringify(source)}`,
        );
      }
      const comment = HASH_AS_TEXT.exec(restOfLine(text, node.range[1]))?.[1];
      if (comment) {
        const hash = text.indexOf('#', node.range[1]);
        error(
          hash,
          `the value is read as ${JSON.stringify(source)}; "${comment}" is a comment (a "#" after a space starts ` +
            `one). Quote the value if "#" belongs to it: ${written(JSON.stringify(text.slice(node.range[0], hash + comment.length)))}, ` +
            'or write "# " for a comment.',
        );
      }
    }
  };
  visit(root, [], undefined);
  return errors;
}

/**
 * A file's misread values and its other errors, less those at the path of a misread value: a number misread where
 * text was expected is one mistake, and the misread value's message says what to write.
 */
export function withMisreadValues(
  misread: readonly ScenarioError[],
  errors: readonly ScenarioError[],
): ScenarioError[] {
  const paths = new Set(misread.map(({ path }) => path));
  return [...misread, ...errors.filter(({ path }) => !paths.has(path))];
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
}
