import path from 'node:path';
import { isDefect, readableFailure } from '../fixtures/readable-failure';
import type { SourceLocation } from './model';

/**
 * A failure of a step, of the persona's user check, of the test data or of Login-As points at its line in the
 * scenario file (a persona's broken contract: at its declaration in the personas file): reports take the code
 * frame they show beside the message from the error's stack, and persona-ux's own source there only distracts
 * from the YAML the reader wrote. Its explanation is wrapped to a readable width. PERSONA_UX_DEBUG=1 keeps the
 * error as it was.
 */
export function pointedAtScenario(error: unknown, location: SourceLocation): unknown {
  if (!(error instanceof Error) || process.env.PERSONA_UX_DEBUG) return error;
  if (isDefect(error)) return error;
  readableFailure(error);
  const file = path.resolve(location.file);
  error.stack = `${error.name}: ${error.message}\n    at ${file}:${location.line}:${location.column}`;
  return error;
}
