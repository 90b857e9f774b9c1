import { looksLikeRecordId } from '../../salesforce/record-ids';
import type { PropertyPath } from '../loading/property-path';
import type { FieldValue, Persona, Scenario } from '../model';
import { rowReadingChecks } from '../steps/grouped-report';
import { placeholdersIn } from '../template';
import type { ValueUse } from './field-value-types';
import { journeyStepNames } from './journey-names';
import { type PersonaProfile, personaProfile } from './persona-default-record-types';
import {
  type ContractNameReference,
  type PersonaUserReference,
  personaContractNames,
  personaUsers,
} from './persona-names';
import { type ReportColumnReference, reportColumnNames } from './report-column-names';
import { type Viewers, viewersOf } from './viewer-locales';

/** A name a scenario uses that only the org can confirm, with the YAML path it is written at. */
export type NameReference =
  | { kind: 'object'; object: string; path: PropertyPath }
  | {
      kind: 'field';
      object: string;
      field: string;
      path: PropertyPath;
      /** The name is the value at path (expectErrorOn: Amount), though path ends in a key. */
      asValue?: true;
    }
  | {
      kind: 'recordType';
      object: string;
      /** A developer name, or the id test data sets RecordTypeId to (`byId`). */
      recordType: string;
      byId?: true;
      path: PropertyPath;
    }
  /** In test data with its record type: the API refuses a restricted picklist value the record type does not offer. */
  | ({
      kind: 'picklistValue';
      object: string;
      field: string;
      value: string;
      /** Data values are API values; values a persona picks or sees may be labels too. */
      accepts: 'value' | 'valueOrLabel';
      path: PropertyPath;
    } & KnownRecordType)
  | { kind: 'listView'; object: string; view: string; path: PropertyPath }
  | { kind: 'report'; report: string; path: PropertyPath }
  /** An `expect: { report }` that reads the rows of the report opened before: only a tabular report's can be read. */
  | { kind: 'reportRows'; report: string; checks: string[]; path: PropertyPath }
  | ReportColumnReference
  | { kind: 'dashboard'; dashboard: string; path: PropertyPath }
  | { kind: 'tab'; tab: string; path: PropertyPath }
  | PersonaUserReference
  /** A queue a `wait` / `expectApi` owner or lookup must be: developer name or name, as the run looks it up. */
  | { kind: 'queue'; queue: string; path: PropertyPath }
  /** A value of a field: test data (sent to the API), what a persona types into a form, or what a page must show. */
  | {
      kind: 'fieldValue';
      object: string;
      field: string;
      value: FieldValue;
      use: ValueUse;
      path: PropertyPath;
      /** For a value a persona enters or is shown: the persona then logged in, whose locale reads it. */
      viewers?: Viewers;
    }
  /**
   * A stage a `path` step moves to (`closed`: through the closed-stage dialog) or `expect: { path }` shows
   * (`onTrack`: a step of `offers`, which may also be the track's closing step), with what is known of the
   * record's record type.
   */
  | ({
      kind: 'pathStage';
      object: string;
      stage: string;
      closed: boolean;
      onTrack?: true;
      path: PropertyPath;
    } & KnownRecordType)
  /** A user a `wait` / `expectApi` owner or lookup must be: username or full name, as the run looks it up. */
  | { kind: 'conditionUser'; user: string; path: PropertyPath }
  /** A name a persona's contract uses, in the personas file. */
  | ContractNameReference;

/**
 * A record's record type as the scenario decides it: `recordType` (developer name) when it names one (test data or
 * `create`); `recordTypeId` for test data that sets RecordTypeId to an id, whose developer name the org gives;
 * `adminDefault` for test data without either, created as the admin through the API, which gets the admin's
 * default record type; `personaDefault` for a record a persona creates without naming one; none when not known.
 */
export interface KnownRecordType {
  recordType?: string;
  recordTypeId?: string;
  adminDefault?: true;
  /** A record a persona creates without a record type: their profile's default, when the profile is known. */
  personaDefault?: PersonaProfile;
}

// Step keys whose items (lists) or keys (mappings) are field API names of the step's object.
const FIELD_LISTS = ['visible', 'hidden', 'readOnly', 'editable', 'required', 'highlights'];
const FIELD_MAPPINGS = ['values', 'fields'];
// Mappings whose values a persona picks (edit) or sees (expect): picklist labels are fine there.
const SHOWN_VALUES = ['values', 'fields'];

/**
 * Every object, field, record type, picklist value, list view, report column label and persona user a scenario
 * names. Steps act on the
 * record last opened, unless they name an object themselves (`object:` / `sobject:`).
 */
