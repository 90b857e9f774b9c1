import path from 'node:path';

/** Scenario files or dirs from the command line, relative to where the user typed them. */
export function resolveInputs(positionals: string[]): string[] {
  return (positionals.length > 0 ? positionals : ['scenarios']).map((input) => path.resolve(input));
}
