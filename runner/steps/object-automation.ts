import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { assignmentRuleOnRecord } from './assignment-rule-trace';
import {
  type EntryCondition,
  entryConditionOf,
  entryConditionVerdict,
  entryConditionWords,
  type FlowStart,
  type FlowValue,
  formulaVerdict,
  valueWords,
} from './flow-entry-conditions';
import { setByStage } from './stage-defaults';

/**
 * The record-triggered flows of an object, read as the admin through the Metadata API (Flow: `start.object`,
 * `start.triggerType`, `status`, and what its record updates and creates write), for failures about a value
 * or a record automation should have set. Reading a flow by name gives its latest version, whose status may be
 * Draft while an older version is active (unconfirmed how often orgs keep such drafts): the phrase says
 * "its latest version".
 */
export interface RecordTriggeredFlow {
  name: string;
  label: string;
  active: boolean;
  status: string;
  trigger: string;
  /** Fields of the triggering record its updates write, each with the value written, as words. */
  setsFields: { field: string; value: string }[];
  /** Objects it creates records of. */
  creates: string[];
  /** Its entry conditions; undefined when it runs on every save. */
  entry: EntryCondition;
}

type Assignment = { field?: string; value?: FlowValue };
interface FlowRecord {
  fullName: string;
  label?: string;
  status?: string;
  formulas?: { name?: string; expression?: string }[] | object;
  start?: FlowStart & {
    object?: string;
    triggerType?: string;
    recordTriggerType?: string;
    doesRequireRecordChangedToMeetCriteria?: boolean | string;
  };
  recordUpdates?: { inputReference?: string; inputAssignments?: Assignment | Assignment[] }[] | object;
  recordCreates?: { object?: string }[] | object;
}

const TRIGGERS: Record<string, string> = {
  RecordBeforeSave: 'before save',
  RecordAfterSave: 'after save',
  RecordBeforeDelete: 'before delete',
};

export async function recordTriggeredFlows(
  org: OrgConnection,
  sobject: string,
): Promise<RecordTriggeredFlow[]> {
  const listed = await org.conn.metadata.list([{ type: 'Flow' }]);
  const names = [listed].flat().map((item) => item.fullName);
  const flows: RecordTriggeredFlow[] = [];
  for (let start = 0; start < names.length; start += 10) {
    const read = await org.conn.metadata.read('Flow', names.slice(start, start + 10));
    for (const flow of [read].flat() as unknown as FlowRecord[]) {
      if (flow.start?.object !== sobject || !flow.start.triggerType) continue;
      const updates = [flow.recordUpdates ?? []].flat() as {
        inputReference?: string;
        inputAssignments?: Assignment | Assignment[];
      }[];
      flows.push({
        name: flow.fullName,
        label: flow.label ?? flow.fullName,
        active: flow.status === 'Active',
        status: flow.status ?? 'unknown',
        trigger: `${TRIGGERS[flow.start.triggerType] ?? flow.start.triggerType}${whenItRuns(flow.start)}`,
        setsFields: updates
          .filter((update) => update.inputReference === '$Record')
          .flatMap((update) => [update.inputAssignments ?? []].flat())
          .filter((each) => each.field)
          .map((each) => ({ field: each.field ?? '', value: writtenValue(each.value, flow) })),
        creates: ([flow.recordCreates ?? []].flat() as { object?: string }[]).map(
          (each) => each.object ?? '',
        ),
        entry: entryConditionOf(flow.start),
      });
    }
  }
  return flows;
}

/** `"Hot"`, `80`, `no value`, or a formula element's expression (`the formula IF(…)`). */
function writtenValue(value: FlowValue | undefined, flow: FlowRecord): string {
  const reference = value?.elementReference;
  const formula = reference
    ? ([flow.formulas ?? []].flat() as { name?: string; expression?: string }[]).find(
        (each) => each.name === reference,
      )
    : undefined;
  if (formula?.expression) return `the formula ${formula.expression}`;
  return valueWords(value);
}

/**
 * When a flow runs besides every create and update: " (only when a record is created)", " (only when a save makes
 * its conditions true, not when they held already)" (Flow Builder's "Only when a record is updated to meet the
 * condition requirements").
 */
