import type { PropertyPath } from './property-path';
import type { Target } from './yaml-source';

/** A rule a scenario breaks: where (property path, and the YAML node when known) and what to write instead. */
export interface Violation {
  path: PropertyPath;
  message: string;
  target?: Target;
}
