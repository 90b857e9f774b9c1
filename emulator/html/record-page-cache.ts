import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { recordPageBody } from './record-page';
import type { SafeHtml } from './safe-html';

/**
 * The record page body is the costliest page the emulator renders and the one runs open most; it depends
 * only on the viewer and the org's records (layouts, permissions and sharing definitions do not change while
 * it runs). So it is kept per viewer and record until the next write to any record (RecordStore.version).
 */
const MAX_ENTRIES = 500;
const caches = new OrgScoped(() => new Map<string, { version: number; body: SafeHtml }>());

export function cachedRecordPageBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const cache = state.scoped(caches);
  const key = `${user.id}/${type.name}/${row.Id}`;
  const hit = cache.get(key);
  if (hit && hit.version === state.store.version) return hit.body;
  const body = recordPageBody(state, user, type, row);
  cache.delete(key);
  cache.set(key, { version: state.store.version, body });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return body;
}
