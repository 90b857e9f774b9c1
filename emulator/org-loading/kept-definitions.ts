import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { OrgDefinition } from '../org/schema';
import { loadOrgDefinition, parseOrgDefinition } from './load';

/** Each parsed definition is a file of this folder, named by what it answers for. */
const FOLDER = 'org-definitions';
/** The most recent definitions kept (about 40 KB each for the demo org); older ones are removed. */
const MAX_KEPT = 8;

export interface KeptDefinitions {
  /** The folder the parsed definitions are kept in. */
  dir: string;
  /** Changes whenever the code that parses and checks a definition may have; an entry answers only for its own. */
  codeFingerprint: string;
}

/**
 * An org definition as `loadOrgDefinition` loads it, kept parsed between starts: parsing and checking the demo
 * org's YAML is most of the emulator's start (0.1–0.2 s). An entry answers only for the same path, the same
 * bytes and the same code fingerprint, so an edited definition or another version of the emulator is parsed
 * again. A definition with problems is never kept (its errors are reported anew each time), and a folder that
 * cannot be read or written is the same as none.
 */
export function loadKeptOrgDefinition(
  file: string,
  kept: KeptDefinitions,
  parse: (text: string, file: string) => OrgDefinition = parseOrgDefinition,
): OrgDefinition {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return loadOrgDefinition(file); // reports the file it cannot read
  }
  const folder = path.join(kept.dir, FOLDER);
  const entry = path.join(
    folder,
    `${createHash('sha256')
      .update(`${kept.codeFingerprint}\0${path.resolve(file)}\0`)
      .update(bytes)
      .digest('hex')}.v8`,
  );
  try {
    const known = v8.deserialize(readFileSync(entry)) as OrgDefinition | undefined;
    if (known?.org) return known;
  } catch {
    // not kept yet, or unreadable: parsed below
  }
  const definition = parse(bytes.toString('utf8'), file);
  try {
    mkdirSync(folder, { recursive: true });
    // Not atomic, and need not be: a torn entry fails to deserialize and is parsed again, and two starts that
    // write one entry write the same bytes.
    writeFileSync(entry, v8.serialize(definition));
    removeOldest(folder, path.basename(entry), MAX_KEPT);
  } catch {
    // kept next time, perhaps
  }
  return definition;
}

/** Keeps `count` entries: the one just written, and the newest of the others (timestamps may tie). */
function removeOldest(folder: string, written: string, count: number): void {
  const others = readdirSync(folder)
    .filter((name) => name !== written)
    .map((name) => ({ name, at: statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of others.slice(count - 1)) rmSync(path.join(folder, name), { force: true });
}
