import path from 'node:path';
import type { LoadedDotEnv } from './dotenv';
import { envFileAssignments } from './env-file-assignments';

/** Where the value a command uses came from: a line of the .env file, or the environment. */
export type VariablePlace =
  | { from: 'file'; file: string; line: number; column: number; valueColumn: number }
  | { from: 'environment' };

/** Where `name`'s value in `env` came from; undefined when it is not set at all. */
export function variablePlace(
  name: string,
  env: NodeJS.ProcessEnv,
  dotEnv: LoadedDotEnv | undefined,
): VariablePlace | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  // A value the command replaced since (--target-org) is no longer the file's.
  if (dotEnv?.setFromFile.get(name) === value) {
    const at = envFileAssignments(dotEnv.text).get(name);
    if (at) return { from: 'file', file: shownFile(dotEnv.file), ...at };
  }
  return { from: 'environment' };
}

/**
 * A problem with a variable's value: `.env:2:16 SF_API_VERSION=62: must look like 62.0`, or
 * `SF_API_VERSION=62 (from the environment): …`. A secret's value is never shown.
 */
export function valueProblem(
  name: string,
  value: string | undefined,
  what: string,
  place: VariablePlace | undefined,
  secret: boolean,
): string {
  const given = secret || value === undefined ? name : `${name}=${shownValue(value)}`;
  if (place?.from === 'file') return `${place.file}:${place.line}:${place.valueColumn} ${given}: ${what}`;
  return `${given}${place ? ' (from the environment)' : ''}: ${what}`;
}

/**
 * A sentence about a variable being set (it starts with the variable's name): `.env:3:1 SF_PASSWORD is set, but …`,
 * or `SF_PASSWORD (from the environment) is set, but …`.
 */
export function variableProblem(name: string, sentence: string, place: VariablePlace | undefined): string {
  if (place?.from === 'file') return `${place.file}:${place.line}:${place.column} ${sentence}`;
  if (place && sentence.startsWith(name)) {
    return `${name} (from the environment)${sentence.slice(name.length)}`;
  }
  return sentence;
}

/** The .env file as the user names it: relative to the working directory. */
export function shownFile(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function shownValue(value: string): string {
  return value === '' || /\s/.test(value) ? JSON.stringify(value) : value;
}
