import type { Connection } from 'jsforce';
import { didYouMean, oneOf } from '../schema/wording';
import type { DescribedField } from './org-catalog';
import { MASTER, type PathSetting, type PathSettings } from './path-settings';

/**
 * The picklist whose values these objects' Paths show, fixed by Salesforce (docs/salesforce-facts.md#path). Other
 * objects' Paths (custom objects, where Setup lets the admin pick the field) are known only from Path Settings.
 */
export const PATH_FIELDS: Readonly<Record<string, string>> = {
  Opportunity: 'StageName',
  Lead: 'Status',
  Case: 'Status',
  Quote: 'Status',
};

/**
 * The field whose values the object's Path shows for `recordType` (a developer name; undefined when the scenario
 * leaves it to the org): the active path of that record type in Path Settings, else the field every active path
 * of the object uses, else (no active path, or Path Settings not read) the field Salesforce fixes for the object.
 * Undefined when none is known.
 */
export function pathFieldOf(
  object: string,
  recordType: string | undefined,
  settings: PathSettings,
): string | undefined {
  const paths = settings.read ? pathsOf(object, settings.paths) : [];
  const own = paths.find((path) => path.recordType === recordType);
  if (own) return own.field;
  const fields = [...new Set(paths.map((path) => path.field))];
  if (fields.length === 1) return fields[0];
  // A default Path, where Lightning may show one without Path Settings (DEFAULT_PATH_OBJECTS), reads the fixed field.
  return fields.length === 0 ? PATH_FIELDS[object] : undefined;
}

/**
 * Objects whose records may show a Path without an active one in Path Settings: _unconfirmed_ whether Lightning
 * shows Lead and Opportunity records a default Path (docs/salesforce-facts.md#path), so a Path step on them is left
 * to the run, with a note, rather than refused.
 */
export const DEFAULT_PATH_OBJECTS: readonly string[] = ['Lead', 'Opportunity'];

/**
 * Why the record a Path step acts on shows no Path, as Path Settings tell: a record shows one only when an active
 * path exists for its object and its record type, which the admin creates in Setup > Path Settings; Lead, Case and
 * Quote have none until then (docs/salesforce-facts.md#path). `recordType` is the record's developer name when the
 * scenario fixes it; an object without active record types gives every record the Master one. Undefined when
 * Path Settings could not be read, when the record has a path, or when its record type is not known and the object
 * has a path for some record type.
 */
export function missingPathProblem(
  object: string,
  recordType: string | undefined,
  objectRecordTypes: readonly string[],
  settings: PathSettings,
  moves: boolean,
): string | undefined {
  if (!settings.read) return undefined;
  const paths = pathsOf(object, settings.paths);
  const record =
    recordType ?? (objectRecordTypes.length === 0 ? MASTER : paths.length === 0 ? undefined : null);
  if (record === null || paths.some((path) => path.recordType === record)) return undefined;
  const forWhich = record === undefined ? 'any record type' : `record type ${recordTypeName(record)}`;
  const others = [...new Set(settings.paths.map((path) => path.object))];
  const elsewhere =
    paths.length > 0
      ? `: it has active Paths for ${oneOf(paths.map((path) => recordTypeName(path.recordType)))}`
      : others.length > 0
        ? `: the org's active Paths are on ${oneOf(others)}`
        : ': the org has no active Path';
  return (
    `${object} has no active Path for ${forWhich} (Setup > Path Settings${elsewhere}); the page shows no Path ` +
    `to ${moves ? 'move along' : 'read'}. Create and activate one there, or remove this step.`
  );
}

function pathsOf(object: string, paths: readonly PathSetting[]): PathSetting[] {
  return paths.filter((path) => path.object.toLowerCase() === object.toLowerCase());
}

const recordTypeName = (name: string) => (name === MASTER ? 'Master' : name);

/**
 * The step that closes the track, after the open stages, as Path labels it until the record is closed (then it
 * shows the closed stage): "Closed" on Opportunity (its closed-stage dialog, docs/salesforce-facts.md#path);
 * "Converted" on Lead is _unconfirmed_. Accepted in `offers` at validate; the run compares with what Path shows.
 */
