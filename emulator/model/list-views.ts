import type { ListViewDefinition } from '../org/schema-navigation';
import { objectAccess, readableFieldsNamed } from './access';
import type { SObjectField } from './fields';
import { navigationRow } from './navigation-objects';
import type { OrgState, OrgUser } from './org-state';
import { matchesFilter, matchesScope, sortRows } from './record-filters';
import { groupNamesOf, queueId, visibleRecords } from './record-visibility';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/** A list view as the viewer gets it: its definition, its Id (ListView row) and the columns they may read. */
export interface ListViewForUser {
  id: string;
  definition: ListViewDefinition;
}

export const RECENT_LIST_VIEW = 'Recent';

/** The "Recently Viewed" view every object home has; its columns are the name field and the first few fields. */
export function recentView(type: SObjectType): ListViewForUser {
  const columns = [
    type.options.nameField ?? 'Id',
    ...type.fields
      .filter(
        (field) => !field.platformManaged && field.type !== 'id' && field.name !== type.options.nameField,
      )
      .filter((field) => !type.fields.some((other) => other.compoundOf?.includes(field.name)))
      .slice(0, 4)
      .map((field) => field.name),
  ];
  return {
    id: RECENT_LIST_VIEW,
    definition: {
      object: type.name,
      developerName: RECENT_LIST_VIEW,
      label: 'Recently Viewed',
      filterScope: 'Everything',
      filters: [],
      columns,
      // "Recently Viewed" here is every visible record, newest change first (the emulator keeps no view history).
      sort: { field: 'LastModifiedDate', order: 'desc' },
      visibleTo: 'all',
    },
  };
}

/** The views of one object that the viewer may pick: Recently Viewed, then those shared with them. */
export function listViewsFor(state: OrgState, user: OrgUser, type: SObjectType): ListViewForUser[] {
  if (!objectAccess(user, type).read) return [];
  const groups = groupNamesOf(state, user);
  const shared = state.definition.listViews
    .filter((view) => view.object === type.name)
    .filter(
      (view) =>
        view.visibleTo === 'all' ||
        view.visibleTo.profiles.includes(user.profile.name) ||
        view.visibleTo.groups.some((group) => groups.has(group)),
    )
    .flatMap((definition) => {
      const row = navigationRow(state, 'ListView', definition.developerName);
      return row ? [{ id: row.Id, definition }] : [];
    });
  return [recentView(type), ...shared];
}

/** filterName may be a developer name, a ListView Id (15 or 18 characters) or Recent. */
export function findListView(
  views: ListViewForUser[],
  filterName: string | undefined,
): ListViewForUser | undefined {
  if (!filterName) return views[0];
  return views.find(
    (view) =>
      view.definition.developerName === filterName ||
      view.id === filterName ||
      (filterName.length === 15 && view.id.startsWith(filterName)),
  );
}

export function listViewColumns(user: OrgUser, type: SObjectType, view: ListViewDefinition): SObjectField[] {
  return readableFieldsNamed(user, type, view.columns);
}

export function listViewRows(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  view: ListViewDefinition,
): Row[] {
  const queue = view.filterScope === 'Queue' && view.queue ? queueId(state, view.queue) : undefined;
  const rows = visibleRecords(state, user, type).filter((row) => {
    if (view.filterScope === 'Queue') return queue !== undefined && row.OwnerId === queue;
    return matchesScope(row, view.filterScope, user);
  });
  return sortRows(
    type,
    rows.filter((row) => view.filters.every((filter) => matchesFilter(type, row, filter))),
    view.sort,
  );
}
