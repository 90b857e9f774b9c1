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

// Unconfirmed wording; the code is the one Salesforce uses for DML the user's profile does not allow.
export function insufficientAccess(): SalesforceError {
  return new SalesforceError(
    400,
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'insufficient access rights on object id',
  );
}

export function readOnlyPlatformObject(type: SObjectType, verb: string): SalesforceError {
  return new SalesforceError(
    400,
    'INVALID_TYPE_FOR_OPERATION',
    `entity type cannot be ${verb}: ${type.label} (not emulated yet by the persona-ux org emulator)`,
  );
}
