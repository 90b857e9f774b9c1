import type { PersonaCapability } from '../fixtures/persona-contract';
import type { ApprovalStepAction } from './model-approvals';
import type { JourneyStep } from './model-journeys';
import type { PathExpectations } from './model-path';
import type { OpenTarget, RowCount, ViewExpectations } from './model-views';

/** The scenario model the loader hands to the runner, and the errors it reports instead of throwing. */

// A persona's capability is declared beside the check that enforces it (fixtures/persona-contract.ts).
export type { PersonaCapability };

/** 1-based; `file` is the path as given to the loader (relative paths stay relative). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface Persona {
  name: string;
  /** The user it logs in as; without one (and without `usernames`) a user matching `capability` is found. */
  username?: string;
  /** A pool: the first (by username) that is active, not frozen and matches `capability`. */
  usernames?: string[];
  description?: string;
  /** The personas file that declares it, as the loader was given it. */
  file?: string;
  /** Impersonating it needs an approval in the scenario. */
  sensitive?: boolean;
  /** Login-As of this persona is expected to be refused for this reason (a frozen or inactive user...). */
  loginRefused?: LoginRefusal;
  capability: PersonaCapability;
}

/** Why Login-As may be refused: the rows of the Login-As guide's troubleshooting table. */
export const LOGIN_REFUSALS = [
  'frozen',
  'inactive',
  'policy',
  'permissions',
  'loginHours',
  'ipRange',
  'notGranted',
] as const;
export type LoginRefusal = (typeof LOGIN_REFUSALS)[number];

export type FieldValue = string | number | boolean | null;

/**
 * A record the admin creates through the API before the steps and deletes after. Scenario.data lists them in
 * creation order: each after the records its values refer to ({{data.<key>.Id}}); deletion runs in reverse.
 */
export interface DataRecord {
  key: string;
  sobject: string;
  /** Values may hold `{{placeholders}}`; the runtime renders them (see template.ts). */
  fields: Record<string, FieldValue>;
  /** Whether Salesforce assignment rules run on create (Sforce-Auto-Assign). */
  autoAssign: boolean;
  /** The record type's developer name; the runtime looks its Id up in RecordType. */
  recordType?: string;
  location: SourceLocation;
}

/** Opens a record, a list view, an object home, a report, a dashboard, an app tab or a related list. */
export interface OpenStep extends OpenTarget {
  kind: 'open';
  /** With a record: the admin's view of the same page is read too and what the persona lacks is reported. */
  compareWithAdmin?: true | { missing: string[] };
}

/** Field API names, checked on the record last opened. */
export interface ExpectStep extends Partial<RecordPageExpectations>, ViewExpectations, PathExpectations {
  kind: 'expect';
  visible: string[];
  hidden: string[];
  readOnly: string[];
  /** Field API name → the text the persona should see in it (automation results: owner, rating...). */
  values: Record<string, string>;
}

/** What the record page offers the persona. Labels as the persona reads them; fields by API name. */
export interface RecordPageExpectations {
  /** Fields the Edit modal lets the persona change, and fields it marks required (opened, read, cancelled). */
  editable: string[];
  required: string[];
  /** Picklist field → exactly the values the Edit modal offers for the record's record type. */
  offers: Record<string, string[]>;
  /** Section headings present, in this order; and absent. */
  sections: string[];
  sectionsAbsent: string[];
  /** Related lists (their titles on the Related tab) present and absent. */
  relatedLists: string[];
  relatedListsAbsent: string[];
  /** Actions (their labels, in the ribbon or its overflow menu) present and absent. */
  actions: string[];
  actionsAbsent: string[];
  /** Fields the highlights panel shows (the compact layout's). */
  highlights: string[];
}

/** Changes fields of the record last opened through its Edit modal, as the persona, and saves. */
export interface EditStep {
  kind: 'edit';
  /** Field API name → the value to enter (for picklists and lookups, the text to pick). */
  fields: Record<string, string | number | boolean>;
  /** When set, the save must be refused with an error containing this text. */
  expectError?: string;
}

