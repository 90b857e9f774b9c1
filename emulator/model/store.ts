import { to18 } from './ids';

export type FieldValue = string | number | boolean | null;
export type Row = Record<string, FieldValue> & { Id: string };

/** The records of every object, keyed by 18-character id. Deleted rows stay, flagged IsDeleted. */
export class RecordStore {
  private readonly tables = new Map<string, Map<string, Row>>();
  /**
   * Changes on every write (inserts here, updates and deletes through save/dml.ts and undo journals), so
   * that what is derived from records can be cached until the next write (html/record-page-cache.ts).
   */
  version = 0;

  touch(): void {
    this.version++;
  }

  table(object: string): Map<string, Row> {
    let table = this.tables.get(object);
    if (!table) {
      table = new Map();
      this.tables.set(object, table);
    }
    return table;
  }

  insert(object: string, row: Row): Row {
    this.version++;
    this.table(object).set(row.Id, row);
    return row;
  }

  /** A row by 15- or 18-character id, deleted or not. */
  get(object: string, id: string): Row | undefined {
    const full = to18(id);
    return full ? this.table(object).get(full) : undefined;
  }

  /** Rows not deleted, in insertion order. */
  live(object: string): Row[] {
    return [...this.table(object).values()].filter((row) => row.IsDeleted !== true);
  }

  all(object: string): Row[] {
    return [...this.table(object).values()];
  }

  /** Every row of every object, for keeping the org's state between runs (org-persistence.ts). */
  snapshot(): Record<string, Row[]> {
    return Object.fromEntries([...this.tables].map(([object, rows]) => [object, [...rows.values()]]));
  }

  /** Replaces every table with a snapshot's rows. */
  restore(snapshot: Record<string, Row[]>): void {
    this.tables.clear();
    for (const [object, rows] of Object.entries(snapshot)) {
      this.tables.set(object, new Map(rows.map((row) => [row.Id, row])));
    }
    this.version++;
  }
}

/** Salesforce's datetime wire format: 2025-01-31T09:15:00.000+0000. */
export function sfDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** The system audit fields of a row a user creates at a moment (a seeded row's creator may not exist yet). */
export function createdStamp(userId: string | null, at: string): Record<string, FieldValue> {
  return {
    CreatedDate: at,
    CreatedById: userId,
    LastModifiedDate: at,
    LastModifiedById: userId,
    SystemModstamp: at,
  };
}
