import path from 'node:path';
import type { SourceLocation } from './model';

// Errors that mean persona-ux itself is wrong: their stack is where to look, and stays.
const DEFECTS = [TypeError, ReferenceError, RangeError, SyntaxError];

/**
 * A step's failure points at its line in the scenario file: reports take the code frame they show beside the
 * message from the error's stack, and persona-ux's own source there only distracts from the YAML the reader
 * wrote. PERSONA_UX_DEBUG=1 keeps the stack as it was.
 */
export function pointedAtScenario(error: unknown, location: SourceLocation): unknown {
  if (!(error instanceof Error) || process.env.PERSONA_UX_DEBUG) return error;
  if (DEFECTS.some((defect) => error instanceof defect)) return error;
  const file = path.resolve(location.file);
  error.stack = `${error.name}: ${error.message}\n    at ${file}:${location.line}:${location.column}`;
  return error;
}
