import type { Connection } from 'jsforce';
import { readContractNames } from '../../fixtures/persona-contract-names';
import { autoNumberWritten } from '../loading/auto-number-data';
import { readYaml, type YamlSource } from '../loading/yaml-source';
import type { Scenario, ScenarioError } from '../model';
import { didYouMean, didYouMeanNamed, oneOf } from '../schema/wording';
import { groupedReportProblem, isTabular } from '../steps/grouped-report';
import { calculatedFieldEntered, type EnteredAt } from './calculated-fields';
import { recordTypePicklistProblem, restrictedDataPicklist } from './data-picklist-record-types';
import { labelProblem } from './field-labels';
import { fieldValueProblem, TYPED_FIELDS } from './field-value-types';
import { type NameReference, nameReferences } from './name-references';
import { type NavigationNames, readNavigationNames } from './navigation-names';
import {
  type DescribedField,
  fieldOf,
  findName,
  type OrgCatalog,
  readOrgCatalog,
  someUsernames,
} from './org-catalog';
import { conditionUserProblem, type OwnerNames, queueProblem, readOwnerNames } from './owner-names';
import { type PathSettings, readPathSettings } from './path-settings';
import {
  DEFAULT_PATH_OBJECTS,
  missingPathProblem,
  pathFieldOf,
  pathStageProblem,
  readClosedStages,
} from './path-stages';
import { type PersonaDefaults, readPersonaDefaults } from './persona-default-record-types';
import { contractNameProblem } from './persona-names';
import { recordTypeProblem, withRecordTypeNamed } from './record-type-checks';
import { type RecordTypeValues, readRecordTypeValues } from './record-type-values';
import {
  columnChecked,
  type ReportColumns,
  readReportColumns,
  reportColumnProblem,
  uncheckedColumnsNote,
} from './report-columns';
import { readViewerLocales, type ViewerLocale } from './viewer-locales';

export type NameKind = NameReference['kind'];

export interface OrgNameCheck {
  /** Each name the org does not know, at the file:line:column it is written, with what the org has instead. */
  problems: ScenarioError[];
  /** How many distinct names of each kind were checked. */
  checked: Record<NameKind, number>;
  /** What could not be checked as fully as usual, and why (e.g. Path Settings the admin cannot read). */
  notes: string[];
}

/**
 * Checks the names the scenarios use against the org, as the admin through the API: objects, fields (in data and
 * in steps), record types, picklist values, list views, the personas' users and the names their contracts declare,
 * the queues and users `wait` / `expectApi` conditions name, Path stages (against the values of the record type
 * the record gets, when known before the run, and the field Path Settings give), the types of field values and
 * the column labels report expectations use (against the report's columns described as the admin, for personas
 * who read the admin's language). Meant to run before any browser starts; a name the org lacks would otherwise
 * fail a scenario only after Login-As.
 */
