import { z } from 'zod';

/**
 * Org-definition sections for navigation: Path, list views, apps, reports and dashboards.
 * Operators are the ListView / Report metadata names (equals, notEqual, lessThan, ..., contains, startsWith).
 */

export const FILTER_OPERATORS = [
  'equals',
  'notEqual',
  'lessThan',
  'greaterThan',
  'lessOrEqual',
  'greaterOrEqual',
  'contains',
  'notContain',
  'startsWith',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

const filterSchema = z.strictObject({
  field: z.string().min(1),
  operator: z.enum(FILTER_OPERATORS).default('equals'),
  // Comma-separated values mean "any of" for equals and "none of" for notEqual, as in list view filters.
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});
export type FilterDefinition = z.infer<typeof filterSchema>;

const sortSchema = z.strictObject({
  field: z.string().min(1),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type SortDefinition = z.infer<typeof sortSchema>;

const developerName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected a developer name: letters, digits and underscores');

const pathStageSchema = z.strictObject({
  keyFields: z.array(z.string()).default([]),
  guidance: z.string().optional(),
});

const pathSchema = z.strictObject({
  object: z.string().min(1),
  field: z.string().min(1),
  closedWon: z.array(z.string()).default(['Closed Won']),
  closedLost: z.array(z.string()).default(['Closed Lost']),
  // Per stage (picklist value): key fields and guidance shown under the path.
  stages: z.record(z.string(), pathStageSchema).default({}),
});
export type PathDefinition = z.infer<typeof pathSchema>;

/** Everybody (default), or only these profiles and public groups (by name or developer name). */
const audienceSchema = z
  .union([
    z.literal('all'),
    z.strictObject({ profiles: z.array(z.string()).default([]), groups: z.array(z.string()).default([]) }),
  ])
  .default('all');

const listViewSchema = z.strictObject({
  object: z.string().min(1),
  developerName,
  label: z.string().min(1),
  filterScope: z.enum(['Everything', 'Mine', 'Queue']).default('Everything'),
  // The queue's name when filterScope is Queue.
  queue: z.string().optional(),
  filters: z.array(filterSchema).default([]),
  columns: z.array(z.string()).min(1),
  sort: sortSchema.optional(),
  // Who sees the view in the picker: everybody (default) or only these profiles / public groups.
  visibleTo: audienceSchema,
});
export type ListViewDefinition = z.infer<typeof listViewSchema>;

const appSchema = z.strictObject({
  label: z.string().min(1),
  developerName: z.string().min(1),
  // Object API names, or "Home".
  tabs: z.array(z.string()).default(['Home']),
});
export type AppDefinition = z.infer<typeof appSchema>;

const summarySchema = z.strictObject({
  field: z.string().min(1),
  aggregate: z.enum(['sum', 'avg', 'min', 'max']).default('sum'),
});

const reportSchema = z.strictObject({
  developerName,
  name: z.string().min(1),
  folder: z.string().default('Public Reports'),
  object: z.string().min(1),
  // Report "Show Me": Everything, or Mine (the viewer's records).
  filterScope: z.enum(['Everything', 'Mine']).default('Everything'),
  filters: z.array(filterSchema).default([]),
  // Filter logic over the filters' numbers, such as "1 AND (2 OR 3)" (Analytics API reportBooleanFilter); none: all.
  booleanFilter: z.string().min(1).optional(),
  columns: z.array(z.string()).min(1),
  sort: sortSchema.optional(),
  summaries: z.array(summarySchema).default([]),
  // Row groupings, outermost first: a report with any is a Summary report (Analytics API groupingsDown, up to 3).
  groupings: z.array(z.string().min(1)).max(3).default([]),
  // Column groupings make it a Matrix report (groupingsAcross, up to 2); the Report Viewer does not render them here.
  groupingsAcross: z.array(z.string().min(1)).max(2).default([]),
});
export type ReportDefinition = z.infer<typeof reportSchema>;

const dashboardComponentSchema = z.strictObject({
  title: z.string().min(1),
  report: z.string().min(1), // the report's developerName
  type: z.enum(['metric', 'table', 'chart']).default('metric'),
  // metric: sum of this field (record count when absent); chart: the grouping field.
  field: z.string().optional(),
});

const dashboardSchema = z.strictObject({
  developerName,
  title: z.string().min(1),
  folder: z.string().default('Public Dashboards'),
  // A fixed running user (username), or "viewer" for a dynamic dashboard ("Run as logged-in user").
  runningUser: z.string().min(1),
  components: z.array(dashboardComponentSchema).min(1),
});
export type DashboardDefinition = z.infer<typeof dashboardSchema>;

// A report or dashboard folder shared with some profiles or groups (Salesforce shares folders with users, roles
// and groups); a folder not listed here is public. Users with View All Data see every folder.
const folderSchema = z.strictObject({
  name: z.string().min(1),
  sharedWith: audienceSchema,
});
export type FolderDefinition = z.infer<typeof folderSchema>;

export const navigationSchemas = {
  folders: z.array(folderSchema).default([]),
  paths: z.array(pathSchema).default([]),
  listViews: z.array(listViewSchema).default([]),
  apps: z.array(appSchema).default([]),
  reports: z.array(reportSchema).default([]),
  dashboards: z.array(dashboardSchema).default([]),
};
