import { SalesforceError } from '../api/errors';
import type { OrgState, OrgUser } from '../model/org-state';
import { canSeeRecord } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';

/** A record the user may see through sharing; one they may not is answered as Salesforce does: not found. */
export function sharedRow(state: OrgState, user: OrgUser, type: SObjectType, row: Row): Row {
  if (!canSeeRecord(state, user, type, row)) {
    throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
  return row;
}
