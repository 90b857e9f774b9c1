/**
 * What `open` can show besides a record — a list view, an object home, a report, a dashboard, an app tab, a
 * related list — and what an `expect` step checks on it. One of record, listView (with object), object alone,
 * report, dashboard, tab or relatedList is set; relatedList alone acts on the record opened before.
 */
export interface OpenTarget {
  /** A key of the scenario's `data`. */
  record?: string;
  /** The object of a list view, or alone: the object's home (its default list). */
  object?: string;
  /** A list view's API name (filterName), with `object`. */
  listView?: string;
  /** A report's developer name. */
  report?: string;
  /** A dashboard's developer name. */
  dashboard?: string;
  /** An app tab's label, as the navigation bar or the App Launcher shows it (Leads, Reports...). */
  tab?: string;
  /** A related list's label on the record's Related tab (Contacts, Opportunities...). */
  relatedList?: string;
}

/** `rows: 3`, or `rows: { atLeast: 1 }` / `{ atMost: 10 }`. */
export type RowCount = { exactly: number } | { atLeast?: number; atMost?: number };

/** On a list view, an object home, a tab's list or a related list: which test records it lists, how many rows. */
export interface ListExpectation {
  includes: string[];
  excludes: string[];
  rows?: RowCount;
}

/** On a report, as the persona runs it. */
export interface ReportExpectation {
  /** Data keys of records whose rows the report must (not) show. */
  includes: string[];
  excludes: string[];
  rows?: RowCount;
  /** Column label → the values the column shows, top to bottom. */
  columns: Record<string, string[]>;
  /** Data key → column label → what the record's row shows in that column: its text, or its number or date. */
  values: Record<string, Record<string, string>>;
  /** Column labels the report must not show them (a column on a field they must not read). */
  columnsAbsent: string[];
}

/** On a dashboard: component title → the value it shows (a metric), as its running user sees it. */
export type DashboardExpectation = Record<string, string>;

export interface ViewExpectations {
  list?: ListExpectation;
  report?: ReportExpectation;
  dashboard?: DashboardExpectation;
}

export type ViewKind = keyof ViewExpectations;

export const VIEW_KINDS: readonly ViewKind[] = ['list', 'report', 'dashboard'];

/** The `open` step that shows each kind of view, for messages that ask for one. */
export const OPEN_VIEW_EXAMPLE: Record<ViewKind, string> = {
  list: 'open: { object: Lead, listView: MyOpenLeads }',
  report: 'open: { report: Open_Pipeline }',
  dashboard: 'open: { dashboard: Sales_Pipeline }',
};
