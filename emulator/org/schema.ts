import { z } from 'zod';
import { to18 } from './record-ids';
import { accessSchemas } from './schema-access';
import { approvalSchemas } from './schema-approvals';
import {
  automationSchemas,
  FORMULA_RETURN_TYPES,
  recordTypeSchema,
  recordTypeVisibilitySchema,
} from './schema-automation';
import { navigationSchemas } from './schema-navigation';
import { productSchemas } from './schema-products';
import {
  LAYOUT_BUTTONS,
  layoutAssignmentSchema,
  recordUiSchemas,
  relatedListSchema,
} from './schema-record-ui';

/**
 * The org definition: everything the emulator serves, in one YAML file (see emulator/README.md).
 * Objects are strict so a misspelt key is an error with its line and column, not a silent default.
 */

export const SYSTEM_PERMISSIONS = [
  'ManageUsers',
  'ModifyAllData',
  'ViewAllData',
  'ViewSetup',
  'ApiEnabled',
  // Event Monitoring's "View Event Log Object Data" (model/event-log-objects.ts).
  'ViewEventLogObjectData',
] as const;
export type SystemPermission = (typeof SYSTEM_PERMISSIONS)[number];

export const FIELD_TYPES = [
  'text',
  'textarea',
  // Text Area (Rich), Metadata type Html: HTML the rich text editor writes ("<p>Call back</p>").
  'richtext',
  'picklist',
  // Multi-select picklist: the values chosen, joined by semicolons in the API ("Web;Events").
  'multipicklist',
  'number',
  'currency',
  'percent',
  'email',
  'phone',
  'url',
  'checkbox',
  'date',
  'datetime',
  'lookup',
  'name',
  'formula',
  // Auto Number (Metadata API type AutoNumber): text the org assigns on insert from displayFormat and a counter.
  'autonumber',
] as const;
export type FieldTypeName = (typeof FIELD_TYPES)[number];

const salesforceId = (prefix: string) =>
  z
    .string()
    .refine((id) => id.startsWith(prefix) && to18(id) !== undefined, {
      message: `Expected a Salesforce id starting with ${prefix} (15 characters, or 18 with a valid case-safe suffix)`,
    })
    .transform((id) => to18(id) as string);

const apiVersion = z.string().regex(/^\d{2}\.0$/, 'Expected an API version like "62.0"');

const orgSchema = z.strictObject({
  id: salesforceId('00D'),
  name: z.string().min(1),
  myDomain: z.string().regex(/^[a-z0-9-]+$/, 'Expected a My Domain name: lowercase letters, digits, hyphens'),
  edition: z.string().default('Enterprise Edition'),
  instanceName: z.string().default('CS42'),
  isSandbox: z.boolean().default(false),
  sandboxName: z.string().optional(),
  // Sharing Settings' default for price books, as Organization.DefaultPricebookAccess: None (No Access),
  // Read (View Only), ReadSelect (Use) (docs/salesforce-facts.md#price-book-access).
  defaultPricebookAccess: z.enum(['None', 'Read', 'ReadSelect']).default('None'),
  // Organization.TimeZoneSidKey, the org's default time zone (Setup > Company Information): profiles' login hours
  // are kept in it (docs/salesforce-facts.md#login-hours).
  timeZone: z
    .string()
    .refine(
      (zone) => isTimeZone(zone),
      'Expected a Salesforce time zone such as America/Los_Angeles or Europe/Berlin',
    )
    .default('America/Los_Angeles'),
  apiVersions: z.strictObject({ min: apiVersion, max: apiVersion }).default({ min: '31.0', max: '66.0' }),
});

const securitySchema = z.strictObject({
  adminsCanLogInAsAnyUser: z.boolean().default(true),
  canUsersGrantLoginAccess: z.boolean().default(true),
});

const sessionSchema = z.strictObject({
  forceReloginAfterLoginAs: z.boolean().default(false),
  timeoutMinutes: z.number().int().positive().default(120),
});