export async function checkOrgNames(conn: Connection, scenarios: readonly Scenario[]): Promise<OrgNameCheck> {
  const named = scenarios.map((scenario) => ({ scenario, references: nameReferences(scenario) }));
  const catalog = await readOrgCatalog(conn, {
    objects: named.flatMap(({ references }) =>
      references.flatMap((reference) => ('object' in reference ? [reference.object] : [])),
    ),
    usernames: [
      ...new Set(
        named.flatMap(({ references }) =>
          references.flatMap((reference) => (reference.kind === 'user' ? [reference.username] : [])),
        ),
      ),
    ],
  });
  const createdByPersonas = named.flatMap(({ references }) =>
    references.flatMap((reference) =>
      reference.kind === 'pathStage' && reference.personaDefault ? [reference.personaDefault] : [],
    ),
  );
  const personaDefaults: PersonaDefaults =
    createdByPersonas.length > 0
      ? await readPersonaDefaults(conn, createdByPersonas)
      : { read: true, defaultOf: () => undefined };
  const perScenario = named.map(({ scenario, references }) => ({
    scenario,
    references: references.map((reference) => withRecordTypeNamed(reference, catalog, personaDefaults)),
  }));
  const all = perScenario.flatMap(({ references }) => references);
  const missingUsers = all.some(
    (reference) => reference.kind === 'user' && !catalog.users.has(reference.username.toLowerCase()),
  );
  const usernames = missingUsers ? await someUsernames(conn) : [];
  const uses = (kind: NameKind) => all.some((reference) => reference.kind === kind);
  const navigation = await readNavigationNames(conn, {
    reports: uses('report') || uses('reportRows'),
    dashboards: uses('dashboard'),
    tabs: uses('tab'),
  });
  const stages = all.filter(
    (reference): reference is Extract<NameReference, { kind: 'pathStage' }> => reference.kind === 'pathStage',
  );
  const pathSettings: PathSettings =
    stages.length > 0 ? await readPathSettings(conn) : { read: false, why: 'no Path stage to check' };
  const recordTypeValues = await readRecordTypeValues(conn, [
    ...stages.flatMap(({ object, recordType }) => {
      const known = findName(catalog.objects, object);
      return known && recordType !== undefined && pathFieldOf(known, recordType, pathSettings)
        ? [{ object: known, recordType }]
        : [];
    }),
    ...all.flatMap((reference) => {
      const restricted = restrictedDataPicklist(reference, catalog);
      return restricted ? [restricted] : [];
    }),
  ]);
  const closedStages = await readClosedStages(
    conn,
    all.some(
      (reference) =>
        reference.kind === 'pathStage' &&
        reference.closed &&
        reference.object.toLowerCase() === 'opportunity',
    ),
  );
  const owners = await readOwnerNames(conn, {
    queues: uses('queue'),
    users: [
      ...new Set(all.flatMap((reference) => (reference.kind === 'conditionUser' ? [reference.user] : []))),
    ],
  });

  const viewerLocale = await readViewerLocales(
    conn,
    all.flatMap((reference) =>
      reference.kind === 'fieldValue' && reference.viewers && isDateField(reference, catalog)
        ? [reference.viewers]
        : [],
    ),
  );
  const contractNames = uses('contractName') ? await readContractNames(conn) : undefined;
  const columnLabels = all.filter(
    (reference): reference is Extract<NameReference, { kind: 'reportColumn' }> =>
      reference.kind === 'reportColumn',
  );
  const reportColumns = await readReportColumns(conn, columnLabels, navigation.reportFormats);

  const problems: ScenarioError[] = [];
  const pathNotes = new Set<string>();
  const sources = new Map<string, YamlSource | undefined>();
  const locate = (file: string) => {
    if (!sources.has(file)) sources.set(file, readYaml(file).source);
    return sources.get(file);
  };
  for (const { scenario, references } of perScenario) {
    for (const reference of references) {
      const noPath = reference.kind === 'pathStage' ? noPathAt(reference, catalog, pathSettings) : undefined;
      if (noPath?.note) {
        const at = locate(scenario.file)?.locate(noPath.path, 'key') ?? scenario.location;
        pathNotes.add(`${at.file}:${at.line}:${at.column} ${noPath.message}`);
      }
      const message =
        (noPath?.note ? undefined : noPath?.message) ??
        navigationProblem(reference, navigation) ??
        ownerProblem(reference, owners) ??
        (reference.kind === 'reportColumn' ? reportColumnProblem(reference, reportColumns) : undefined) ??
        (reference.kind === 'contractName' && contractNames
          ? contractNameProblem(reference, contractNames)
          : problemWith(reference, catalog, {
              usernames,
              viewerLocale,
              closedStages,
              pathSettings,
              recordTypeValues,
            }));
      if (!message) continue;
      // A persona's user and contract are written in the personas file (reported once there), the rest in the scenario.
      const file =
        (reference.kind === 'contractName' || reference.kind === 'user') && reference.file
          ? reference.file
          : scenario.file;
      const found = locate(file);
      problems.push(
        found
          ? noPath && !noPath.note
            ? found.error(noPath.path, message, 'key')
            : found.error(reference.path, message, pointsAtKey(reference) ? 'key' : 'value')
          : { ...scenario.location, path: '', message },
      );
    }
  }
  const columnsNote = uncheckedColumnsNote(columnLabels, reportColumns);
  const notes = [
    ...(stages.length > 0 && !pathSettings.read
      ? [
          `Path Settings could not be read (${pathSettings.why}): Path stages were checked only on Opportunity, ` +
            'Lead, Case and Quote, against the fields Salesforce fixes for their Paths.',
        ]
      : []),
    ...(personaDefaults.read
      ? []
      : [
          `The personas' default record types could not be read (${personaDefaults.why}): the Path stages of ` +
            'records a persona creates without recordType: are left to the run.',
        ]),
    ...(columnsNote ? [columnsNote] : []),
    ...pathNotes,
  ];
  return {
    problems: dedupe(problems),
    checked: countDistinct(
      all.filter((reference) => applies(reference, catalog, pathSettings, reportColumns)),
    ),
    notes,
  };
}

