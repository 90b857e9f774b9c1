import type { SharingModel } from '../org/schema-access';
import { hasPermission, objectAccess } from './access';
import type { OrgState, OrgUser } from './org-state';
import { priceBookVisibility } from './price-book-access';
import { groupIdsOf, subordinateRoleIds, userRoleId } from './roles-groups';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';
import { UntilNextWrite } from './until-next-write';

/**
 * Record-level sharing. Call `recordAccessLevel(state, user, type, row)` or `canSeeRecord(...)` for
 * one record, or `sharingFilter(state, user, type)` once per list (list views, reports, related lists, SOQL).
 * Order, as Salesforce grants access: Modify All Data / object Modify All → All; owner → All; a role above the
 * owner's → All; queue owner and the user a member → Edit; View All Data / object View All → Read; the
 * org-wide default; criteria-based sharing rules. Object permissions cap the result (no edit without Edit).
 */
export type AccessLevel = 'None' | 'Read' | 'Edit' | 'All';
const RANK: Record<AccessLevel, number> = { None: 0, Read: 1, Edit: 2, All: 3 };
const max = (a: AccessLevel, b: AccessLevel): AccessLevel => (RANK[a] >= RANK[b] ? a : b);

/** The org-wide default of an object; objects not listed are Public Read/Write. */
export function sharingModel(state: OrgState, objectName: string): SharingModel {
  return state.definition.sharing.defaults[objectName] ?? 'ReadWrite';
}

export function recordAccessLevel(state: OrgState, user: OrgUser, type: SObjectType, row: Row): AccessLevel {
  return sharingFilter(state, user, type).level(row);
}

export function canSeeRecord(state: OrgState, user: OrgUser, type: SObjectType, row: Row): boolean {
  return recordAccessLevel(state, user, type, row) !== 'None';
}

export interface SharingFilter {
  level(row: Row): AccessLevel;
  visible(row: Row): boolean;
}

/** Precomputes the user's roles and groups once, for filtering many rows of one object. */
export function sharingFilter(state: OrgState, user: OrgUser, type: SObjectType): SharingFilter {
  return keptFilters.get(state, `${user.id}/${type.name}`, () => buildSharingFilter(state, user, type));
}

const keptFilters = new UntilNextWrite<SharingFilter>();

function buildSharingFilter(state: OrgState, user: OrgUser, type: SObjectType): SharingFilter {
  const access = objectAccess(user, type);
  const cap = (level: AccessLevel): AccessLevel => {
    if (!access.read) return 'None';
    if (!access.edit) return level === 'None' ? 'None' : 'Read';
    return level;
  };
  const make = (level: (row: Row) => AccessLevel): SharingFilter => ({
    level: (row) => cap(level(row)),
    visible: (row) => cap(level(row)) !== 'None',
  });
  if (!access.read) return make(() => 'None');
  if (APPROVAL_HISTORY.has(type.name)) return make(approvalHistoryLevel(state, user, type.name));
  if (type.options.system) return make(() => 'Read');
  const parent = type.options.parent;
  const parentType = parent && state.object(parent.object);
  if (parent && parentType) {
    // Controlled by parent: the parent record's access (Opportunity for its products and quotes).
    const parentFilter = sharingFilter(state, user, parentType);
    return make((row) => {
      const parentRow = state.store.get(parentType.name, String(row[parent.field] ?? ''));
      return parentRow ? parentFilter.level(parentRow) : 'None';
    });
  }
  if (type.name === 'Pricebook2' || type.name === 'PricebookEntry') {
    const usable = priceBookVisibility(state, user);
    const full = hasPermission(user, 'ModifyAllData') || access.modifyAll;
    const idOf = (row: Row) => String(type.name === 'Pricebook2' ? row.Id : row.Pricebook2Id);
    return make((row) => (usable(idOf(row)) ? (full ? 'All' : access.edit ? 'Edit' : 'Read') : 'None'));
  }
  if (hasPermission(user, 'ModifyAllData') || access.modifyAll) return make(() => 'All');
  const viewAll = hasPermission(user, 'ViewAllData') || access.viewAll;
  const model = sharingModel(state, type.name);
  const base: AccessLevel = model === 'ReadWrite' ? 'Edit' : model === 'Read' ? 'Read' : 'None';
  const floor = max(base, viewAll ? 'Read' : 'None');
  if (!type.field('OwnerId')) return make(() => max(floor, 'Read'));

  const roleId = userRoleId(state, user.id);
  const below = roleId ? subordinateRoleIds(state, roleId) : new Set<string>();
  const groups = groupIdsOf(state, user);
  const rules = state.definition.sharing.rules
    .filter(
      (rule) =>
        rule.object.toLowerCase() === type.name.toLowerCase() && sharedWith(state, rule.shareWith, groups),
    )
    .map((rule) => ({ access: rule.access, criteria: rule.criteria.map(criterionTest) }));
  return make((row) => {
    const owner = String(row.OwnerId ?? '');
    if (owner === user.id) return 'All';
    const ownerRole = owner.startsWith('005') ? userRoleId(state, owner) : null;
    if (ownerRole && below.has(ownerRole)) return 'All';
    // Unconfirmed level: queue members may work and take records the queue owns (Read/Write here).
    let level = groups.has(owner) ? max(floor, 'Edit') : floor;
    for (const rule of rules) {
      if (RANK[level] >= RANK.Edit) break;
      if (rule.criteria.every((matches) => matches(row))) level = max(level, rule.access);
    }
    return level;
  });
}