const connectedAppSchema = z.strictObject({
  name: z.string().default('persona-ux'),
  clientId: z.string().min(8),
  clientSecret: z.string().min(8),
  /** PEM certificate or public key for the JWT bearer flow ("Use digital signatures"). */
  certificate: z.string().optional(),
  /** "Enable Client Credentials Flow": the username the flow runs as; unset = the flow is off. */
  runAs: z.string().optional(),
});

const objectPermissionSchema = z.strictObject({
  read: z.boolean().default(false),
  create: z.boolean().default(false),
  edit: z.boolean().default(false),
  delete: z.boolean().default(false),
  viewAll: z.boolean().default(false),
  modifyAll: z.boolean().default(false),
});
export type ObjectPermission = z.infer<typeof objectPermissionSchema>;

export const FIELD_ACCESS = ['none', 'read', 'edit'] as const;
export type FieldAccess = (typeof FIELD_ACCESS)[number];

// Access: permission sets, roles, groups, sharing, login hours/IP ranges (schema-access.ts).
const access = accessSchemas({
  systemPermission: z.enum(SYSTEM_PERMISSIONS),
  objectPermission: objectPermissionSchema,
  fieldAccess: z.enum(FIELD_ACCESS),
});

const profileSchema = z.strictObject({
  name: z.string().min(1),
  userLicense: z.string().default('Salesforce'),
  systemPermissions: z.array(z.enum(SYSTEM_PERMISSIONS)).default([]),
  objectPermissions: z.record(z.string(), objectPermissionSchema).default({}),
  // Per object: field API name → none|read|edit; "*" sets the default for fields not listed.
  fieldPermissions: z.record(z.string(), z.record(z.string(), z.enum(FIELD_ACCESS))).default({}),
  // Per object: the page layout's name, or { default, recordTypes: { DeveloperName: layout } } (schema-record-ui.ts).
  layoutAssignments: z.record(z.string(), layoutAssignmentSchema).default({}),
  // Per object: record types (developer names) this profile may create records with, and its default.
  recordTypes: z.record(z.string(), recordTypeVisibilitySchema).default({}),
  ...access.profileFields,
});
export type ProfileDefinition = z.infer<typeof profileSchema>;

const userSchema = z.strictObject({
  username: z.string().regex(/^[^@\s]+@[^@\s]+$/, 'Expected a username in the form of an email address'),
  firstName: z.string().optional(),
  lastName: z.string().min(1),
  email: z.string().optional(),
  alias: z.string().max(8).optional(),
  title: z.string().optional(),
  profile: z.string().min(1),
  active: z.boolean().default(true),
  // LocaleSidKey: how Lightning formats numbers and dates for this user (en_US, en_GB, de_DE, fr_FR…).
  locale: z
    .string()
    .regex(/^[a-z]{2}(_[A-Z]{2})?$/, 'Expected a Salesforce locale such as en_US or de_DE')
    .default('en_US'),
  // LanguageLocaleKey: the language of this user's labels (field, report column and tab labels follow it). The
  // emulator's labels are its org definition's whatever the language; it answers the setting as an org would.
  language: z
    .string()
    .regex(/^[a-z]{2}(_[A-Z]{2})?$/, 'Expected a Salesforce language such as en_US or de')
    .default('en_US'),
  // TimeZoneSidKey: the zone Lightning shows this user's date/times in. A new org's users start in the org's
  // default time zone; (GMT-08:00) Pacific Standard Time is Salesforce's usual one.
  timeZone: z
    .string()
    .refine(isTimeZone, 'Expected a Salesforce time zone such as America/Los_Angeles or Europe/Berlin')
    .default('America/Los_Angeles'),
  // Demo orgs only: the emulator's password for this user. Real orgs never put passwords in files.
  password: z.string().optional(),
  ...access.userFields,
});
export type UserDefinition = z.infer<typeof userSchema>;

