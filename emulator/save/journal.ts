import type { RecordStore, Row } from '../model/store';

/**
 * What one save changed, so that it can be undone whole: a failure late in the order of execution, or
 * an allOrNone collection with a failing record, leaves nothing behind (Salesforce rolls back the
 * transaction, automation included).
 */
export class Journal {
  private readonly undos: (() => void)[] = [];

  constructor(private readonly store: RecordStore) {}

  inserted(object: string, id: string): void {
    this.undos.push(() => this.store.table(object).delete(id));
  }

  /** Call before changing the row. */
  changing(row: Row): void {
    const before = { ...row };
    this.undos.push(() => {
      for (const key of Object.keys(row)) if (!(key in before)) delete row[key];
      Object.assign(row, before);
    });
  }

  onUndo(undo: () => void): void {
    this.undos.push(undo);
  }

  undo(): void {
    this.store.touch();
    while (this.undos.length > 0) this.undos.pop()?.();
  }
}
