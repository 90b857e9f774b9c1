import {
  type DynamicFormsPage,
  fieldPlacement,
  fieldSectionLabels,
  readDynamicFormsPages,
  sectionPlacement,
} from '../../fixtures/dynamic-forms-pages';
import { assignedPage, readPageAssignments } from '../../fixtures/lightning-page-assignments';
import type { OrgConnection } from '../../fixtures/org-connection';
import { soqlString } from '../../fixtures/persona-capability';
import { grantedBy } from '../../fixtures/persona-grants';
import { type PermissionHeld, personaPermissions } from '../../fixtures/persona-permissions';
import { AppNav } from '../../pages/app-nav';
import { profileFullName } from '../../salesforce/profile-full-names';
import {
  clientFieldOf,
  DESKTOP_CLIENT,
  permissionOf,
  recordFieldOf,
  ruleHolds,
  ruleText,
  userFieldOf,
  type VisibilityRule,
} from '../../salesforce/visibility-rules';
import type { StepContext } from './context';

/**
 * Why a Dynamic Forms page does not show a field the persona may read, from the org's Lightning pages of the object
 * (read as the admin): none places it, or a visibility rule of the field or of a component around it does not hold
 * (the opened record's values, the persona's user's and permissions, read as the admin), or — placed and no rule
 * against it — it did not render.
 * Of several pages, the one the persona gets is read from the pages' activations (their app, record type and
 * profile); when that cannot be told, each is described. Undefined when the org does not say (no Tooling access,
 * no such page, no record open).
 */
