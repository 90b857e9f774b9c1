import type { Connection } from 'jsforce';

/**
 * One active Path of Setup > Path Settings, as the Metadata API's PathAssistant describes it: the object
 * (`entityName`), the picklist whose values are its steps (`fieldName`, a field API name) and the record type it
 * belongs to (`recordTypeName`: a developer name, or `__MASTER__`). One path per record type and object
 * (docs/salesforce-facts.md#path).
 */
export interface PathSetting {
  object: string;
  field: string;
  recordType: string;
}

export type PathSettings = { read: true; paths: PathSetting[] } | { read: false; why: string };

/**
 * The org's active Paths, read as the admin through the Metadata API (listMetadata, then readMetadata ten at a
 * time). The Metadata API needs Modify All Data or Customize Application: when it refuses, or fails, `why` says so.
 */
export async function readPathSettings(conn: Connection): Promise<PathSettings> {
  try {
    const listed = await conn.metadata.list([{ type: 'PathAssistant' }]);
    const names = [listed ?? []].flat().map((item) => item.fullName);
    const paths: PathSetting[] = [];
    for (let start = 0; start < names.length; start += 10) {
      const read = await conn.metadata.read('PathAssistant', names.slice(start, start + 10));
      for (const path of [read].flat() as unknown as Partial<Record<string, unknown>>[]) {
        if (!path || (path.active !== true && path.active !== 'true')) continue;
        if (typeof path.entityName !== 'string' || typeof path.fieldName !== 'string') continue;
        paths.push({
          object: path.entityName,
          field: path.fieldName,
          recordType: typeof path.recordTypeName === 'string' ? path.recordTypeName : MASTER,
        });
      }
    }
    return { read: true, paths };
  } catch (error) {
    return { read: false, why: (error as Error).message };
  }
}

/** PathAssistant's recordTypeName for the master record type. */
export const MASTER = '__MASTER__';