/**
 * A Path step on a record that shows no Path, reported once per step at its `path` key (`expect: { path }` or the
 * `path` step itself), whichever of its stages are written.
 */
function noPathAt(
  reference: Extract<NameReference, { kind: 'pathStage' }>,
  catalog: OrgCatalog,
  settings: PathSettings,
): { message: string; path: NameReference['path']; note: boolean } | undefined {
  const object = findName(catalog.objects, reference.object);
  if (!object) return undefined;
  const note = DEFAULT_PATH_OBJECTS.includes(object);
  const [, , kind] = reference.path;
  const message = missingPathProblem(
    object,
    reference.recordType,
    catalog.recordTypes.get(object) ?? [],
    settings,
    kind === 'path',
  );
  if (!message) return undefined;
  return {
    message: note
      ? `${message.replace(/ Create and activate one there, or remove this step\.$/, '')} Left to the run: whether Lightning shows ${object} records a default Path without one is not confirmed.`
      : message,
    path: reference.path.slice(0, kind === 'path' ? 3 : 4),
    note,
  };
}

interface PathFacts {
  closedStages: string[];
  pathSettings: PathSettings;
  recordTypeValues: RecordTypeValues;
}

function problemWith(
  reference: NameReference,
  catalog: OrgCatalog,
  { usernames, viewerLocale, ...path }: { usernames: string[]; viewerLocale: ViewerLocale } & PathFacts,
): string | undefined {
  if (reference.kind === 'user') {
    const active = catalog.users.get(reference.username.toLowerCase());
    if (active !== undefined) return undefined;
    return (
      `persona "${reference.persona}": the org has no user ${reference.username}. ` +
      `Expected the username of an existing user (usernames differ between orgs: sandboxes add a suffix).${didYouMean(reference.username, usernames)}`
    );
  }
  if (!('object' in reference)) return undefined; // reports, dashboards, tabs: navigationProblem
  const object = findName(catalog.objects, reference.object);
  if (!object) {
    if (reference.kind !== 'object') return undefined; // reported once, at the object's name
    return `the org has no object ${reference.object} (or the admin cannot see it). Expected an object API name such as Account or Lead__c.${didYouMeanNamed(reference.object, catalog.objectLabels)}`;
  }
  const fields = catalog.fields.get(object) ?? [];
  switch (reference.kind) {
    case 'object':
      return undefined;
    case 'field': {
      const field = fieldOf(fields, reference.field);
      if (!field) {
        const label = labelProblem(object, fields, reference.field);
        if (label) return label;
        return `${object} has no field ${reference.field} (or the admin cannot see it). Expected a field API name from Object Manager.${didYouMeanNamed(reference.field, fields)}`;
      }
      if (field.autoNumber && isDataField(reference))
        return autoNumberWritten(object, field.name, String(reference.path[1]), field.nameField === true);
      const entered = enteredAt(reference);
      const calculated = entered && calculatedFieldEntered(object, field, entered.at, entered.where);
      if (calculated) return calculated;
      // The API matches names in any case, but a step finds the field on the page by its exact API name.
      if (reference.path[0] === 'steps' && field.name !== reference.field) {
        return `${object}.${reference.field} is spelled ${field.name} in the org. Write ${field.name}: steps find fields on the page by their exact API name.`;
      }
      return undefined;
    }
    case 'recordType':
      return recordTypeProblem(reference, catalog, object);
    case 'picklistValue': {
      const field = fieldOf(fields, reference.field);
      return (
        picklistProblem(object, field, reference) ??
        recordTypePicklistProblem(object, field, reference, path.recordTypeValues)
      );
    }
    case 'pathStage': {
      const name = pathFieldOf(object, reference.recordType, path.pathSettings);
      const field = name === undefined ? undefined : fieldOf(fields, name);
      const offered =
        field &&
        reference.recordType !== undefined &&
        path.recordTypeValues.get(object.toLowerCase())?.get(reference.recordType)?.get(field.name);
      return pathStageProblem(object, field, reference, path.closedStages, offered || undefined);
    }
    case 'fieldValue': {
      const field = fieldOf(fields, reference.field);
      const locale = reference.viewers && viewerLocale(reference.viewers);
      return field && fieldValueProblem(object, field, reference.value, reference.use, locale);
    }
    case 'listView': {
      const views = catalog.listViews.get(object) ?? [];
      if (views.includes(reference.view)) return undefined;
      return `${object} has no list view "${reference.view}". Expected a list view API name: ${oneOf(views)}.${didYouMean(reference.view, views)}`;
    }
  }
}

