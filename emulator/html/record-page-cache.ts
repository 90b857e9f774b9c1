import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { recordPageBody } from './record-page';

/**
 * The record page body is the costliest page the emulator renders and the one runs open most; it depends
 * only on the viewer and the org's records (layouts, permissions and sharing definitions do not change while
 * it runs). So it is kept per viewer and record, encoded (outside the JavaScript heap, sent as it is), and
 * served until the next write to any record (RecordStore.version); the least recently used bodies go
 * once the kept ones pass MAX_BYTES.
 */
const MAX_BYTES = 64 * 1024 * 1024;

interface Kept {
  version: number;
  body: Buffer;
}

const caches = new OrgScoped(() => ({ bytes: 0, entries: new Map<string, Kept>() }));

export function cachedRecordPageBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row): Buffer {
  const cache = state.scoped(caches);
  const version = state.store.version;
  const key = `${user.id}/${type.name}/${row.Id}`;
  const kept = cache.entries.get(key);
  // Moved to the end on every use: the first key is the least recently used.
  cache.entries.delete(key);
  if (kept?.version === version) {
    cache.entries.set(key, kept);
    return kept.body;
  }
  const rendered = Buffer.from(recordPageBody(state, user, type, row).value);
  // A write to another record usually leaves this page as it was: the bytes already kept stay, and the new
  // copy dies young, instead of every write turning each kept page into old garbage to collect.
  const body = kept?.body.equals(rendered) ? kept.body : rendered;
  cache.bytes += body.length - (kept?.body.length ?? 0);
  cache.entries.set(key, { version, body });
  for (const [oldest, entry] of cache.entries) {
    if (cache.bytes <= MAX_BYTES) break;
    cache.entries.delete(oldest);
    cache.bytes -= entry.body.length;
  }
  return body;
}
