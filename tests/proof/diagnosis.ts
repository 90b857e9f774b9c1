import { stripVTControlCharacters } from 'node:util';
import { unwrapLines } from '../../fixtures/wrapped-lines';

/**
 * The reason a red scenario gives, reduced to one category, from its failure message alone: what a reader of
 * the run's output would conclude. The first rule that matches wins, so the more specific rules come first.
 */
export const DIAGNOSES = {
  'login-as:policy': 'the Login Access Policy does not let administrators log in as any user',
  'login-as:permissions': 'the admin lacks a permission Login-As needs (Manage Users, Modify All Data)',
  'login-as:frozen': "the persona's user is frozen",
  'login-as:inactive': "the persona's user is inactive",
  'login-as:refused': 'Salesforce refused the Login click, or the Login button is missing',
  'persona-contract': "the persona's user no longer matches its declared profile, sets, role or groups",
  'object-access': 'no object permission to read the record',
  sharing: 'the record is not shared with the persona',
  rendering: 'the page shows what the org says it must not, or misses what it must show',
  'fls-exposed': 'field-level security lets the persona read a field it must not see',
  fls: 'field-level security hides a field',
  layout: "the persona's page layout does not place a field",
  'lightning-page': 'the Lightning page built with Dynamic Forms does not place a field or field section',
  'visibility-rule':
    'a component visibility rule of the Lightning page hides a field or section for this record or user',
  picklist: "a picklist value is not offered for the record's record type",
  'read-only': 'a field the persona must edit is read-only, or one that must be read-only is editable',
  'required-field': 'the save is refused because a required field is empty',
  'validation-rule': 'the save is refused by a validation rule, or not refused as expected',
  'list-view': 'a list view lists or omits the wrong records',
  report: "a report's own filters, filter logic, scope or type leave out a record it must list",
  dashboard: 'a dashboard shows data as another running user than expected',
  'record-type': 'the persona is not offered a record type it needs',
  assignment: 'the record is owned by someone other than expected (assignment, routing)',
  automation: 'a value automation sets is not the expected one',
  'price-book':
    'a price book is offered that must not be, or not offered that must be, with what grants or withholds it',
  'test-data': 'the test data could not be created',
  unknown: 'no known reason in the message',
} as const;

export type Diagnosis = keyof typeof DIAGNOSES;

const RULES: [Diagnosis, RegExp][] = [
  ['login-as:policy', /"Administrators Can Log in as Any User" is off/],
  ['login-as:permissions', /lacks (Manage Users|Modify All Data)\b/],
  ['login-as:frozen', /\bis frozen\b/],
  // Before "is inactive": a price book's reason may say the book is inactive.
  [
    'price-book',
    /price books: expected "[^"]*" (not )?offered[^\n]* — [^\n]*(org-wide default for price books|View All Data|Modify All Data|is inactive)/,
  ],
  ['login-as:inactive', /\bis inactive\b/],
  ['persona-contract', /contract violated/],
  ['login-as:refused', /refused Login-As|No Login button on/],
  ['test-data', /Test data "[^"]*"|refused to create \w+/],
  ['object-access', /no read access to \w+/],
  ['sharing', /not shared with them/],
  ['rendering', /rendering fault/],
  [
    'fls-exposed',
    /(expected hidden, but it is visible|expected absent, but the report shows it)[^\n]*field-level security grants Read via/,
  ],
  ['fls', /field-level security hides it/],
  ['layout', /page layout "[^"]*" assigned to profile "[^"]*" does not place it/],
  [
    'visibility-rule',
    /Lightning page "[^"]*" shows it only when [^\n]* \(a component visibility rule\), and /,
  ],
  [
    'lightning-page',
    /Lightning pages? "[^"]*"[^\n]* (does|do) not place it|Lightning page "[^"]*" has no field section/,
  ],
  ['picklist', /offers [^\n]* for this record's record type( "[^"]*" \(\w+\))?; "[^"]*" is not among them/],
  ['read-only', /is read-only for this persona|expected read-only, but it is editable/],
  ['required-field', /required fields must be completed|Complete this field/],
  // A validation-rule verdict names the rule, not only a refusal's shape.
  [
    'validation-rule',
    /(could not save|could not create|was refused|was expected to be refused)[^\n]*validation rule \w+\.\w+/,
  ],
  ['list-view', /on list view \w+ \w+/],
  // A report verdict names the part of the report that leaves the record out, not only the report.
  ['report', /on report "[^"]*"[\s\S]*the report's (filter |filter logic|scope "|type ")/],
  ['dashboard', /on dashboard "[^"]*" \([^)]*\) — it shows data as its running user/],
  ['record-type', /with record type \w+[^\n]*(is not available to the profile|the New action offers)/],
  ['assignment', /\.OwnerId: expected /],
  // An automation verdict names the flow that sets the value or creates the record, not only a mismatch.
  [
    'automation',
    /(\.\w+: expected "[^"]*", but it (shows|is empty)|expected a Task [^\n]*but the record's Tasks are)[^\n]*flow "[^"]*" \(\w+\)/,
  ],
];

/** The category of a failure message (as written: lines the reports wrapped are joined); 'unknown' when no rule matches. */
export function diagnose(message: string): Diagnosis {
  const text = unwrapLines(stripVTControlCharacters(message));
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'unknown';
}