export function dynamicFormsReason(
  context: StepContext,
  sobject: string,
  field: string,
): Promise<string | undefined> {
  return fromLightningPages(context, sobject, {
    placement: (page) => fieldPlacement(page, field),
    notPlaced: (pages) => {
      const names = pages.map((page) => `"${page.name}"`).join(', ');
      return (
        `the Lightning page${pages.length > 1 ? 's' : ''} ${names} ${pages.length > 1 ? 'do' : 'does'} not place ` +
        'it (Dynamic Forms: the Lightning page places the fields, not the page layout)'
      );
    },
    notRendered: (page, theirs) =>
      `yet the page did not render it${theirs ? '' : ` (if "${page}" is the page the persona's app and profile get)`}`,
  });
}

/**
 * Why a Dynamic Forms page does not show a field section, the same way: no page has a section so labelled (their
 * sections listed), or a visibility rule of the section or of a component around it does not hold for the opened
 * record, or — placed and no rule against it — the page left it out, as it does a section with no field to show.
 */
export function dynamicFormsSectionReason(
  context: StepContext,
  sobject: string,
  label: string,
): Promise<string | undefined> {
  return fromLightningPages(context, sobject, {
    placement: (page) => sectionPlacement(page, label),
    notPlaced: (pages) =>
      pages
        .map((page) => {
          const labels = fieldSectionLabels(page).map((name) => `"${name}"`);
          return `the Lightning page "${page.name}" has no field section "${label}" (its sections: ${labels.join(', ') || 'none'})`;
        })
        .join('; '),
    notRendered: (page, theirs) =>
      'yet the page left it out: it shows a field section only with a field the persona may read' +
      (theirs ? '' : ` (if "${page}" is the page the persona's app and profile get)`),
  });
}

interface Explanation {
  /** The rules a page puts on the component; undefined when the page does not place it. */
  placement: (page: DynamicFormsPage) => VisibilityRule[] | undefined;
  notPlaced: (pages: DynamicFormsPage[]) => string;
  /** `theirs`: the page is known to be the one the persona gets. */
  notRendered: (page: string, theirs: boolean) => string;
}

async function fromLightningPages(
  context: StepContext,
  sobject: string,
  { placement, notPlaced, notRendered }: Explanation,
): Promise<string | undefined> {
  const { org, openRecord } = context;
  if (!org || !openRecord) return undefined;
  const read = await oncePerRecord(openRecord, 'pages', () => readDynamicFormsPages(org, sobject));
  if (!read.known || read.pages.length === 0) return undefined;
  const theirs =
    read.pages.length > 1
      ? await oncePerRecord(openRecord, 'assigned', () => pageTheyGet(context, org, sobject))
      : undefined;
  const assigned = read.pages.filter((page) => page.name === theirs?.page);
  // An assignment to a page that is not built with Dynamic Forms contradicts the page seen: each is described.
  const pages = assigned.length > 0 ? assigned : read.pages;
  const why =
    assigned.length > 0 && theirs ? ` ("${theirs.page}" is the page the persona gets: ${theirs.as})` : '';
  const placed = pages.flatMap((page) => {
    const rules = placement(page);
    return rules ? [{ page: page.name, rules }] : [];
  });
  if (placed.length === 0) return notPlaced(pages) + why;
  const values = await valuesRead(
    context,
    sobject,
    openRecord.record.id,
    placed.flatMap(({ rules }) => rules),
  );
  const notRenderedHere = (page: string) => notRendered(page, why !== '');
  return placed.map(({ page, rules }) => pageReason(page, rules, values, notRenderedHere)).join('; ') + why;
}

// One reading of the org per opened record, however many of its fields a check explains.
const readOnce = new WeakMap<object, Map<string, Promise<unknown>>>();
function oncePerRecord<T>(openRecord: object, what: string, read: () => Promise<T>): Promise<T> {
  const reads = readOnce.get(openRecord) ?? new Map<string, Promise<unknown>>();
  readOnce.set(openRecord, reads);
  const found = reads.get(what) ?? read();
  reads.set(what, found);
  return found as Promise<T>;
}

/**
 * The Lightning page the persona gets for the opened record, from the object's page activations: the app the
 * navigation bar names, the persona's profile and the record's record type. Undefined when that cannot be told.
 */
async function pageTheyGet(
  context: StepContext,
  org: OrgConnection,
  sobject: string,
): Promise<{ page: string; as: string } | undefined> {
  const recordId = context.openRecord?.record.id ?? '';
  const [assignments, profile, recordType, app] = await Promise.all([
    readPageAssignments(org, sobject),
    rowValues(context, 'User', context.persona.user.id, ['Profile.Name']),
    rowValues(context, sobject, recordId, ['RecordType.DeveloperName']),
    new AppNav(context.page).currentApp().catch(() => undefined),
  ]);
  const profileName = profile?.['Profile.Name'];
  if (!assignments || typeof profileName !== 'string') return undefined;
  const developerName = recordType?.['RecordType.DeveloperName'];
  return assignedPage(assignments, sobject, {
    app,
    profile: profileFullName(profileName),
    recordType: typeof developerName === 'string' ? developerName : undefined,
  });
}

function pageReason(
  page: string,
  rules: VisibilityRule[],
  values: RuleValues,
  notRendered: (page: string) => string,
): string {
  for (const rule of rules) {
    const holds = values.record
      ? ruleHolds(rule, {
          record: values.record,
          user: values.user,
          permission:
            values.permission &&
            Object.fromEntries(Object.entries(values.permission).map(([path, { held }]) => [path, held])),
          client: DESKTOP_CLIENT,
        })
      : undefined;
    if (holds === false) {
      const { record, user, permission, client } = readBy([rule]);
      const seen = [
        ...record.map((name) => `the record's ${name} is ${shown(values.record?.[name])}`),
        ...user.map((path) => `the persona's ${path} is ${shown(values.user?.[path])}`),
        ...permission.flatMap((path) => {
          const held = values.permission?.[path];
          return held ? [permissionSeen(path, held)] : [];
        }),
        ...client.map(
          (path) => `this run's ${path} is "${DESKTOP_CLIENT[path]}" (Lightning Experience on a desktop)`,
        ),
      ];
      return `the Lightning page "${page}" shows it only when ${ruleText(rule)} (a component visibility rule), and ${seen.join(', ')}`;
    }
    if (holds === undefined) {
      return `the Lightning page "${page}" shows it only when ${ruleText(rule)} (a component visibility rule, not evaluated here)`;
    }
  }
  return (
    `the Lightning page "${page}" places it and ${rules.length > 0 ? 'its visibility rules hold for this record' : 'gives it no visibility rule'}, ` +
    notRendered(page)
  );
}

/**
 * What the rules read: the record's values and the persona's, by field or path, and the persona's permissions;
 * undefined where the org does not answer.
 */
interface RuleValues {
  record?: Record<string, unknown>;
  user?: Record<string, unknown>;
  permission?: Record<string, PermissionHeld>;
}

// "the persona lacks the custom permission "Adjust_Credit" (enabled only by permission set "Credit Desk", which is not theirs)"
function permissionSeen(path: string, { held, theirs, enabledBy }: PermissionHeld): string {
  const [kind, name] = path.split('.');
  const what = `the ${kind === 'CustomPermission' ? 'custom' : 'standard'} permission "${name}"`;
  if (held) return `the persona has ${what} (from ${grantedBy(theirs)})`;
  if (kind === 'StandardPermission')
    return `the persona lacks ${what} (neither their profile nor their permission sets enable it)`;
  return enabledBy.length > 0
    ? `the persona lacks ${what} (enabled only by ${enabledBy.join(', ')}, which ${enabledBy.length > 1 ? 'are' : 'is'} not theirs)`
    : `the persona lacks ${what} (no profile or permission set in the org enables it)`;
}

/**
 * The values the rules read, as the admin: the record's fields, the persona's user fields (Profile.Name…) and
 * permissions.
 */
async function valuesRead(
  context: StepContext,
  sobject: string,
  id: string,
  rules: VisibilityRule[],
): Promise<RuleValues> {
  const { record, user, permission } = readBy(rules);
  const [recordValues, userValues, permissions] = await Promise.all([
    record.length > 0 ? rowValues(context, sobject, id, record) : {},
    user.length > 0 ? rowValues(context, 'User', context.persona.user.id, user) : {},
    permission.length > 0 && context.org
      ? personaPermissions(context.org, context.persona.user.id, permission)
      : {},
  ]);
  return { record: recordValues, user: userValues, permission: permissions };
}

/** One row's values of fields or relationship paths (Profile.Name); undefined when the org does not answer. */
async function rowValues(
  context: StepContext,
  sobject: string,
  id: string,
  paths: string[],
): Promise<Record<string, unknown> | undefined> {
  if (!context.org) return undefined;
  try {
    const result = await context.org.conn.query<Record<string, unknown>>(
      `SELECT ${paths.join(', ')} FROM ${sobject} WHERE Id = ${soqlString(id)}`,
    );
    const row = result.records[0];
    return row ? Object.fromEntries(paths.map((path) => [path, valueAt(row, path)])) : undefined;
  } catch {
    return undefined;
  }
}

// The API spells fields and relationships as the org does; the rules may not.
function valueAt(row: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, name) => {
    if (value === null || typeof value !== 'object') return undefined;
    return Object.entries(value).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  }, row);
}

function readBy(rules: VisibilityRule[]): {
  record: string[];
  user: string[];
  permission: string[];
  client: string[];
} {
  const criteria = rules.flatMap((rule) => rule.criteria.map((criterion) => criterion.leftValue));
  const distinct = (names: (string | undefined)[]) => [
    ...new Set(names.filter((name): name is string => name !== undefined)),
  ];
  return {
    record: distinct(criteria.map(recordFieldOf)),
    user: distinct(criteria.map(userFieldOf)),
    permission: distinct(criteria.map(permissionOf)),
    client: distinct(criteria.map(clientFieldOf)),
  };
}

const shown = (value: unknown) =>
  value === null || value === undefined || value === '' ? 'blank' : `"${String(value)}"`;
