import path from 'node:path';
import type { SourceLocation } from './model';
import { wrapLines } from './wrapped-lines';

// Errors that mean persona-ux itself is wrong: their stack is where to look, and stays.
const DEFECTS = [TypeError, ReferenceError, RangeError, SyntaxError];

/**
 * A failure of a step, of the persona's user check, of the test data or of Login-As points at its line in the
 * scenario file: reports take the code frame they show beside the message from the error's stack, and
 * persona-ux's own source there only distracts from the YAML the reader wrote. Its explanation is wrapped to a
 * readable width. PERSONA_UX_DEBUG=1 keeps the error as it was.
 */
export function pointedAtScenario(error: unknown, location: SourceLocation): unknown {
  if (!(error instanceof Error) || process.env.PERSONA_UX_DEBUG) return error;
  if (DEFECTS.some((defect) => error instanceof defect)) return error;
  const file = path.resolve(location.file);
  if (!('matcherResult' in error)) {
    // Reports show a message with its line breaks as they are: a long explanation would run out of sight.
    // Playwright's own assertion messages (matcherResult) are laid out by Playwright and stay as they are.
    const prefix = `${error.name}: `;
    error.message = wrapLines(`${prefix}${error.message}`).slice(prefix.length);
  }
  error.stack = `${error.name}: ${error.message}\n    at ${file}:${location.line}:${location.column}`;
  return error;
}
