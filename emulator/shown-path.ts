import path from 'node:path';

/**
 * A file of persona-ux as its user reaches it: relative to the working folder when inside it (in a project,
 * node_modules/persona-ux/…), else absolute.
 */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
