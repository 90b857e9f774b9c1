import { missingRequired, requiredFieldMissing } from '../api/record-values';
import { objectAccess } from '../model/access';
import { assignAutoNumbers } from '../model/auto-numbers';
import type { OrgState, OrgUser } from '../model/org-state';
import { applyRecordType, checkPicklistSubsets } from '../model/record-types';
import { SalesforceError } from '../model/salesforce-error';
import { computeCompoundFields } from '../model/seed';
import { recordAccessLevel } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import { createdStamp, type FieldValue, type Row, sfDateTime } from '../model/store';
import { reassignWorkitem } from './approval-reassign';
import { runAssignmentRules } from './assignment-rules';
import { type FlowRun, runAfterSaveFlows, runBeforeSaveFlows } from './flows';
import { computeFormulaFields } from './formula-fields';
import { Journal } from './journal';
import {
  lineItemChildren,
  prepareLineItem,
  prepareLineItemParent,
  rollUpLineItems,
  syncQuote,
} from './line-items';
import { assignPermissionSet, unassignPermissionSet } from './permission-set-assignments';
import { preparePriceBookEntry } from './price-book-entries';
import { checkNotLocked } from './record-locks';
import { insufficientAccess, readOnlyPlatformObject } from './save-errors';
import { runValidationRules } from './validation-rules';

/**
 * Every insert, update and delete, from the API and the UI alike, goes through here as the running user,
 * in Salesforce's order of execution: record type and picklist checks, before-save flows, required fields
 * and validation rules, save, assignment rules, after-save flows. A failure at any step undoes the whole
 * save, automation included. `values` are already checked against the user's field-level security
 * (api/record-values.ts).
 */
export interface DmlContext {
  user: OrgUser;
  /** Lead/case assignment rules asked for (Sforce-Auto-Assign, or the UI's checkbox). */
  autoAssign?: boolean;
  /** Automation creating records runs in system context: no object permission or sharing checks. */
  system?: boolean;
  /** Collects what the save changed, for a caller that may have to undo it (allOrNone collections). */
  journal?: Journal;
}

// Records created by flows save through here too (OrgState.automationDepth counts the nesting).
const MAX_AUTOMATION_DEPTH = 5;

export function insertRecord(
  state: OrgState,
  type: SObjectType,
  values: Record<string, FieldValue>,
  context: DmlContext,
): Row {
  if (type.name === 'PermissionSetAssignment') return assignPermissionSet(state, values, context.user);
  if (type.options.system) throw readOnlyPlatformObject(type, 'inserted');
  if (!context.system && !objectAccess(context.user, type).create) throw insufficientAccess();
  const created = new Date();
  const now = sfDateTime(created);
  const row: Row = { Id: state.ids.next(type.keyPrefix) };
  for (const field of type.fields) {
    if (field.defaultValue !== undefined) row[field.name] = field.defaultValue;
  }
  if (type.field('OwnerId')) row.OwnerId = context.user.id;
  assignAutoNumbers(state, type, row, created);
  Object.assign(row, values, {
    IsDeleted: false,
    ...createdStamp(context.user.id, now),
  });
  applyRecordType(state, context.user, type, row, values.RecordTypeId);
  // A line item added to a locked opportunity or quote changes it: refused like an edit.
  if (!context.system && type.options.parent) checkNotLocked(state, context.user, type, row);
  return save(state, type, row, undefined, values, context);
}

export function updateRecord(
  state: OrgState,
  type: SObjectType,
  row: Row,
  values: Record<string, FieldValue>,
  context: DmlContext,
): void {
  if (type.name === 'ProcessInstanceWorkitem' && 'ActorId' in values) {
    reassignWorkitem(state, context.user, row, values.ActorId);
    return;
  }
  if (type.options.system) throw readOnlyPlatformObject(type, 'updated');
  if (!context.system) {
    if (!objectAccess(context.user, type).edit) throw insufficientAccess();
    // Sharing: Read/Write (sharing rule, queue, org-wide default), owner, role above, Modify All.
    const level = recordAccessLevel(state, context.user, type, row);
    if (level !== 'Edit' && level !== 'All') throw insufficientAccess();
    checkNotLocked(state, context.user, type, row);
  }
  const now = sfDateTime(new Date());
  const next: Row = { ...row, ...values, LastModifiedDate: now, LastModifiedById: context.user.id };
  next.SystemModstamp = now;
  if (values.RecordTypeId !== undefined)
    applyRecordType(state, context.user, type, next, values.RecordTypeId);
  save(state, type, next, row, values, context);
}

