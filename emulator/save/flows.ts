import { evaluateFormula, FormulaError } from '../../salesforce/formula/evaluate';
import { entryFormula } from '../formula/flow-filters';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import { type FieldValue, type Row, sfDateTime } from '../model/store';
import type { FlowAction, FlowDefinition, FlowValue } from '../org/schema-automation';
import { recipientAddresses } from './email-alerts';
import { flowFieldValue, mergeText } from './flow-values';
import { scopeOf } from './formula-context';
import type { Journal } from './journal';

/** One record's save, as record-triggered flows see it. */
export interface FlowRun {
  state: OrgState;
  user: OrgUser;
  type: SObjectType;
  row: Row;
  /** The record before this save; undefined on create. */
  prior?: Row;
  journal: Journal;
  /** Creates a related record through the one write path (save/dml.ts), in system context. */
  createRecord: (type: SObjectType, values: Record<string, FieldValue>) => Row;
  /** Recomputes what the platform derives (compound names, formula fields) after a flow's field update. */
  derive: (row: Row) => void;
}

/** Before-save flows ("Fast Field Updates"): field updates on the record being saved, nothing else. */
export function runBeforeSaveFlows(run: FlowRun): void {
  for (const flow of triggered(run, 'beforeSave')) {
    for (const action of flow.actions) {
      if ('updateRecord' in action) guarded(flow, () => updateFields(run, action.updateRecord));
    }
    run.derive(run.row);
  }
}

/** After-save flows: update the record, create related records, send email alerts. */
export function runAfterSaveFlows(run: FlowRun): void {
  for (const flow of triggered(run, 'afterSave')) {
    for (const action of flow.actions) guarded(flow, () => runAction(run, flow, action));
  }
}

function triggered(run: FlowRun, trigger: FlowDefinition['trigger']): FlowDefinition[] {
  const isCreate = run.prior === undefined;
  return run.state.definition.flows.filter((flow) => {
    if (!flow.active || flow.trigger !== trigger || flow.object !== run.type.name) return false;
    if (flow.on === 'create' && !isCreate) return false;
    if (flow.on === 'update' && isCreate) return false;
    const condition = entryFormula(flow, (field) => run.type.field(field)?.type);
    if (!condition) return true;
    const meets = guarded(flow, () => conditionHolds(run, condition, run.row));
    if (!meets || isCreate || flow.runOnUpdate === 'everyTime') return meets;
    // "Only when a record is updated to meet the condition requirements".
    return !guarded(flow, () => conditionHolds(run, condition, run.prior as Row));
  });
}

function conditionHolds(run: FlowRun, condition: string, row: Row): boolean {
  const prior = row === run.row ? run.prior : undefined;
  return evaluateFormula(condition, scopeOf(run.state, run.user, run.type, row, prior)) === true;
}

function runAction(run: FlowRun, flow: FlowDefinition, action: FlowAction): void {
  if ('updateRecord' in action) {
    run.journal.changing(run.row);
    updateFields(run, action.updateRecord);
    run.derive(run.row);
    run.row.SystemModstamp = sfDateTime(new Date());
  } else if ('createRecord' in action) {
    const type = run.state.object(action.createRecord.object);
    if (!type) throw new FormulaError('', `No object ${action.createRecord.object}`);
    const scope = scopeOf(run.state, run.user, run.type, run.row, run.prior);
    const values: Record<string, FieldValue> = {};
    for (const [name, value] of Object.entries(action.createRecord.fields)) {
      const field = type.field(name);
      if (!field) throw new FormulaError('', `No field ${name} on ${type.name}`);
      values[field.name] = flowFieldValue(field, value, scope);
    }
    run.createRecord(type, values);
  } else {
    const alert = action.emailAlert;
    const scope = scopeOf(run.state, run.user, run.type, run.row, run.prior);
    const sent = {
      alert: alert.name,
      flow: flow.name,
      relatedToId: run.row.Id,
      to: recipientAddresses(run.state, run.row, alert.recipients),
      subject: mergeText(alert.subject, scope),
      body: mergeText(alert.body, scope),
      sentAt: sfDateTime(new Date()),
    };
    run.state.sentEmails.push(sent);
    run.journal.onUndo(() => {
      const index = run.state.sentEmails.indexOf(sent);
      if (index !== -1) run.state.sentEmails.splice(index, 1);
    });
  }
}

function updateFields(run: FlowRun, fields: Record<string, FlowValue>): void {
  const scope = scopeOf(run.state, run.user, run.type, run.row, run.prior);
  const values: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(fields)) {
    const field = run.type.field(name);
    if (!field) throw new FormulaError('', `No field ${name} on ${run.type.name}`);
    values[field.name] = flowFieldValue(field, value, scope);
  }
  Object.assign(run.row, values);
}

/**
 * A flow that fails stops the save. Code and text as Salesforce reports a failing record-triggered flow
 * (the text after "details." is the emulator's own description of the fault).
 */
function guarded<T>(flow: FlowDefinition, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof FormulaError) && !(error instanceof SalesforceError)) throw error;
    throw new SalesforceError(
      400,
      'CANNOT_EXECUTE_FLOW_TRIGGER',
      `We can't save this record because the “${flow.label ?? flow.name}” process failed. Give your ` +
        `Salesforce admin these details. ${error.message}`,
    );
  }
}
