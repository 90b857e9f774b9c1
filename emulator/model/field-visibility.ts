import {
  DESKTOP_CLIENT,
  permissionOf,
  recordFieldOf,
  ruleHolds,
  userFieldOf,
  type VisibilityRule,
} from '../../salesforce/visibility-rules';
import { userGrants } from './access-grants';
import type { OrgState, OrgUser } from './org-state';
import type { Row } from './store';

type Criteria = OrgState['definition']['recordUi']['fieldVisibility'][number]['criteria'];

/** The visibility rule a Dynamic Forms page gives a field (`recordUi.fieldVisibility`), in the metadata's terms. */
export function fieldVisibilityRule(
  state: OrgState,
  object: string,
  field: string,
): VisibilityRule | undefined {
  const entry = state.definition.recordUi.fieldVisibility.find(
    (candidate) => candidate.object === object && candidate.field === field,
  );
  return entry && metadataRule(entry.criteria);
}

/** The visibility rule a Dynamic Forms page gives a field section (`recordUi.sectionVisibility`), by its label. */
export function sectionVisibilityRule(
  state: OrgState,
  object: string,
  section: string,
): VisibilityRule | undefined {
  const entry = state.definition.recordUi.sectionVisibility.find(
    (candidate) => candidate.object === object && candidate.section === section,
  );
  return entry && metadataRule(entry.criteria);
}

// A criterion reads the record's field, the viewing user's (`$User.Profile.Name`), their permission
// (`$Permission.CustomPermission.Approve_Discounts`) or the device (`$Client.FormFactor`), as App Builder writes them.
function metadataRule(criteria: Criteria): VisibilityRule {
  return {
    criteria: criteria.map(({ field, operator, value }) => ({
      leftValue: field.startsWith('$') ? `{!${field}}` : `{!Record.${field}}`,
      operator,
      rightValue: value,
    })),
  };
}

/** Whether a rule, if any, lets the Dynamic Forms page show its component for this record to this viewer. */
export function shownFor(
  state: OrgState,
  viewer: OrgUser,
  object: string,
  row: Row,
  rule: VisibilityRule | undefined,
): boolean {
  if (!rule) return true;
  const read = <T>(of: (leftValue: string) => string | undefined, value: (path: string) => T) =>
    Object.fromEntries(
      rule.criteria.flatMap(({ leftValue }) => {
        const path = of(leftValue);
        return path ? [[path, value(path)]] : [];
      }),
    );
  return (
    ruleHolds(rule, {
      record: read(recordFieldOf, (path) => valueAt(state, object, row, path)),
      user: read(userFieldOf, (path) => valueAt(state, 'User', state.store.get('User', viewer.id), path)),
      permission: read(permissionOf, (path) => holdsPermission(state, viewer, path)),
      client: DESKTOP_CLIENT,
    }) === true
  );
}

/** Whether the viewer's profile or a permission set assigned to them enables a permission (CustomPermission.X). */
function holdsPermission(state: OrgState, viewer: OrgUser, path: string): boolean {
  const [kind, name] = path.split('.');
  return userGrants(state, viewer.id, viewer.profile.id).some((grant) =>
    kind === 'CustomPermission'
      ? grant.customPermissions.has(name)
      : (grant.systemPermissions as ReadonlySet<string>).has(name),
  );
}

/** A row's value at a path of fields and lookups (Profile.Name on a User: the user's profile's name). */
function valueAt(state: OrgState, object: string, start: Row | undefined, path: string): unknown {
  let type = state.object(object);
  let row = start;
  const parts = path.split('.');
  for (const relationship of parts.slice(0, -1)) {
    const lookup = type?.relationship(relationship);
    const target = lookup?.referenceTo?.[0];
    const id = lookup && row?.[lookup.name];
    type = target ? state.object(target) : undefined;
    row = target && typeof id === 'string' ? state.store.get(target, id) : undefined;
  }
  const field = type?.field(parts[parts.length - 1]);
  return field && row?.[field.name];
}