/** Reports and dashboards by developer name, tabs by label; undefined for other kinds or a known name. */
function navigationProblem(reference: NameReference, names: NavigationNames): string | undefined {
  const check = (name: string, known: string[], what: string) =>
    known.includes(name)
      ? undefined
      : `the org has no ${what} "${name}".${didYouMean(name, known) || ` Expected one of: ${oneOf(known.slice(0, 20))}.`}`;
  switch (reference.kind) {
    case 'report':
      return check(reference.report, names.reports, 'report (by developer name)');
    case 'reportRows': {
      // An unknown report is reported where it is opened; one whose format the org does not give, at run time.
      const format = names.reportFormats.get(reference.report);
      if (format === undefined || isTabular(format)) return undefined;
      return `on report "${reference.report}": ${groupedReportProblem(reference.checks, format)}`;
    }
    case 'dashboard':
      return check(reference.dashboard, names.dashboards, 'dashboard (by developer name)');
    case 'tab':
      return check(reference.tab, names.tabs, 'tab (by its label, e.g. Leads)');
    default:
      return undefined;
  }
}

function ownerProblem(reference: NameReference, owners: OwnerNames): string | undefined {
  if (reference.kind === 'queue') return queueProblem(reference.queue, owners);
  if (reference.kind === 'conditionUser') return conditionUserProblem(reference.user, owners);
  return undefined;
}

function picklistProblem(
  object: string,
  field: DescribedField | undefined,
  reference: Extract<NameReference, { kind: 'picklistValue' }>,
): string | undefined {
  if (!field || (field.type !== 'picklist' && field.type !== 'multipicklist')) return undefined;
  const active = field.picklistValues.filter((entry) => entry.active);
  const wanted = field.type === 'multipicklist' ? reference.value.split(';') : [reference.value];
  const known = (value: string) =>
    active.some(
      (entry) => entry.value === value || (reference.accepts === 'valueOrLabel' && entry.label === value),
    );
  const unknown = wanted.map((value) => value.trim()).filter((value) => value && !known(value));
  const [first] = unknown;
  if (first === undefined) return undefined;
  const values = active.map((entry) => entry.value);
  return `"${first}" is not an active value of the ${object}.${field.name} picklist. Expected one of: ${oneOf(values)}.${didYouMean(first, values) || containingWords(first, values)}`;
}

/** ` Did you mean "Closed Won"?` for "Won": the one value that has every word written, as a shortened value does. */
function containingWords(given: string, values: readonly string[]): string {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const wanted = words(given);
  if (wanted.length === 0) return '';
  const matches = values.filter((value) => wanted.every((word) => words(value).includes(word)));
  return matches.length === 1 ? ` Did you mean "${matches[0]}"?` : '';
}

/**
 * A candidate picklist value counts only when its field is a picklist, a field value when its type is checked,
 * a Path stage when its field is known.
 */