function whenItRuns(start: NonNullable<FlowRecord['start']>): string {
  const only = [
    start.recordTriggerType === 'Create' ? 'when a record is created' : undefined,
    start.recordTriggerType === 'Update' ? 'when a record is updated' : undefined,
    start.recordTriggerType === 'Delete' ? 'when a record is deleted' : undefined,
    String(start.doesRequireRecordChangedToMeetCriteria) === 'true'
      ? 'when a save makes its conditions true, not when they held already'
      : undefined,
  ].filter(Boolean);
  return only.length > 0 ? ` (only ${only.join(', and ')})` : '';
}

/** `flow "Label" (Name), record-triggered after save, <does>: active` / `…: not active (its latest version is Draft)` */
export function describeFlow(flow: RecordTriggeredFlow, does: string): string {
  const state = flow.active ? 'active' : `not active (its latest version is ${flow.status})`;
  return `flow "${flow.label}" (${flow.name}), record-triggered ${flow.trigger}, ${does}: ${state}`;
}

/** The object's lead or case assignment rules (SOQL AssignmentRule), with their state; none for other objects. */
export async function assignmentRules(
  org: OrgConnection,
  sobject: string,
): Promise<{ name: string; active: boolean }[]> {
  if (sobject !== 'Lead' && sobject !== 'Case') return [];
  const rows = await org.conn.query<{ Name: string; Active: boolean }>(
    `SELECT Name, Active FROM AssignmentRule WHERE SobjectType = ${soqlString(sobject)}`,
  );
  return rows.records.map((row) => ({ name: row.Name, active: row.Active }));
}

/** ", its entry condition: …, which does not hold: the record's … is …", tried on the record. */
async function entryConditionOn(
  org: OrgConnection,
  flow: RecordTriggeredFlow,
  record: CreatedRecord,
): Promise<string> {
  const entry = flow.entry;
  if (!entry) return '';
  const words = entryConditionWords(entry);
  const verdict = await ('formula' in entry
    ? formulaVerdict(org, record, entry.formula)
    : entryConditionVerdict(org, record, entry)
  ).catch((error: Error) => `not tried on the record: ${error.message}`);
  return `, ${words}, ${verdict}`;
}

/**
 * The automation of an object that could bring about what a check waits for: the flows that set one of
 * `fields` or create `creates` records (all its record-triggered flows when none does), each with its state and
 * its entry conditions tried on the record, and its assignment rules when the owner is checked, the active one
 * walked on the record. An opportunity's Probability and forecast category come first from its stage.
 */
export async function automationFor(
  org: OrgConnection,
  sobject: string,
  about: { fields: string[]; creates?: string },
  record: CreatedRecord,
): Promise<string> {
  const flows = await recordTriggeredFlows(org, sobject);
  const does = (flow: RecordTriggeredFlow) =>
    [
      ...flow.setsFields
        .filter((each) => about.fields.includes(each.field))
        .map((each) => `sets ${each.field} to ${each.value}`),
      ...(about.creates && flow.creates.includes(about.creates) ? [`creates ${about.creates}`] : []),
    ].join(' and ');
  const relevant = flows.filter((flow) => does(flow) !== '');
  const described =
    relevant.length > 0
      ? await Promise.all(
          relevant.map(
            async (flow) => `${describeFlow(flow, does(flow))}${await entryConditionOn(org, flow, record)}`,
          ),
        )
      : [
          `no record-triggered flow on ${sobject} ${[...about.fields.map((field) => `sets ${field}`), ...(about.creates ? [`creates ${about.creates}`] : [])].join(' or ')}` +
            (flows.length > 0
              ? ` (its flows: ${flows.map((flow) => `"${flow.label}" (${flow.name}), ${flow.active ? 'active' : 'not active'}`).join('; ')})`
              : ''),
        ];
  described.unshift(
    ...(await setByStage(org, record, about.fields).catch((error: Error) => [
      `the org did not say what the opportunity's stage sets (${error.message})`,
    ])),
  );
  if (about.fields.includes('OwnerId')) {
    const rules = await assignmentRules(org, sobject);
    // The active rule walked on the record, when the org answers its entries.
    const traced = await assignmentRuleOnRecord(org, record).catch(() => undefined);
    described.push(
      ...rules.map((rule) =>
        rule.active && traced
          ? traced
          : `assignment rule "${rule.name}": ${rule.active ? 'active' : 'not active'}`,
      ),
    );
  }
  return described.join('; ');
}
