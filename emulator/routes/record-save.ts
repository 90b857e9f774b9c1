import { SalesforceError } from '../api/errors';
import { missingRequired, valuesToWrite } from '../api/record-values';
import type { OrgState, OrgUser } from '../model/org-state';
import { layoutSections, recordTypeOf } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { FieldValue, Row } from '../model/store';
import { deleteRecord, insertRecord, updateRecord } from '../save/dml';
import { Journal } from '../save/journal';
import { copyOpportunityProducts } from '../save/quote-from-opportunity';

/**
 * Saves from the record UI (modal, inline edit) as the session's user, through save/dml.ts. Layout
 * "required" is a UI rule (the API ignores it), so it is checked here; everything else comes from dml.ts.
 * The answer is what the page script shows: page-level messages and messages per field.
 */
export interface UiSaveResult {
  success: boolean;
  id?: string;
  name?: string;
  pageErrors: string[];
  fieldErrors: Record<string, string>;
}

export function saveFromUi(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  existing: Row | undefined,
  body: unknown,
  options: { autoAssign?: boolean } = {},
): UiSaveResult {
  const mode = existing ? 'update' : 'create';
  const values =
    body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  try {
    const missing = layoutRequiredMissing(state, user, type, existing, values);
    if (missing.length > 0) throw new SalesforceError(400, 'REQUIRED_FIELD_MISSING', '', missing);
    const checked = valuesToWrite(state, user, type, values, mode);
    // The UI runs assignment rules only when its checkbox asks (unlike REST, whose default is TRUE).
    const journal = new Journal(state.store);
    const context = { user, autoAssign: options.autoAssign === true, journal };
    let row: Row;
    try {
      if (existing) {
        updateRecord(state, type, existing, checked, context);
        row = existing;
      } else {
        row = insertRecord(state, type, checked, context);
        if (type.name === 'Quote') copyOpportunityProducts(state, row, context);
      }
    } catch (error) {
      journal.undo();
      throw error;
    }
    return { success: true, id: row.Id, name: recordName(type, row), pageErrors: [], fieldErrors: {} };
  } catch (error) {
    if (!(error instanceof SalesforceError)) throw error;
    return { success: false, ...uiErrors(type, error) };
  }
}

export function deleteFromUi(state: OrgState, user: OrgUser, type: SObjectType, row: Row): UiSaveResult {
  try {
    deleteRecord(state, type, row, { user });
    return { success: true, id: row.Id, name: recordName(type, row), pageErrors: [], fieldErrors: {} };
  } catch (error) {
    if (!(error instanceof SalesforceError)) throw error;
    return { success: false, ...uiErrors(type, error) };
  }
}

export function recordName(type: SObjectType, row: Row): string {
  return String(row[type.options.nameField ?? 'Name'] ?? row.Id);
}

function layoutRequiredMissing(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  existing: Row | undefined,
  values: Record<string, unknown>,
): string[] {
  // Like Lightning's client-side check: layout-required and field-required together, in field order.
  const sections = layoutSections(
    state,
    user,
    type,
    existing ? 'edit' : 'create',
    recordTypeOf(state, existing),
  );
  const layoutRequired = new Set(
    sections
      .flatMap((section) => section.items)
      .filter((item) => item.behavior === 'required' && item.editable && !item.field.compoundOf)
      .map((item) => item.field.name),
  );
  const merged = { ...(existing ?? {}), ...values } as Record<string, FieldValue>;
  const fieldRequired = new Set(missingRequired(type, merged).filter((name) => name in values || existing));
  return type.fields
    .map((field) => field.name)
    .filter((name) => {
      if (!layoutRequired.has(name) && !fieldRequired.has(name)) return false;
      const value = merged[name];
      return value === null || value === undefined || value === '';
    });
}

/** Where Lightning shows each error: required fields in one page message, field errors under their field. */
export function uiErrors(
  type: SObjectType,
  error: SalesforceError,
): Pick<UiSaveResult, 'pageErrors' | 'fieldErrors'> {
  const label = (name: string) => type.field(name)?.label ?? name;
  const pageErrors: string[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const each of error.errors()) {
    const fields = each.fields ?? [];
    if (each.errorCode === 'REQUIRED_FIELD_MISSING') {
      pageErrors.push(`These required fields must be completed: ${fields.map(label).join(', ')}`);
      for (const name of fields) fieldErrors[name] = 'Complete this field.';
    } else if (each.errorCode === 'FIELD_CUSTOM_VALIDATION_EXCEPTION' && fields.length > 0) {
      for (const name of fields) fieldErrors[name] = each.message;
    } else pageErrors.push(each.message);
  }
  return { pageErrors, fieldErrors };
}
