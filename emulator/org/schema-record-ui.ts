import { z } from 'zod';
import { VISIBILITY_OPERATORS } from '../../salesforce/visibility-rules';
import { LATENCY_PROFILES, SHADOW_MODES } from './profile-names';

/**
 * Org-definition sections for record pages: compact layouts, page-layout extras (related lists,
 * buttons) and the UI latency profile. Page layouts themselves stay in schema.ts.
 */

const compactLayoutSchema = z.strictObject({
  name: z.string().min(1),
  object: z.string().min(1),
  // The first field is the primary field (the record name); the rest show in the highlights panel.
  fields: z.array(z.string().min(1)).min(1),
  // Record type developer names this compact layout is assigned to; empty = the object's default.
  recordTypes: z.array(z.string()).default([]),
});
export type CompactLayoutDefinition = z.infer<typeof compactLayoutSchema>;

export const relatedListSchema = z.strictObject({
  // Child object and its lookup field pointing at the record shown.
  object: z.string().min(1),
  field: z.string().min(1),
  label: z.string().min(1).optional(),
  columns: z.array(z.string()).default([]),
});
export type RelatedListDefinition = z.infer<typeof relatedListSchema>;

// Standard button names: Submit is "Submit for Approval", CreatePdf the quote's "Create PDF" (unconfirmed API name).
export const LAYOUT_BUTTONS = ['Edit', 'Delete', 'New', 'Submit', 'CreatePdf'] as const;

/**
 * A profile's layout for one object: a layout name, or a default plus overrides per record type
 * (developer name), as Setup's "Page Layout Assignment" grid (profile x record type).
 */
export const layoutAssignmentSchema = z.union([
  z.string(),
  z.strictObject({ default: z.string(), recordTypes: z.record(z.string(), z.string()).default({}) }),
]);
export type LayoutAssignment = z.infer<typeof layoutAssignmentSchema>;

/** The tabs of a record page's tab set (grouped view). */
export const RECORD_TABS = ['Details', 'Related'] as const;

const criteriaSchema = z
  .array(
    z.strictObject({
      field: z.string().min(1),
      operator: z.enum(VISIBILITY_OPERATORS),
      value: z.string().default(''),
    }),
  )
  .min(1);

const recordUiSchema = z.strictObject({
  latency: z.enum(LATENCY_PROFILES).default('none'),
  // Seed of the jitter profile's random delays (same seed, same delays).
  latencySeed: z.number().int().default(1),
  shadowMode: z.enum(SHADOW_MODES).default('native'),
  // How many record actions the highlights panel shows as buttons; the rest go to "Show more actions".
  visibleActions: z.number().int().min(0).default(3),
  // How many tabs a record page's tab bar shows; the rest go to its "More" menu (Lightning fits as many as the
  // bar's width allows, keeping the selected tab in the bar). Unset: all of them.
  visibleTabs: z.number().int().min(1).optional(),
  // The tab record pages open on: the default tab of the Lightning page's Tabs component (Lightning App Builder).
  defaultTab: z.enum(RECORD_TABS).default('Details'),
  // The label of the tab holding the Record Detail component (and the field sections placed on no other tab): an
  // admin may put it on a tab labelled otherwise in Lightning App Builder, leaving no Details tab.
  detailTabLabel: z.string().min(1).default('Details'),
  // Setup > Record Page Settings, "Full view" (Metadata API RecordPageSettings.enableFullRecordView): the
  // details and the related lists on one page, without the Details and Related tabs.
  fullRecordView: z.boolean().default(false),
  // Objects whose Lightning record page is built with Dynamic Forms: field sections (one per section of the
  // object's first page layout, as "Upgrade Now" migrates them, the same for every viewer) instead of the Record
  // Detail component.
  dynamicForms: z.array(z.string().min(1)).default([]),
  // Field sections of a Dynamic Forms page the admin placed on a tab of their own, after Details (Lightning App
  // Builder: a tab added to the Tabs component), by object and section label.
  fieldSectionTabs: z
    .array(z.strictObject({ object: z.string().min(1), section: z.string().min(1), tab: z.string().min(1) }))
    .default([]),
  // Component visibility rules of a Dynamic Forms page's fields and field sections (Lightning App Builder: Set
  // Component Visibility): the field, or the section with all its fields, shows only while the record's values
  // meet every criterion.
  fieldVisibility: z
    .array(z.strictObject({ object: z.string().min(1), field: z.string().min(1), criteria: criteriaSchema }))
    .default([]),
  sectionVisibility: z
    .array(
      z.strictObject({ object: z.string().min(1), section: z.string().min(1), criteria: criteriaSchema }),
    )
    .default([]),
  // More Dynamic Forms record pages of an object besides its org default ({Object}_Record_Page), each made from
  // one of its layouts and activated (Lightning App Builder, "Activation") as apps' default, or for an app and a
  // profile (and a record type; none: records without one).
  lightningPages: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected a Lightning page API name, like Account_Sales_Page'),
        object: z.string().min(1),
        layout: z.string().min(1),
        appDefault: z.array(z.string().min(1)).default([]),
        assignments: z
          .array(
            z.strictObject({
              app: z.string().min(1),
              profile: z.string().min(1),
              recordType: z.string().min(1).optional(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});

export const recordUiSchemas = {
  compactLayouts: z.array(compactLayoutSchema).default([]),
  recordUi: recordUiSchema.default({
    latency: 'none',
    latencySeed: 1,
    shadowMode: 'native',
    visibleActions: 3,
    defaultTab: 'Details',
    detailTabLabel: 'Details',
    fullRecordView: false,
    dynamicForms: [],
    fieldSectionTabs: [],
    fieldVisibility: [],
    sectionVisibility: [],
    lightningPages: [],
  }),
};