/** Opens a list view as the persona and checks which test records it lists. */
export interface ListViewStep {
  kind: 'listView';
  object: string;
  /** The list view's API name (filterName). */
  view: string;
  /** Data keys of records the list must show, and of records it must not. */
  includes: string[];
  excludes: string[];
  rows?: RowCount;
}

/** Ends the current Login-As and logs in as another persona; the steps after it run as that persona. */
export interface AsStep {
  kind: 'as';
  persona: string;
  /** Login-As of this persona must be refused for this reason; only `as` steps may follow. */
  loginRefused?: LoginRefusal;
}

/** Creates a record through the object's New action as the persona (record type step, fields, Save). */
export interface CreateStep {
  kind: 'create';
  sobject: string;
  /** The record type's developer name, chosen in the New action's record type step. */
  recordType?: string;
  /** Field API name → the value to enter (for picklists and lookups, the text to pick). */
  fields: Record<string, string | number | boolean>;
  /** When set, the save must be refused with an error containing this text. */
  expectError?: string;
  /** With expectError: the field (API name) the error must show under, rather than anywhere in the form. */
  expectErrorOn?: string;
  /** The name later steps use for the created record (open: { record: <name> }); it is deleted after the run. */
  record?: string;
}

/** Moves the opened record along its Path as the persona. */
export interface PathStep {
  kind: 'path';
  /** complete: "Mark Stage as Complete"; select: choose `stage`, "Mark as Current Stage"; close: the closed-stage dialog. */
  action: 'complete' | 'select' | 'close';
  stage?: string;
  /** When set, the stage change must be refused with an error containing this text. */
  expectError?: string;
}

/** One persona's column of a matrix scenario: opens the record and reads its access to each field. */
export interface FieldAccessStep {
  kind: 'fieldAccess';
  /** A key of the scenario's data. */
  record: string;
  /** Field API name → hidden (not on the page), read (shown, not editable), edit (editable in the Edit form). */
  expected: Record<string, 'hidden' | 'read' | 'edit'>;
  /** The matrix scenario's id: its columns are reported together as one table. */
  matrix: string;
  /** Every persona of the matrix, in the order its table names them: the table's column order. */
  personas: string[];
}

export type StepAction =
  | OpenStep
  | ExpectStep
  | EditStep
  | ListViewStep
  | AsStep
  | CreateStep
  | PathStep
  | FieldAccessStep
  | ApprovalStepAction
  | JourneyStep;
export type StepKind = StepAction['kind'];

export type Step = StepAction & {
  location: SourceLocation;
  /** Human text used as the test.step title, e.g. 'open record "lead"'. */
  title: string;
};

export interface Scenario {
  id: string;
  title: string;
  persona: Persona;
  /**
   * Every persona the scenario uses (its persona first, then `as` steps and {{personas.<name>.*}}), each once;
   * absent means only `persona`.
   */
  personas?: Persona[];
  /** Login-As of the scenario's persona must be refused for this reason; then the scenario has no steps. */
  loginRefused?: LoginRefusal;
  reason: string;
  ticket: string;
  /** Required when the persona is sensitive: who approved the impersonation, and the approval's reference. */
  approval?: { approver: string; reference: string };
  tags: string[];
  data: DataRecord[];
  steps: Step[];
  file: string;
  /** Where the scenario's `id` is written. */
  location: SourceLocation;
}

/**
 * One user mistake. `path` names the offending key (e.g. 'steps[1].expect.visibel', '' for the file as a whole);
 * `message` says what is wrong and what to write instead. line/column are 0 when there is no position
 * (a path that does not exist, a directory without scenarios).
 */
export interface ScenarioError {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export interface LoadResult {
  /** The scenarios without errors, in input order. */
  scenarios: Scenario[];
  errors: ScenarioError[];
  /**
   * Files whose only errors are unknown keys and field names that are not API names, loaded without the keys and
   * with the names as written: checked against the org by `validate`, never run.
   */
  orgCheckOnly?: Scenario[];
  /** Personas files named on their own (no scenario file beside them), checked by themselves: how many personas each declares. */
  personasFiles?: { file: string; personas: number }[];
}