/** The order of execution for one record; `stored` is the row in the store on update. */
function save(
  state: OrgState,
  type: SObjectType,
  row: Row,
  stored: Row | undefined,
  written: Record<string, FieldValue>,
  context: DmlContext,
): Row {
  if (state.automationDepth >= MAX_AUTOMATION_DEPTH) {
    // Unconfirmed wording; Salesforce stops runaway recursion with a limit exception.
    throw new SalesforceError(400, 'UNKNOWN_EXCEPTION', 'Maximum automation depth exceeded');
  }
  const prior = stored ? { ...stored } : undefined;
  const journal = new Journal(state.store);
  state.store.touch();
  const derive = (target: Row) => {
    computeCompoundFields(state, type.name, target);
    computeFormulaFields(state, context.user, type, target);
  };
  checkPicklistSubsets(state, type, row, written);
  prepareLineItem(state, context.user, type, row, prior, written, context.system === true);
  prepareLineItemParent(state, type, row, prior);
  preparePriceBookEntry(state, type, row, prior);
  derive(row);
  state.automationDepth++;
  try {
    runBeforeSaveFlows(flowRun(state, type, row, prior, context, journal, derive));
    const missing = missingRequired(type, row);
    if (missing.length > 0) throw requiredFieldMissing(missing);
    runValidationRules(state, context.user, type, row, prior);

    let saved = row;
    if (stored) {
      journal.changing(stored);
      Object.assign(stored, row);
      saved = stored;
    } else {
      state.store.insert(type.name, row);
      journal.inserted(type.name, row.Id);
    }

    rollUp(state, context.user, type, saved, prior, journal);
    if (context.autoAssign && (type.name === 'Lead' || type.name === 'Case')) {
      runAssignmentRules(state, context.user, type, saved, prior, journal);
      derive(saved);
    }
    runAfterSaveFlows(flowRun(state, type, saved, prior, context, journal, derive));
    context.journal?.onUndo(() => journal.undo());
    return saved;
  } catch (error) {
    journal.undo();
    throw error;
  } finally {
    state.automationDepth--;
  }
}

/** Opportunity Amount and quote totals from line items; a newly synced quote's lines to its opportunity. */
function rollUp(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  saved: Row,
  prior: Row | undefined,
  journal: Journal,
) {
  let opportunity = rollUpLineItems(state, type, saved, journal);
  if (type.name === 'Opportunity' && saved.SyncedQuoteId && saved.SyncedQuoteId !== prior?.SyncedQuoteId) {
    const quote = state.store.get('Quote', String(saved.SyncedQuoteId));
    if (quote) opportunity = syncQuote(state, quote, journal);
  }
  if (type.name === 'Opportunity' && !saved.SyncedQuoteId && prior?.SyncedQuoteId) {
    const quote = state.store.get('Quote', String(prior.SyncedQuoteId));
    if (quote) {
      journal.changing(quote);
      quote.IsSyncing = false;
    }
  }
  const opportunityType = state.object('Opportunity');
  if (opportunity && opportunityType) {
    computeFormulaFields(state, user, opportunityType, opportunity);
    state.store.touch();
  }
}

function flowRun(
  state: OrgState,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
  context: DmlContext,
  journal: Journal,
  derive: (row: Row) => void,
): FlowRun {
  return {
    state,
    user: context.user,
    type,
    row,
    prior,
    journal,
    derive,
    createRecord: (target, values) =>
      insertRecord(state, target, values, { user: context.user, system: true, journal }),
  };
}

export function deleteRecord(state: OrgState, type: SObjectType, row: Row, context: DmlContext): void {
  if (type.name === 'PermissionSetAssignment') {
    unassignPermissionSet(state, row, context.user);
    return;
  }
  if (type.options.system) throw readOnlyPlatformObject(type, 'deleted');
  if (!objectAccess(context.user, type).delete) throw insufficientAccess();
  // Deleting takes full access: the owner, someone above them in the role hierarchy, or Modify All.
  // Line items need edit access to their parent (controlled by parent, no owner of their own).
  const needed = type.options.parent ? ['Edit', 'All'] : ['All'];
  if (!needed.includes(recordAccessLevel(state, context.user, type, row))) throw insufficientAccess();
  checkNotLocked(state, context.user, type, row);
  state.store.touch();
  const now = sfDateTime(new Date());
  const deleted = {
    IsDeleted: true,
    LastModifiedDate: now,
    LastModifiedById: context.user.id,
    SystemModstamp: now,
  };
  context.journal?.changing(row);
  Object.assign(row, deleted);
  const journal = new Journal(state.store);
  const opportunity = rollUpLineItems(state, type, row, journal);
  const opportunityType = state.object('Opportunity');
  if (opportunity && opportunityType) computeFormulaFields(state, context.user, opportunityType, opportunity);
  context.journal?.onUndo(() => journal.undo());
  // Deleting a record deletes its activities with it.
  for (const task of type.name === 'Task' ? [] : state.store.live('Task')) {
    if (task.WhoId !== row.Id && task.WhatId !== row.Id) continue;
    context.journal?.changing(task);
    Object.assign(task, deleted);
  }
  // Detail records go with their master: an opportunity's products and quotes, a quote's line items.
  for (const child of lineItemChildren(state, type.name, row.Id)) {
    context.journal?.changing(child);
    Object.assign(child, deleted);
  }
}
