import { APPROVAL_KEY_PREFIXES } from '../model/approval-objects';
import type { OrgState } from '../model/org-state';
import { type FieldValue, type Row, sfDateTime } from '../model/store';
import { Journal } from './journal';

/** Writing approval history rows: one undoable unit of work, inserts, and their audit fields. */

export function transaction<T>(state: OrgState, work: (journal: Journal, now: string) => T): T {
  const journal = new Journal(state.store);
  state.store.touch();
  try {
    return work(journal, sfDateTime(new Date()));
  } catch (error) {
    journal.undo();
    throw error;
  }
}

export function insert(
  state: OrgState,
  journal: Journal,
  object: keyof typeof APPROVAL_KEY_PREFIXES,
  values: Record<string, FieldValue>,
): Row {
  const row = state.store.insert(object, { Id: state.ids.next(APPROVAL_KEY_PREFIXES[object]), ...values });
  journal.inserted(object, row.Id);
  return row;
}
