import { readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';

/** The .env file this process read: its text (to place a message on a line), and which variables it set. */
export interface LoadedDotEnv {
  file: string;
  text: string;
  /** The variables whose value came from the file (set there, not already in the environment), with that value. */
  setFromFile: ReadonlyMap<string, string>;
}

let loaded: LoadedDotEnv | undefined;

/** Loads .env from the working directory (a real org's settings); variables already set win. */
export function loadDotEnv(): void {
  const found = dotEnvFile();
  if (!found) {
    loaded = undefined;
    return; // no .env: the environment alone, as dotenv does
  }
  const set = dotenv.populate(process.env, dotenv.parse(found.text));
  loaded = { ...found, setFromFile: new Map(Object.entries(set) as [string, string][]) };
}

/** The working directory's .env file and its text, read without setting anything; undefined when there is none. */
export function dotEnvFile(): { file: string; text: string } | undefined {
  const file = path.resolve('.env');
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch {
    return undefined;
  }
}

/** The .env file loadDotEnv read, if there was one. */
export function loadedDotEnv(): LoadedDotEnv | undefined {
  return loaded;
}
