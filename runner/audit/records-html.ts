import type { TouchedRecord } from '../../fixtures/audit-facts';
import { htmlText } from './html-text';
import { byRecord, recordLink } from './touched-records';

/** Up to this many records are listed in the row; more fold under a summary of what was done. */
const LISTED_OPEN = 4;

/**
 * A session's records for its row: each record (linked to it when the org's URL is known) with what the
 * session did to it; a long list folds under "N records: 2 created, 5 opened" so the table stays readable.
 */
export function recordsCell(records: TouchedRecord[] | undefined, orgUrl: string | undefined): string {
  if (!records) return '';
  if (records.length === 0) return '<span class="none">none</span>';
  const touched = byRecord(records);
  const items = touched
    .map((record) => {
      const name = `${htmlText(record.sobject)} <code>${htmlText(record.id)}</code>`;
      const link = recordLink(orgUrl, record.id);
      return `<li>${link ? `<a href="${htmlText(link)}">${name}</a>` : name} ${htmlText(record.actions.join(', '))}</li>`;
    })
    .join('');
  const list = `<ul class="records">${items}</ul>`;
  if (touched.length <= LISTED_OPEN) return list;
  return `<details><summary>${touched.length} records: ${htmlText(actionCounts(records))}</summary>${list}</details>`;
}

/** "2 created, 1 edited, 5 opened": how many records each action was done to, in the order first seen. */
function actionCounts(records: TouchedRecord[]): string {
  const counts = new Map<string, number>();
  for (const { action } of records) counts.set(action, (counts.get(action) ?? 0) + 1);
  return [...counts].map(([action, count]) => `${count} ${action}`).join(', ');
}