// Approval history is readable with the record it is about (unconfirmed: Salesforce's exact rule).
const APPROVAL_HISTORY = new Set(['ProcessInstance', 'ProcessInstanceStep', 'ProcessInstanceWorkitem']);

function approvalHistoryLevel(state: OrgState, user: OrgUser, object: string): (row: Row) => AccessLevel {
  const filters = new Map<string, SharingFilter>();
  return (row) => {
    const instance =
      object === 'ProcessInstance'
        ? row
        : state.store.get('ProcessInstance', String(row.ProcessInstanceId ?? ''));
    const targetId = String(instance?.TargetObjectId ?? '');
    const targetType = state.objectByKeyPrefix(targetId.slice(0, 3));
    const target = targetType && state.store.get(targetType.name, targetId);
    if (!targetType || !target) return 'None';
    let filter = filters.get(targetType.name);
    if (!filter) {
      filter = sharingFilter(state, user, targetType);
      filters.set(targetType.name, filter);
    }
    return filter.visible(target) ? 'Read' : 'None';
  };
}

function sharedWith(
  state: OrgState,
  target: { group: string } | { role: string } | { roleAndSubordinates: string },
  groups: Set<string>,
): boolean {
  const [type, name] =
    'group' in target
      ? ['Regular', target.group]
      : 'role' in target
        ? ['Role', target.role]
        : ['RoleAndSubordinates', target.roleAndSubordinates];
  return state.store
    .all('Group')
    .some(
      (group) =>
        (group.Type === type || (type === 'Regular' && group.Type === 'Queue')) &&
        (group.DeveloperName === name || group.Name === name) &&
        groups.has(group.Id),
    );
}

/** A rule criterion as a test of a row; a text value lists the values it matches, comma-separated. */
function criterionTest(criterion: {
  field: string;
  operator: 'equals' | 'notEqual';
  value: string | number | boolean;
}): (row: Row) => boolean {
  const wanted = (
    typeof criterion.value === 'string' ? criterion.value.split(',').map((v) => v.trim()) : [criterion.value]
  ).map(String);
  return (row) => {
    const found = wanted.includes(String(row[criterion.field] ?? ''));
    return criterion.operator === 'equals' ? found : !found;
  };
}

/** UserRecordAccess rows for the given users and records (both required in the WHERE clause, as in Salesforce). */
export function userRecordAccessRows(state: OrgState, userIds: string[], recordIds: string[]): Row[] {
  const rows: Row[] = [];
  for (const userId of userIds) {
    const user = state.user(userId);
    if (!user) continue;
    for (const recordId of recordIds) {
      const type = state.objectByKeyPrefix(recordId.slice(0, 3));
      const record = type ? state.store.get(type.name, recordId) : undefined;
      const level =
        type && record && record.IsDeleted !== true ? recordAccessLevel(state, user, type, record) : 'None';
      rows.push({
        Id: `${userId}:${recordId}`,
        UserId: userId,
        RecordId: recordId,
        HasReadAccess: RANK[level] >= RANK.Read,
        HasEditAccess: RANK[level] >= RANK.Edit,
        HasDeleteAccess: level === 'All' && (type ? objectAccess(user, type).delete : false),
        HasTransferAccess: level === 'All',
        HasAllAccess: level === 'All',
        MaxAccessLevel: level,
      });
    }
  }
  return rows;
}
