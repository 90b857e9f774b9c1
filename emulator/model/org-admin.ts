import { hasPermission } from './access';
import type { OrgState, OrgUser } from './org-state';

/** The administrator the emulator signs runs in as: active, Manage Users and Modify All Data, a demo password. */
export function emulatorAdmin(state: OrgState): OrgUser {
  const admin = state
    .users()
    .find(
      (user) =>
        user.active &&
        hasPermission(user, 'ManageUsers') &&
        hasPermission(user, 'ModifyAllData') &&
        state.passwords.has(user.id),
    );
  if (!admin) {
    throw new Error(
      'The org definition needs an active user with Manage Users, Modify All Data and a password (the admin).',
    );
  }
  return admin;
}
