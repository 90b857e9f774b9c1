import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { recordPageBody } from './record-page';

/**
 * The record page body is the costliest page the emulator renders and the one runs open most; it depends
 * only on the viewer and the org's records (layouts, permissions and sharing definitions do not change while
 * it runs). So it is kept per viewer and record until the next write to any record (RecordStore.version),
 * the most recently used MAX_ENTRIES bodies, encoded (outside the JavaScript heap, sent as they are).
 */
const MAX_ENTRIES = 500;
const caches = new OrgScoped(() => new Map<string, { version: number; body: Buffer }>());

export function cachedRecordPageBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row): Buffer {
  const cache = state.scoped(caches);
  const key = `${user.id}/${type.name}/${row.Id}`;
  const hit = cache.get(key);
  // Moved to the end on every use: the first key is the least recently used.
  cache.delete(key);
  if (hit && hit.version === state.store.version) {
    cache.set(key, hit);
    return hit.body;
  }
  const body = Buffer.from(recordPageBody(state, user, type, row).value);
  cache.set(key, { version: state.store.version, body });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return body;
}