export function nameReferences(scenario: Scenario): NameReference[] {
  const references: NameReference[] = [];
  const persona = scenario.persona;
  references.push(...personaUsers(persona, ['persona']));
  for (const used of scenario.personas ?? [persona]) references.push(...personaContractNames(used));
  const objectOf = new Map<string, string>();
  // What the scenario says of each record's record type: fixed by name, or the default of the admin who creates
  // test data; a record a persona creates without one gets the persona's default, left to the run.
  const recordTypeOf = new Map<string, KnownRecordType>();
  for (const record of scenario.data) {
    const base = ['data', record.key];
    objectOf.set(record.key, record.sobject);
    recordTypeOf.set(record.key, dataRecordType(record));
    references.push({ kind: 'object', object: record.sobject, path: [...base, 'sobject'] });
    if (record.recordType) {
      references.push({
        kind: 'recordType',
        object: record.sobject,
        recordType: record.recordType,
        path: [...base, 'recordType'],
      });
    }
    const byId = recordTypeIdField(record);
    if (byId?.id) {
      references.push({
        kind: 'recordType',
        object: record.sobject,
        recordType: byId.id,
        byId: true,
        path: [...base, 'fields', byId.field],
      });
    }
    for (const [field, value] of Object.entries(record.fields)) {
      const path = [...base, 'fields', field];
      references.push({ kind: 'field', object: record.sobject, field, path });
      references.push({ kind: 'fieldValue', object: record.sobject, field, value, use: 'data', path });
      references.push(
        ...picklistValues(record.sobject, field, value, 'value', path).map((reference) => ({
          ...reference,
          ...recordTypeOf.get(record.key),
        })),
      );
    }
  }

  let current: string | undefined;
  let currentRecordType: KnownRecordType = {};
  let openedReport: string | undefined;
  let acting: Persona | undefined = persona;
  scenario.steps.forEach((step, index) => {
    if (step.kind === 'as') acting = scenario.personas?.find((used) => used.name === step.persona);
    const journey = journeyStepNames(scenario, step, index, objectOf);
    if (journey) {
      references.push(...journey);
      return;
    }
    const body = step as unknown as Record<string, unknown>;
    const base = ['steps', index, step.kind];
    if (typeof body.record === 'string' && objectOf.has(body.record)) {
      current = objectOf.get(body.record);
      currentRecordType = recordTypeOf.get(body.record) ?? {};
    }
    const named = [body.object, body.sobject].find((value): value is string => typeof value === 'string');
    if (named) {
      references.push({ kind: 'object', object: named, path: [...base, body.object ? 'object' : 'sobject'] });
    }
    if (step.kind === 'listView') {
      references.push({ kind: 'listView', object: step.object, view: step.view, path: [...base, 'view'] });
    }
    if (step.kind === 'open') {
      references.push(...openedNames(step, base));
      openedReport = step.report;
    }
    if (step.kind === 'expect' && step.report && openedReport) {
      const checks = rowReadingChecks(step.report);
      const path = [...base, 'report', checks[0] ?? ''];
      if (checks.length > 0) references.push({ kind: 'reportRows', report: openedReport, checks, path });
      references.push(...reportColumnNames(step.report, openedReport, acting, [...base, 'report']));
    }
    // The record a create step makes is the opened one afterwards, and later steps may name it.
    if (step.kind === 'create') {
      current = step.sobject;
      const personaDefault = acting && personaProfile(acting);
      currentRecordType = step.recordType
        ? { recordType: step.recordType }
        : personaDefault
          ? { personaDefault }
          : {};
      if (step.record) {
        objectOf.set(step.record, step.sobject);
        recordTypeOf.set(step.record, currentRecordType);
      }
      if (step.expectErrorOn) {
        const path = [...base, 'expectErrorOn'];
        references.push({
          kind: 'field',
          object: step.sobject,
          field: step.expectErrorOn,
          path,
          asValue: true,
        });
      }
    }
    const object = named ?? current;
    if (!object) return;
    references.push(...pathStages(step, object, named ? {} : currentRecordType, base));
    // A matrix column: the fields of its table's rows.
    if (step.kind === 'fieldAccess') {
      for (const field of Object.keys(step.expected)) {
        references.push({ kind: 'field', object, field, path: ['matrix', 'access', field] });
      }
      return;
    }
    // path: { keyFields: [...] } names fields of the opened record.
    const keyFields = (body.path as { keyFields?: unknown } | undefined)?.keyFields;
    if (Array.isArray(keyFields)) {
      keyFields.forEach((field, position) => {
        if (typeof field === 'string')
          references.push({ kind: 'field', object, field, path: [...base, 'path', 'keyFields', position] });
      });
    }
    if (named && typeof body.recordType === 'string') {
      references.push({
        kind: 'recordType',
        object,
        recordType: body.recordType,
        path: [...base, 'recordType'],
      });
    }
    for (const key of FIELD_LISTS) {
      const fields = body[key];
      if (!Array.isArray(fields)) continue;
      fields.forEach((field, position) => {
        if (typeof field === 'string')
          references.push({ kind: 'field', object, field, path: [...base, key, position] });
      });
    }
    // offers: { Field: [values] }: the field, and each value it is expected to offer (label or API value).
    const offers = body.offers;
    if (offers && typeof offers === 'object' && !Array.isArray(offers)) {
      for (const [field, values] of Object.entries(offers as Record<string, unknown>)) {
        const path = [...base, 'offers', field];
        references.push({ kind: 'field', object, field, path });
        if (!Array.isArray(values)) continue;
        values.forEach((value, position) => {
          references.push(...picklistValues(object, field, value, 'valueOrLabel', [...path, position]));
        });
      }
    }
    for (const key of FIELD_MAPPINGS) {
      const values = body[key];
      if (!values || typeof values !== 'object' || Array.isArray(values)) continue;
      for (const [field, value] of Object.entries(values as Record<string, FieldValue>)) {
        const path = [...base, key, field];
        references.push({ kind: 'field', object, field, path });
        const viewers = acting && viewersOf(acting);
        if (key === 'fields' && (step.kind === 'edit' || step.kind === 'create'))
          references.push({
            kind: 'fieldValue',
            object,
            field,
            value,
            use: 'form',
            path,
            ...(viewers && { viewers }),
          });
        if (key === 'values' && step.kind === 'expect')
          references.push({
            kind: 'fieldValue',
            object,
            field,
            value,
            use: 'shown',
            path,
            ...(viewers && { viewers }),
          });
        if (SHOWN_VALUES.includes(key))
          references.push(...picklistValues(object, field, value, 'valueOrLabel', path));
      }
    }
  });
  return references;
}

