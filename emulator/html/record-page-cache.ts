import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { recordPageBody } from './record-page';

/**
 * The record page body is the costliest page the emulator renders and the one runs open most; it depends
 * only on the viewer and the org's records (layouts, permissions and sharing definitions do not change while
 * it runs). So it is kept per viewer and record, encoded (outside the JavaScript heap, sent as it is), and
 * served until the next write to any record (RecordStore.version).
 *
 * At most MAX_BYTES are kept. A new page takes the place of pages nobody opened for IDLE_MS, least recently
 * used first; while every kept page is in use, the new one is not kept (under load spread over more pages
 * than fit, replacing pages in use would only trade one page for another and leave garbage behind).
 */
const MAX_BYTES = 32 * 1024 * 1024;
const IDLE_MS = 10_000;

interface Kept {
  version: number;
  body: Buffer;
  lastUsed: number;
}

// Entries are only added and removed, never moved on use (a Map rewritten on every request would turn its
// own storage into garbage many times a second).
const caches = new OrgScoped(() => ({ bytes: 0, entries: new Map<string, Kept>() }));

/** `app`: the API name of the app the viewer is in, which picks the Lightning page. */
export function cachedRecordPageBody(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app?: string,
): Buffer {
  const cache = state.scoped(caches);
  const version = state.store.version;
  const now = performance.now();
  const key = `${user.id}/${app ?? ''}/${type.name}/${row.Id}`;
  const kept = cache.entries.get(key);
  if (kept) {
    kept.lastUsed = now;
    if (kept.version === version) return kept.body;
  }
  const rendered = Buffer.from(recordPageBody(state, user, type, row, app).value);
  if (!kept) {
    if (cache.bytes + rendered.length > MAX_BYTES) makeRoom(cache, rendered.length, now);
    if (cache.bytes + rendered.length <= MAX_BYTES) {
      cache.entries.set(key, { version, body: rendered, lastUsed: now });
      cache.bytes += rendered.length;
    }
    return rendered;
  }
  // A write to another record usually leaves this page as it was: the entry and the bytes already kept
  // stay, and the new copy dies young, instead of every write turning each kept page into old garbage.
  if (!kept.body.equals(rendered)) {
    cache.bytes += rendered.length - kept.body.length;
    kept.body = rendered;
  }
  kept.version = version;
  return kept.body;
}

/** Drops pages idle for IDLE_MS, least recently used first, until `needed` more bytes fit. */
function makeRoom(cache: { bytes: number; entries: Map<string, Kept> }, needed: number, now: number): void {
  const idle = [...cache.entries].filter(([, entry]) => now - entry.lastUsed >= IDLE_MS);
  idle.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
  for (const [key, entry] of idle) {
    if (cache.bytes + needed <= MAX_BYTES) break;
    cache.entries.delete(key);
    cache.bytes -= entry.body.length;
  }
}