export const TRACK_CLOSING_STEPS: Readonly<Record<string, string>> = {
  Opportunity: 'Closed',
  Lead: 'Converted',
};

/** Closed opportunity stages by API name and label (OpportunityStage.IsClosed, docs/salesforce-facts.md#path). */
export async function readClosedStages(conn: Connection, wanted: boolean): Promise<string[]> {
  if (!wanted) return [];
  const rows = await conn.query<{ ApiName: string; MasterLabel: string }>(
    'SELECT ApiName, MasterLabel FROM OpportunityStage WHERE IsActive = true AND IsClosed = true ORDER BY SortOrder',
  );
  return [...new Set(rows.records.flatMap((row) => [row.ApiName, row.MasterLabel]))];
}

/**
 * A stage Path cannot show: not an active value (or label) of the object's path field, for `close:` not a closed
 * opportunity stage, or not a value the record's record type offers (`offered`, when the record type is known;
 * otherwise that check is the run's). A step of `offers` (`onTrack`) may also be the track's closing step.
 */
export function pathStageProblem(
  object: string,
  field: DescribedField | undefined,
  stage: {
    stage: string;
    closed: boolean;
    onTrack?: true;
    recordType?: string;
    recordTypeId?: string;
    adminDefault?: true;
    personaDefault?: unknown;
  },
  closedStages: readonly string[],
  offered: readonly { value: string; label: string }[] | undefined,
): string | undefined {
  if (!field) return undefined;
  const closingStep = stage.onTrack ? TRACK_CLOSING_STEPS[object] : undefined;
  if (closingStep !== undefined && stage.stage === closingStep) return undefined;
  const fieldLevel = fieldStageProblem(object, field, stage, closedStages, closingStep);
  if (fieldLevel || !offered || stage.recordType === undefined) return fieldLevel;
  if (offered.some((value) => value.value === stage.stage || value.label === stage.stage)) return undefined;
  const labels = offered.map((value) => value.label);
  const candidates = stage.closed ? labels.filter((label) => closedStages.includes(label)) : labels;
  const whose = stage.adminDefault
    ? ` (the admin's default record type, which test data created without recordType gets through the API; ` +
      'write recordType: on the test data to choose another)'
    : stage.recordTypeId
      ? ` (RecordTypeId ${stage.recordTypeId})`
      : stage.personaDefault
        ? " (the persona's default record type, which a record they create without recordType: gets; write " +
          'recordType: on the create step to choose another)'
        : '';
  return (
    `"${stage.stage}" is not a stage of the ${object} Path for record type ${stage.recordType}${whose}: the record type ` +
    `offers ${oneOf(labels)} (its values of ${object}.${field.name})` +
    `${closingStep ? `, and Path ends the track with "${closingStep}"` : ''}.${didYouMean(stage.stage, closingStep ? [...candidates, closingStep] : candidates)}`
  );
}

function fieldStageProblem(
  object: string,
  field: DescribedField,
  stage: { stage: string; closed: boolean },
  closedStages: readonly string[],
  closingStep: string | undefined,
): string | undefined {
  const active = field.picklistValues.filter((entry) => entry.active);
  const entry = active.find((value) => value.value === stage.stage || value.label === stage.stage);
  const closedLabels = active
    .filter((value) => closedStages.includes(value.value))
    .map((value) => value.label);
  if (stage.closed && object === 'Opportunity') {
    if (entry && closedStages.includes(entry.value)) return undefined;
    return (
      `"${stage.stage}" is not a closed stage of Opportunity (OpportunityStage.IsClosed): close: chooses one in ` +
      `Path's closed-stage dialog. Expected one of: ${oneOf(closedLabels)}.${didYouMean(stage.stage, closedLabels)}`
    );
  }
  if (entry) return undefined;
  const labels = [...active.map((value) => value.label), ...(closingStep ? [closingStep] : [])];
  return (
    `"${stage.stage}" is not a stage of the ${object} Path (the active values of ${object}.${field.name}` +
    `${closingStep ? `, then its closing step "${closingStep}"` : ''}). ` +
    `Expected one of: ${oneOf(labels)}.${didYouMean(stage.stage, labels)}`
  );
}
