import { SalesforceError, unknownSObject } from '../api/errors';
import { objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';

/** Lookups shared by the sobject routes: the object as the user sees it, and a record by id. */

export function visibleObject(state: OrgState, user: OrgUser, name: string): SObjectType {
  const type = state.object(name);
  if (!type || !objectAccess(user, type).read) throw unknownSObject(name);
  return type;
}

export function existingRow(state: OrgState, type: SObjectType, idParam: string): Row {
  const id = to18(idParam);
  if (!id) {
    throw new SalesforceError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${idParam}`,
    );
  }
  if (id.slice(0, 3) !== type.keyPrefix) {
    throw new SalesforceError(
      400,
      'MALFORMED_ID',
      `${type.label} ID: id value of incorrect type: ${idParam}`,
      ['Id'],
    );
  }
  const row = state.store.get(type.name, id);
  if (!row) throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
  if (row.IsDeleted === true) throw new SalesforceError(404, 'ENTITY_IS_DELETED', 'entity is deleted', []);
  return row;
}

/**
 * Sforce-Auto-Assign on create and update: Salesforce runs lead/case assignment rules unless FALSE is sent
 * (REST API Developer Guide, "Assignment Rule Header"); an assignment rule id means TRUE here.
 */
export function autoAssignAsked(headers: Record<string, string>): boolean {
  return (headers['sforce-auto-assign'] ?? 'TRUE').trim().toUpperCase() !== 'FALSE';
}
