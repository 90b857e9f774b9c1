import type { OrgDefinition } from '../../emulator';

/**
 * Lookups for drifts: each finds one named part of an org definition or throws, so a drift whose target was
 * renamed in the demo org fails loudly instead of changing nothing and passing for the wrong reason.
 */
function named<T>(list: T[], what: string, matches: (item: T) => boolean): T {
  const found = list.find(matches);
  if (!found) throw new Error(`the demo org has no ${what}`);
  return found;
}

export const profile = (org: OrgDefinition, name: string) =>
  named(org.profiles, `profile "${name}"`, (p) => p.name === name);

export const user = (org: OrgDefinition, username: string) =>
  named(org.users, `user ${username}`, (u) => u.username === username);

export const layout = (org: OrgDefinition, name: string) =>
  named(org.layouts, `layout "${name}"`, (l) => l.name === name);

export const role = (org: OrgDefinition, name: string) =>
  named(org.roles, `role "${name}"`, (r) => r.name === name);

export const group = (org: OrgDefinition, developerName: string) =>
  named(org.groups, `group ${developerName}`, (g) => g.developerName === developerName);

export const listView = (org: OrgDefinition, object: string, developerName: string) =>
  named(
    org.listViews,
    `list view ${object} ${developerName}`,
    (v) => v.object === object && v.developerName === developerName,
  );

export const report = (org: OrgDefinition, developerName: string) =>
  named(org.reports, `report ${developerName}`, (r) => r.developerName === developerName);

export const recordType = (org: OrgDefinition, object: string, developerName: string) =>
  named(
    org.objects[object]?.recordTypes ?? [],
    `record type ${object}.${developerName}`,
    (rt) => rt.developerName === developerName,
  );

/** Removes the one item that matches from a list, or throws. */
export function removeOne<T>(list: T[], what: string, matches: (item: T) => boolean): void {
  const index = list.indexOf(named(list, what, matches));
  list.splice(index, 1);
}

/** The field's API name of a layout item, which is a name or `{ field, behavior }`. */
export const itemField = (item: string | { field: string }) => (typeof item === 'string' ? item : item.field);