function applies(
  reference: NameReference,
  catalog: OrgCatalog,
  pathSettings: PathSettings,
  reportColumns: ReportColumns,
): boolean {
  if (reference.kind === 'reportColumn') return columnChecked(reference, reportColumns);
  if (reference.kind === 'pathStage') {
    const object = findName(catalog.objects, reference.object);
    return object !== undefined && pathFieldOf(object, reference.recordType, pathSettings) !== undefined;
  }
  if (reference.kind !== 'picklistValue' && reference.kind !== 'fieldValue') return true;
  const object = findName(catalog.objects, reference.object);
  const type = object && fieldOf(catalog.fields.get(object) ?? [], reference.field)?.type;
  if (reference.kind === 'fieldValue') return type !== undefined && TYPED_FIELDS.includes(type);
  return type === 'picklist' || type === 'multipicklist';
}

/** A value of a date field, whose digits the viewer's locale orders. */
function isDateField(
  reference: Extract<NameReference, { kind: 'fieldValue' }>,
  catalog: OrgCatalog,
): boolean {
  const object = findName(catalog.objects, reference.object);
  return object !== undefined && fieldOf(catalog.fields.get(object) ?? [], reference.field)?.type === 'date';
}

/** A field a data record is created with (data.<key>.fields.<Field>). */
function isDataField(reference: Extract<NameReference, { kind: 'field' }>): boolean {
  return reference.path[0] === 'data' && reference.path[2] === 'fields';
}

/** Where a field reference gives the field a value or expects it editable; undefined where it only reads it. */
function enteredAt(
  reference: Extract<NameReference, { kind: 'field' }>,
): { at: EnteredAt; where: string } | undefined {
  const [root, key, kind, list] = reference.path;
  if (isDataField(reference)) return { at: 'data', where: String(key) };
  if (root !== 'steps') return undefined;
  if ((kind === 'edit' || kind === 'create') && list === 'fields')
    return { at: 'form', where: `the ${kind} step` };
  if (kind === 'expect' && (list === 'editable' || list === 'required'))
    return { at: 'editable', where: String(list) };
  return undefined;
}

/**
 * A field named as a mapping key (data fields, values, edit fields) is pointed at by its key, and so is a column
 * label of a report's `columns` or `values`.
 */
function pointsAtKey(reference: NameReference): boolean {
  if (reference.kind === 'reportColumn') return typeof reference.path.at(-1) === 'string';
  return reference.kind === 'field' && !reference.asValue && typeof reference.path.at(-1) === 'string';
}

function countDistinct(references: readonly NameReference[]): Record<NameKind, number> {
  const seen: Record<NameKind, Set<string>> = {
    object: new Set(),
    field: new Set(),
    recordType: new Set(),
    picklistValue: new Set(),
    listView: new Set(),
    report: new Set(),
    reportRows: new Set(),
    reportColumn: new Set(),
    dashboard: new Set(),
    tab: new Set(),
    user: new Set(),
    queue: new Set(),
    conditionUser: new Set(),
    pathStage: new Set(),
    fieldValue: new Set(),
    contractName: new Set(),
  };
  for (const reference of references) {
    const { kind, path: _path, ...name } = reference;
    if ('accepts' in name) delete (name as { accepts?: string }).accepts;
    if ('asValue' in name) delete (name as { asValue?: true }).asValue;
    if ('onTrack' in name) delete (name as { onTrack?: true }).onTrack;
    // A picklist value is one name, whichever record type it is also checked against.
    if (kind === 'picklistValue') {
      delete (name as { recordType?: string }).recordType;
      delete (name as { adminDefault?: true }).adminDefault;
    }
    if ('recordTypeId' in name) delete (name as { recordTypeId?: string }).recordTypeId;
    if ('personaDefault' in name) delete (name as { personaDefault?: unknown }).personaDefault;
    if ('viewers' in name) delete (name as { viewers?: unknown }).viewers;
    // A report's label is one name, whichever persona reads it and whatever it is expected to show.
    const distinct =
      reference.kind === 'user'
        ? reference.username
        : reference.kind === 'reportColumn'
          ? [reference.report, reference.column]
          : name;
    seen[kind].add(JSON.stringify(distinct).toLowerCase());
  }
  return Object.fromEntries(Object.entries(seen).map(([kind, names]) => [kind, names.size])) as Record<
    NameKind,
    number
  >;
}

function dedupe(problems: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