/** What test data says of its record type; a RecordTypeId made of placeholders is not known before the run. */
function dataRecordType(record: Scenario['data'][number]): KnownRecordType {
  if (record.recordType) return { recordType: record.recordType };
  const byId = recordTypeIdField(record);
  if (!byId) return { adminDefault: true };
  return byId.id ? { recordTypeId: byId.id } : {};
}

/**
 * The RecordTypeId test data sets, with the id it is set to when that is written out as an id (a placeholder is
 * known only at run time; anything else is not an id, which the field's value check reports).
 */
function recordTypeIdField(record: Scenario['data'][number]): { field: string; id?: string } | undefined {
  const field = Object.keys(record.fields).find((name) => name.toLowerCase() === 'recordtypeid');
  if (field === undefined) return undefined;
  const value = record.fields[field];
  return typeof value === 'string' && looksLikeRecordId(value.trim())
    ? { field, id: value.trim() }
    : { field };
}

/** A candidate picklist value: checked only if the field turns out to be a picklist; placeholders are not. */
function picklistValues(
  object: string,
  field: string,
  value: FieldValue,
  accepts: 'value' | 'valueOrLabel',
  path: PropertyPath,
): NameReference[] {
  if (typeof value !== 'string' || value.trim() === '' || placeholdersIn(value).length > 0) return [];
  return [{ kind: 'picklistValue', object, field, value, accepts, path }];
}

/**
 * `path: { select | close }` and `expect: { path: { current, offers } }`: stages of the opened record's Path.
 */
function pathStages(
  step: Scenario['steps'][number],
  object: string,
  known: KnownRecordType,
  base: PropertyPath,
): NameReference[] {
  if (step.kind === 'path' && step.stage !== undefined && step.action !== 'complete') {
    const closed = step.action === 'close';
    return [{ kind: 'pathStage', object, stage: step.stage, closed, ...known, path: [...base, step.action] }];
  }
  if (step.kind !== 'expect' || !step.path) return [];
  const references: NameReference[] = [];
  if (step.path.current !== undefined) {
    references.push({
      kind: 'pathStage',
      object,
      stage: step.path.current,
      closed: false,
      ...known,
      path: [...base, 'path', 'current'],
    });
  }
  (step.path.offers ?? []).forEach((stage, position) => {
    references.push({
      kind: 'pathStage',
      object,
      stage,
      closed: false,
      onTrack: true,
      ...known,
      path: [...base, 'path', 'offers', position],
    });
  });
  return references;
}

/** The list view, report, dashboard or tab an `open` step names. */
function openedNames(
  step: Extract<Scenario['steps'][number], { kind: 'open' }>,
  base: PropertyPath,
): NameReference[] {
  if (step.object !== undefined && step.listView !== undefined)
    return [{ kind: 'listView', object: step.object, view: step.listView, path: [...base, 'listView'] }];
  if (step.report !== undefined) return [{ kind: 'report', report: step.report, path: [...base, 'report'] }];
  if (step.dashboard !== undefined)
    return [{ kind: 'dashboard', dashboard: step.dashboard, path: [...base, 'dashboard'] }];
  if (step.tab !== undefined) return [{ kind: 'tab', tab: step.tab, path: [...base, 'tab'] }];
  return [];
}
