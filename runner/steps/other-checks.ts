import type { ExpectStep } from '../model';
import { ExpectationError } from './context';

/**
 * Runs an expect step's other checks (`others`) when the step has any besides `ownKeys` (empty lists and
 * mappings check nothing), and hands back their mismatch so the caller reports it with its own findings, in
 * one ExpectationError. Any other error ends the step.
 */
export async function otherChecksMismatch(
  step: ExpectStep,
  ownKeys: ReadonlySet<string>,
  others: () => Promise<void>,
): Promise<ExpectationError | undefined> {
  if (!checksBesides(step, ownKeys)) return undefined;
  try {
    await others();
  } catch (error) {
    if (!(error instanceof ExpectationError)) throw error;
    return error;
  }
  return undefined;
}

function checksBesides(step: ExpectStep, ownKeys: ReadonlySet<string>): boolean {
  return Object.entries(step).some(([key, value]) => {
    if (ownKeys.has(key) || value === undefined || value === null) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'object') return Object.keys(value).length > 0;
    return true;
  });
}
