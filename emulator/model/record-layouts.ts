import type { LayoutDefinition } from '../org/schema';
import type { RelatedListDefinition } from '../org/schema-record-ui';
import { fieldAccess, objectAccess, readableFields, readableFieldsNamed } from './access';
import type { SObjectField } from './fields';
import type { LightningPage } from './lightning-pages';
import type { OrgState, OrgUser } from './org-state';
import { visibleRecords } from './record-visibility';
import { recordAccessLevel } from './sharing';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';
import { UntilNextWrite } from './until-next-write';

/**
 * What one user's record page shows, resolved from page layouts, compact layouts and security:
 * sections of fields (with the layout's behaviour), highlights fields, actions and related lists.
 */
export type LayoutBehavior = 'edit' | 'required' | 'readonly';

export interface ResolvedItem {
  field: SObjectField;
  behavior: LayoutBehavior;
  /** The user may change it here: object edit/create, FLS edit, updateable, not read-only on the layout. */
  editable: boolean;
}

export interface ResolvedSection {
  label: string;
  columns: number;
  items: ResolvedItem[];
}

export type RecordMode = 'view' | 'edit' | 'create';

/** Record type developer name of a row, when the object has record types; else undefined. */
export function recordTypeOf(state: OrgState, row: Row | undefined): string | undefined {
  const id = row?.RecordTypeId;
  if (typeof id !== 'string') return undefined;
  const recordType = state.store.get('RecordType', id);
  return recordType ? String(recordType.DeveloperName ?? '') || undefined : undefined;
}

export function pageLayout(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  recordType?: string,
): LayoutDefinition | undefined {
  return (
    state.layoutFor(user, type.name, recordType) ??
    [...state.layouts.values()].find((candidate) => candidate.object === type.name)
  );
}

/** The viewer's sections of the page layout, fields resolved against their access. Callers only read them. */
export function layoutSections(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  mode: RecordMode,
  recordType?: string,
): ResolvedSection[] {
  return keptSections.get(state, `${user.id}/${type.name}/${mode}/${recordType ?? ''}`, () =>
    resolveSections(user, type, mode, pageLayout(state, user, type, recordType)),
  );
}

/**
 * The sections of a Dynamic Forms page: the same for every viewer the page is activated for, whatever layout their
 * profile is assigned (the Lightning page, not the layout, places the fields), less the fields they may not read.
 * The org default page is made from the object's first layout, as Lightning App Builder's "Upgrade Now" migrates
 * one layout (model/lightning-pages.ts).
 */
export function dynamicFormsSections(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  page: LightningPage,
): ResolvedSection[] {
  return keptSections.get(state, `${user.id}/${type.name}/dynamic-forms/${page.name}`, () =>
    resolveSections(user, type, 'view', page.layout),
  );
}

const keptSections = new UntilNextWrite<ResolvedSection[]>();

function resolveSections(
  user: OrgUser,
  type: SObjectType,
  mode: RecordMode,
  layout: LayoutDefinition | undefined,
): ResolvedSection[] {
  const objectWrite = mode === 'create' ? objectAccess(user, type).create : objectAccess(user, type).edit;
  const writable = (field: SObjectField): boolean =>
    (mode === 'create' ? field.createable : field.updateable) && fieldAccess(user, type, field) === 'edit';
  // A compound name (Lead.Name) is edited through its parts (FirstName, LastName).
  const parts = (field: SObjectField) =>
    (field.compoundOf ?? []).map((name) => type.field(name)).filter((part) => part !== undefined);
  const resolve = (field: SObjectField, behavior: LayoutBehavior): ResolvedItem => ({
    field,
    behavior,
    // The owner changes through "Change Owner", never in the form or inline (Lightning shows it read-only).
    editable:
      objectWrite &&
      behavior !== 'readonly' &&
      field.name !== 'OwnerId' &&
      (field.compoundOf ? parts(field).length > 0 && parts(field).every(writable) : writable(field)),
  });
  if (!layout) {
    return [
      {
        label: 'Information',
        columns: 2,
        items: readableFields(user, type).map((field) => resolve(field, 'edit')),
      },
    ];
  }
  return layout.sections
    .map((section) => ({
      label: section.label,
      columns: section.columns,
      items: section.fields
        .map((entry) => (typeof entry === 'string' ? { field: entry, behavior: 'edit' as const } : entry))
        .flatMap((entry) => {
          const field = type.field(entry.field);
          return field && fieldAccess(user, type, field) !== 'none' ? [resolve(field, entry.behavior)] : [];
        }),
    }))
    .filter((section) => section.items.length > 0);
}

