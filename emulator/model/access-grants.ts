import type { FieldAccess, ObjectPermission, SystemPermission } from '../org/schema';
import type { RecordStore } from './store';

/**
 * Permission sets as Salesforce models them: every profile owns one (PermissionSet.IsOwnedByProfile), so a
 * user's access is the union of the sets assigned to them, the profile's included. model/access.ts reads these.
 */
export interface AccessGrant {
  id: string;
  name: string;
  label: string;
  profileId: string | null;
  systemPermissions: ReadonlySet<SystemPermission>;
  /** Custom permissions enabled, by API name. */
  customPermissions: ReadonlySet<string>;
  objectPermissions: Record<string, ObjectPermission>;
  fieldPermissions: Record<string, Record<string, FieldAccess>>;
}

/**
 * The grants that apply to a user: their profile's own permission set first, then the sets their live
 * PermissionSetAssignment rows name (a permission set group's assignment names the group's aggregate set), so
 * assignments created or deleted through the API take effect at once.
 */
export function userGrants(
  state: { permissionSets: ReadonlyMap<string, AccessGrant>; store: RecordStore },
  userId: string,
  profileId: string,
): AccessGrant[] {
  const owned = state.permissionSets.get(`profile:${profileId}`);
  const assigned: AccessGrant[] = [];
  for (const row of state.store.all('PermissionSetAssignment')) {
    if (row.AssigneeId !== userId) continue;
    const grant = state.permissionSets.get(String(row.PermissionSetId));
    if (grant && grant.profileId === null) assigned.push(grant);
  }
  return owned ? [owned, ...assigned] : assigned;
}
