import { hasPermission } from '../model/access';
import { ACCESS_KEY_PREFIXES } from '../model/access-objects';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import type { FieldValue, Row } from '../model/store';
import { insufficientAccess } from './save-errors';

/**
 * PermissionSetAssignment created and deleted through the API, as on Salesforce (object reference:
 * create() and delete() are supported; AssigneeId with PermissionSetId or PermissionSetGroupId). Effective
 * access reads the rows (model/access-grants.ts `userGrants`), so a change applies to the next request.
 * Salesforce asks for Assign Permission Sets or Manage Users; the emulator knows only Manage Users.
 */
export function assignPermissionSet(state: OrgState, values: Record<string, FieldValue>, user: OrgUser): Row {
  if (!hasPermission(user, 'ManageUsers')) throw insufficientAccess();
  const assigneeId = idValue(values.AssigneeId);
  const assignee = assigneeId ? state.store.get('User', assigneeId) : undefined;
  if (!assignee) throw badReference('AssigneeId', 'Assignee ID', values.AssigneeId);
  let permissionSetId = idValue(values.PermissionSetId);
  const groupId = idValue(values.PermissionSetGroupId);
  if (groupId) {
    if (!state.store.get('PermissionSetGroup', groupId)) {
      throw badReference('PermissionSetGroupId', 'Permission Set Group ID', values.PermissionSetGroupId);
    }
    // The group's assignment names the group's aggregate permission set.
    const aggregate = state.store
      .all('PermissionSet')
      .find((row) => row.PermissionSetGroupId === to18(groupId));
    permissionSetId = aggregate?.Id;
  }
  const grant = permissionSetId ? state.permissionSets.get(to18(permissionSetId) ?? '') : undefined;
  if (!grant || !permissionSetId) {
    if (values.PermissionSetId === undefined && !groupId) {
      throw new SalesforceError(
        400,
        'REQUIRED_FIELD_MISSING',
        'Required fields are missing: [PermissionSetId]',
        ['PermissionSetId'],
      );
    }
    throw badReference('PermissionSetId', 'Permission Set ID', values.PermissionSetId);
  }
  if (grant.profileId !== null) {
    // Unconfirmed wording; a profile's own set is assigned by giving the user the profile.
    throw new SalesforceError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      "You can't assign or unassign this permission set because it's associated with a profile.",
      ['PermissionSetId'],
    );
  }
  const duplicate = state.store
    .all('PermissionSetAssignment')
    .find((row) => row.AssigneeId === assignee.Id && row.PermissionSetId === grant.id);
  if (duplicate) {
    // Unconfirmed wording of the message; the code is the one Salesforce uses for a second assignment.
    throw new SalesforceError(
      400,
      'DUPLICATE_VALUE',
      `duplicate value found: <unknown> duplicates value on record with id: ${duplicate.Id}`,
    );
  }
  return state.store.insert('PermissionSetAssignment', {
    Id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetAssignment),
    AssigneeId: assignee.Id,
    PermissionSetId: grant.id,
    PermissionSetGroupId: groupId ? (to18(groupId) ?? null) : null,
  });
}

/** Deleting an assignment removes it outright (assignments have no recycle bin). */
export function unassignPermissionSet(state: OrgState, row: Row, user: OrgUser): void {
  if (!hasPermission(user, 'ManageUsers')) throw insufficientAccess();
  const grant = state.permissionSets.get(String(row.PermissionSetId));
  if (grant && grant.profileId !== null) {
    // Unconfirmed wording (see assignPermissionSet).
    throw new SalesforceError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      "You can't assign or unassign this permission set because it's associated with a profile.",
    );
  }
  state.store.table('PermissionSetAssignment').delete(row.Id);
  state.store.touch();
}

function idValue(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function badReference(field: string, label: string, value: FieldValue | undefined): SalesforceError {
  return new SalesforceError(
    400,
    'INVALID_CROSS_REFERENCE_KEY',
    `${label}: id value of incorrect type: ${String(value ?? '')}`,
    [field],
  );
}
