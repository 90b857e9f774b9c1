import type { TouchedRecord } from '../../fixtures/audit-facts';

/** A record and everything the session did to it, in the order the session first touched it. */
export interface RecordTouches {
  sobject: string;
  id: string;
  actions: string[];
}

/** The session's records, one entry per record, each with its actions in the order they were done. */
export function byRecord(records: TouchedRecord[]): RecordTouches[] {
  const grouped = new Map<string, RecordTouches>();
  for (const { sobject, id, action } of records) {
    const entry = grouped.get(id) ?? { sobject, id, actions: [] };
    grouped.set(id, entry);
    if (!entry.actions.includes(action)) entry.actions.push(action);
  }
  return [...grouped.values()];
}

/**
 * "Lead 00Q…: opened, edited; Opportunity 006…: created" — a session's records in one line; "none" when the
 * session touched no record, empty when the log does not say (no end line, or a log older than the field).
 */
export function recordsText(records: TouchedRecord[] | undefined): string {
  if (!records) return '';
  if (records.length === 0) return 'none';
  return byRecord(records)
    .map((record) => `${record.sobject} ${record.id}: ${record.actions.join(', ')}`)
    .join('; ');
}

/**
 * Where a record opens for the reviewer: `{instance URL}/{record id}`, which Salesforce routes to the record in
 * the interface the reviewer uses, Lightning or Classic (docs/salesforce-facts.md, "Record links"). Undefined
 * when the org's URL is not an http(s) URL the log recorded.
 */
export function recordLink(orgUrl: string | undefined, id: string): string | undefined {
  if (!orgUrl || !/^https?:\/\/[^/]+/i.test(orgUrl)) return undefined;
  return `${orgUrl.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}