export const fieldSchema = z.strictObject({
  type: z.enum(FIELD_TYPES),
  label: z.string().min(1),
  required: z.boolean().default(false),
  length: z.number().int().positive().optional(),
  precision: z.number().int().positive().optional(),
  scale: z.number().int().min(0).optional(),
  values: z.array(z.string()).optional(),
  restricted: z.boolean().default(true),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  referenceTo: z.array(z.string()).optional(),
  relationshipName: z.string().optional(),
  compoundOf: z.array(z.string()).optional(),
  readOnly: z.boolean().default(false),
  // type formula: the expression (emulator/formula/) and what it returns; read-only, computed on save.
  formula: z.string().trim().min(1).optional(),
  returnType: z.enum(FORMULA_RETURN_TYPES).optional(),
  // Formula option "Treat blank fields as zeroes" (Salesforce's default for number formulas) or as blanks.
  blankAsZero: z.boolean().default(true),
  // type autonumber: the Metadata API's displayFormat ("CASE-{0000}": one run of zeros in braces, the least number
  // of digits; {YYYY}, {YY}, {MM}, {DD}: the day of insert) and startingNumber, the number the first record gets.
  displayFormat: z
    .string()
    .regex(
      /^[^{}]*(\{(YYYY|YY|MM|DD)\}[^{}]*)*\{0+\}[^{}]*(\{(YYYY|YY|MM|DD)\}[^{}]*)*$/,
      'Expected a display format with one run of zeros in braces, such as {00000000} or CASE-{0000} (also {YYYY}, {YY}, {MM}, {DD})',
    )
    .optional(),
  startingNumber: z.number().int().min(0).optional(),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

const objectSchema = z.strictObject({
  label: z.string().min(1),
  labelPlural: z.string().min(1),
  keyPrefix: z.string().regex(/^[a-zA-Z0-9]{3}$/, 'Expected a 3-character key prefix'),
  nameField: z.string().default('Name'),
  fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected a field API name'), fieldSchema),
  // Record types add RecordTypeId; profiles choose which they may use (profiles[].recordTypes).
  recordTypes: z.array(recordTypeSchema).default([]),
});
export type ObjectDefinition = z.infer<typeof objectSchema>;

const layoutFieldSchema = z.union([
  z.string(),
  z.strictObject({ field: z.string(), behavior: z.enum(['edit', 'required', 'readonly']).default('edit') }),
]);

const layoutSchema = z.strictObject({
  name: z.string().min(1),
  object: z.string().min(1),
  sections: z.array(
    z.strictObject({
      label: z.string().min(1),
      columns: z.union([z.literal(1), z.literal(2)]).default(2),
      fields: z.array(layoutFieldSchema),
    }),
  ),
  relatedLists: z.array(relatedListSchema).default([]),
  // The Approval History related list (layout metadata relatedList RelatedProcessHistoryList): on the page only
  // where the layout places it, as in Salesforce, where a layout has it only once an admin adds it.
  approvalHistory: z.boolean().default(false),
  // Actions in the record page's ribbon; unset = Edit, Delete (and New) as object permissions allow.
  buttons: z.array(z.enum(LAYOUT_BUTTONS)).optional(),
});
export type LayoutDefinition = z.infer<typeof layoutSchema>;

const recordSchema = z.strictObject({
  object: z.string().min(1),
  // Username of the owner; defaults to the first user with Modify All Data.
  owner: z.string().optional(),
  // Developer name of the record's record type; defaults to the object's first.
  recordType: z.string().optional(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type RecordDefinition = z.infer<typeof recordSchema>;

export const orgDefinitionSchema = z.strictObject({
  org: orgSchema,
  security: securitySchema.default({ adminsCanLogInAsAnyUser: true, canUsersGrantLoginAccess: true }),
  session: sessionSchema.default({ forceReloginAfterLoginAs: false, timeoutMinutes: 120 }),
  connectedApp: connectedAppSchema,
  // Event Monitoring licensed: LoginAsEventLog exists (model/event-log-objects.ts).
  eventMonitoring: z.boolean().default(false),
  profiles: z.array(profileSchema).min(1),
  users: z.array(userSchema).min(1),
  objects: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected an object API name'), objectSchema),
  layouts: z.array(layoutSchema).default([]),
  records: z.array(recordSchema).default([]),
  ...navigationSchemas,
  ...recordUiSchemas,
  ...access.orgSections,
  ...automationSchemas,
  ...productSchemas,
  ...approvalSchemas,
});

export type OrgDefinition = z.infer<typeof orgDefinitionSchema>;
export type OrgDefinitionInput = z.input<typeof orgDefinitionSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
