import { randomBytes } from 'node:crypto';
import type { JsonRecord } from './record-shape';

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: JsonRecord[];
}

interface Cursor {
  records: JsonRecord[];
  batchSize: number;
  version: string;
}

/** Query locators for results larger than one batch (default 2000, as Salesforce). */
export class QueryCursors {
  private readonly cursors = new Map<string, Cursor>();

  firstPage(records: JsonRecord[], totalSize: number, batchSize: number, version: string): QueryPage {
    if (records.length <= batchSize) return { totalSize, done: true, records };
    const id = `01g${randomBytes(9).toString('hex').slice(0, 15)}`;
    this.cursors.set(id, { records, batchSize, version });
    return this.page(id, 0, totalSize) as QueryPage;
  }

  /** The page behind a locator such as `01gxxxxxxxxxxxxxxx-2000`, or undefined when unknown. */
  next(locator: string): QueryPage | undefined {
    const match = /^(01g[0-9a-zA-Z]+)-(\d+)$/.exec(locator);
    const cursor = match ? this.cursors.get(match[1]) : undefined;
    if (!match || !cursor) return undefined;
    return this.page(match[1], Number(match[2]), cursor.records.length);
  }

  private page(id: string, start: number, totalSize: number): QueryPage | undefined {
    const cursor = this.cursors.get(id);
    if (!cursor || start > cursor.records.length) return undefined;
    const end = start + cursor.batchSize;
    const done = end >= cursor.records.length;
    if (done) this.cursors.delete(id);
    return {
      totalSize,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${cursor.version}/query/${id}-${end}` }),
      records: cursor.records.slice(start, end),
    };
  }
}