/** Highlights panel fields: the object's compact layout (per record type), without the primary name field. */
export function compactFields(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  recordType?: string,
): SObjectField[] {
  return keptCompactFields.get(state, `${user.id}/${type.name}/${recordType ?? ''}`, () =>
    resolveCompactFields(state, user, type, recordType),
  );
}

const keptCompactFields = new UntilNextWrite<SObjectField[]>();

function resolveCompactFields(
  ...[state, user, type, recordType]: Parameters<typeof compactFields>
): SObjectField[] {
  const candidates = state.definition.compactLayouts.filter((layout) => layout.object === type.name);
  const chosen =
    (recordType && candidates.find((layout) => layout.recordTypes.includes(recordType))) ||
    candidates.find((layout) => layout.recordTypes.length === 0) ||
    candidates[0];
  if (!chosen) return [];
  return readableFieldsNamed(user, type, chosen.fields.slice(1));
}

/**
 * Ribbon actions the layout offers and the user's object permissions allow; given the record, Edit also needs
 * edit access to it (a record shared Read only offers no Edit: observed on Lightning record pages, unconfirmed
 * in Salesforce's documentation).
 */
export function recordActions(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  recordType?: string,
  row?: Row,
): string[] {
  const access = objectAccess(user, type);
  const buttons = pageLayout(state, user, type, recordType)?.buttons ?? ['Edit', 'Delete'];
  const editable = !row || ['Edit', 'All'].includes(recordAccessLevel(state, user, type, row));
  // Submit for Approval and Create PDF show to whoever reads the record; the approval process or the quote
  // templates decide what happens next.
  const allowed: Record<string, boolean> = {
    Edit: access.edit && editable,
    Delete: access.delete,
    New: access.create,
    Submit: access.read,
    CreatePdf: access.read,
  };
  return buttons.filter((button) => allowed[button]);
}

export interface ResolvedRelatedList {
  definition: RelatedListDefinition;
  type: SObjectType;
  label: string;
  columns: SObjectField[];
  rows: Row[];
}

/** Approval History (the ProcessSteps list) is on the page where the viewer's layout places it, on an object with a process. */
export function hasApprovalHistory(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  recordType: string | undefined,
): boolean {
  return (
    pageLayout(state, user, type, recordType)?.approvalHistory === true &&
    state.definition.approvalProcesses.some((process) => process.object === type.name)
  );
}

/**
 * The name a related list goes by in its View All address, /lightning/r/{Object}/{Id}/related/{name}/view: the
 * child relationship's name (Contacts, Opportunities), here its label without spaces.
 */
export function relationshipName(list: ResolvedRelatedList): string {
  return (list.definition.label ?? list.type.labelPlural).replace(/\W+/g, '');
}

/** Related lists on the layout whose child object the user can read, with their child rows. */
export function relatedLists(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  recordType?: string,
): ResolvedRelatedList[] {
  const layout = pageLayout(state, user, type, recordType);
  return (layout?.relatedLists ?? []).flatMap((definition) => {
    const child = state.object(definition.object);
    if (!child || !objectAccess(user, child).read) return [];
    const nameField = child.field(child.options.nameField ?? 'Name');
    const columns = readableFieldsNamed(
      user,
      child,
      definition.columns.length > 0 ? definition.columns : [nameField?.name ?? 'Id'],
    );
    const rows = visibleRecords(state, user, child).filter(
      (candidate) => candidate.IsDeleted !== true && candidate[definition.field] === row.Id,
    );
    return [{ definition, type: child, label: definition.label ?? child.labelPlural, columns, rows }];
  });
}
