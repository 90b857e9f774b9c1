import type { WhereClause } from '@jetstreamapp/soql-parser-js';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import { sharingFilter, userRecordAccessRows } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { queryError } from './query-errors';

/**
 * The rows a query starts from, as the running user may see them (record sharing): records they cannot see through
 * sharing do not exist; UserRecordAccess rows are computed for the UserId and RecordId the WHERE clause names.
 */
export function sourceRows(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  includeDeleted: boolean,
  where: WhereClause | undefined,
  soql: string,
): Row[] {
  if (type.name === 'UserRecordAccess') {
    const userIds = idsFilteredOn(where, 'UserId');
    const recordIds = idsFilteredOn(where, 'RecordId');
    if (userIds.length === 0 || recordIds.length === 0) {
      // Salesforce requires both filters on UserRecordAccess (unconfirmed wording).
      throw queryError(
        'MALFORMED_QUERY',
        soql,
        'UserRecordAccess',
        'UserRecordAccess queries must filter on UserId and RecordId',
      );
    }
    return userRecordAccessRows(state, userIds, recordIds);
  }
  const rows = includeDeleted ? state.store.all(type.name) : state.store.live(type.name);
  const filter = sharingFilter(state, user, type);
  return rows.filter((row) => filter.visible(row));
}

function idsFilteredOn(where: WhereClause | undefined, fieldName: string): string[] {
  const ids: string[] = [];
  let clause: WhereClause | undefined = where;
  while (clause) {
    const left = clause.left as { field?: string; operator?: string; value?: string | string[] } | null;
    if (
      left?.field?.toLowerCase() === fieldName.toLowerCase() &&
      (left.operator === '=' || left.operator === 'IN')
    ) {
      const values = Array.isArray(left.value) ? left.value : [left.value ?? ''];
      for (const raw of values) {
        const id = to18(raw.replace(/^'|'$/g, ''));
        if (id) ids.push(id);
      }
    }
    clause = 'right' in clause ? clause.right : undefined;
  }
  return ids;
}
