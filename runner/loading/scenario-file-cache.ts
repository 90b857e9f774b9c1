import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { loadedCodeFingerprint } from '../../config/code-fingerprint';
import type { Personas } from './personas';
import type { LoadedScenarioFile } from './scenario-file';
import { readSmallFile } from './yaml-source';

/** Bumped whenever what a cache file holds changes shape. */
const FORMAT = 4;
const FILE_NAME = 'scenario-files.v8';
/** Files of the last run first, then files of earlier runs up to this many (about 2 KB each); the rest is dropped. */
const MAX_FILES = 5_000;

/** What one file (by absolute path) loaded to, serialized on its own so that a run reads back only its files. */
interface Entry {
  /** The context, the path as given and the file's bytes, hashed: the entry answers for exactly these. */
  key: string;
  loaded: Buffer;
}

/**
 * What each scenario file loaded to (its scenario or its errors), kept between runs so that an editor can
 * validate on every save: a file is parsed again only when its bytes, its path, the personas or the loader's
 * own code changed — all four are part of each entry's key, so an entry is never used for anything else.
 * A cache that cannot be read or written is the same as none: loading never fails because of it.
 */
export class ScenarioFileCache {
  /** The entries of this run's files; one per file, so an edited file's older entry is dropped. */
  private readonly used = new Map<string, Entry>();
  private loadedAnew = false;

  private constructor(
    private readonly file: string,
    private readonly context: string,
    private readonly stored: Map<string, Entry>,
  ) {}

  static open(dir: string, personasFile: string, personas: Personas | undefined): ScenarioFileCache {
    const file = path.join(dir, FILE_NAME);
    const context = createHash('sha256')
      .update(`${loadedCodeFingerprint()}\0${personasFile}\0`)
      .update(v8.serialize(personas ? [...personas] : null))
      .digest('base64');
    return new ScenarioFileCache(file, context, readEntries(file));
  }

  /** The file as `loadFile` loads it (given the bytes read here), from the cache when it is there. */
  load(file: string, loadFile: (bytes?: Buffer) => LoadedScenarioFile): LoadedScenarioFile {
    const bytes = readSmallFile(file);
    if (!Buffer.isBuffer(bytes)) return loadFile(); // unreadable or far too large: reported by the loader, not kept
    const key = createHash('sha256').update(this.context).update(`${file}\0`).update(bytes).digest('base64');
    const where = path.resolve(file);
    const known = this.used.get(where) ?? this.stored.get(where);
    const cached = known?.key === key ? deserialize(known.loaded) : undefined;
    if (known && cached) {
      this.used.set(where, known);
      return cached;
    }
    const loaded = loadFile(bytes);
    this.loadedAnew = true;
    const serialized = serialize(loaded);
    if (serialized) this.used.set(where, { key, loaded: serialized });
    return loaded;
  }

  /** Writes the cache when this run loaded anything new (atomically: a concurrent run reads the old file or the new one). */
  save(): void {
    if (!this.loadedAnew) return;
    const entries = new Map(this.used);
    for (const [where, entry] of this.stored) {
      if (entries.size >= MAX_FILES) break;
      if (!entries.has(where)) entries.set(where, entry);
    }
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, v8.serialize({ format: FORMAT, entries }));
      renameSync(temporary, this.file);
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // no folder could be made, so there is no temporary file either
      }
    }
  }
}

/** Undefined for what cannot be kept as data (it is then loaded again next time). */
function serialize(loaded: LoadedScenarioFile): Buffer | undefined {
  try {
    return v8.serialize(loaded);
  } catch {
    return undefined;
  }
}

function deserialize(entry: Buffer): LoadedScenarioFile | undefined {
  try {
    const loaded = v8.deserialize(entry) as LoadedScenarioFile | undefined;
    return Array.isArray(loaded?.errors) ? loaded : undefined;
  } catch {
    return undefined;
  }
}

function readEntries(file: string): Map<string, Entry> {
  try {
    const stored = v8.deserialize(readFileSync(file)) as { format?: unknown; entries?: unknown };
    if (stored?.format === FORMAT && stored.entries instanceof Map) return stored.entries;
  } catch {
    // absent, unreadable, or written by something else: start afresh
  }
  return new Map();
}
