import type { OrgDefinition } from '../../emulator';

/** Org-definition changes the access tests make to the demo org (applied to a parsed definition). */

/** A permission set granting read on the sensitive Account.Credit_Limit__c; assigned to nobody. */
export function addFinanceViewer(org: OrgDefinition): void {
  org.permissionSets.push({
    name: 'Finance_Viewer',
    label: 'Finance Viewer',
    systemPermissions: [],
    objectPermissions: {
      Account: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false },
    },
    fieldPermissions: { Account: { Credit_Limit__c: 'read' } },
    tabSettings: {},
    customPermissions: [],
  });
}

export function user(org: OrgDefinition, username: string): OrgDefinition['users'][number] {
  const found = org.users.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`no user ${username} in the demo org`);
  return found;
}

export function profile(org: OrgDefinition, name: string): OrgDefinition['profiles'][number] {
  const found = org.profiles.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile ${name} in the demo org`);
  return found;
}

/** A copy of an existing user under another username (same profile, role, sets and groups). */
export function cloneUser(
  org: OrgDefinition,
  from: string,
  username: string,
  change: Partial<OrgDefinition['users'][number]> = {},
): void {
  org.users.push({ ...structuredClone(user(org, from)), username, ...change });
}
