import { z } from 'zod';

/**
 * Org-definition sections for access: permission sets, roles, public groups and queues, sharing
 * (org-wide defaults and criteria-based rules), and the profile/user additions (login hours, login IP ranges,
 * role, manager, frozen, permission set assignments, granted login access). schema.ts passes in its own
 * permission schemas so the two files do not import each other.
 */

export const SHARING_MODELS = ['Private', 'Read', 'ReadWrite'] as const;
export type SharingModel = (typeof SHARING_MODELS)[number];
export const SHARE_ACCESS = ['Read', 'Edit'] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];
/** Tab visibility as Setup offers it on a profile; permission sets say Visible / Available (= DefaultOn / DefaultOff). */
export const TAB_VISIBILITIES = ['DefaultOn', 'DefaultOff', 'Hidden'] as const;
export type TabVisibility = (typeof TAB_VISIBILITIES)[number];
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'Expected a time like "08:00" (24-hour clock)');
const ipv4 = z
  .string()
  .regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/, 'Expected an IPv4 address like "10.0.0.1"');

export function accessSchemas<S extends z.ZodTypeAny, O extends z.ZodTypeAny, F extends z.ZodTypeAny>(parts: {
  systemPermission: S;
  objectPermission: O;
  fieldAccess: F;
}) {
  const permissionSet = z.strictObject({
    // API name (PermissionSet.Name) and label.
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected a permission set API name'),
    label: z.string().min(1),
    systemPermissions: z.array(parts.systemPermission).default([]),
    objectPermissions: z.record(z.string(), parts.objectPermission).default({}),
    fieldPermissions: z.record(z.string(), z.record(z.string(), parts.fieldAccess)).default({}),
    // Per tab (object name): DefaultOn (Visible) or DefaultOff (Available); unset tabs get nothing from the set.
    tabSettings: z.record(z.string(), z.enum(['DefaultOn', 'DefaultOff'])).default({}),
    // Custom permissions the set enables, by API name (SetupEntityAccess rows of type CustomPermission).
    customPermissions: z.array(z.string()).default([]),
  });
  // Setup > Custom Permissions: what `{!$Permission.CustomPermission.Name}` in a visibility rule reads.
  const customPermission = z.strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z](?!.*__)[A-Za-z0-9_]*$/, 'Expected a custom permission API name, like Adjust_Credit'),
    label: z.string().min(1),
  });
  // A permission set group: its users get the union of its permission sets (PermissionSetGroupComponent).
  const permissionSetGroup = z.strictObject({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected a permission set group API name'),
    label: z.string().min(1),
    permissionSets: z.array(z.string()).min(1),
  });
  const role = z.strictObject({
    name: z.string().min(1),
    developerName: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
      .optional(),
    // Name of the role above this one; none for the top of the hierarchy.
    parent: z.string().optional(),
  });
  const groupMember = z.union([
    z.string().regex(/@/, 'Expected a username'),
    z.strictObject({ role: z.string() }),
    z.strictObject({ roleAndSubordinates: z.string() }),
    z.strictObject({ group: z.string() }),
  ]);
  const group = z.strictObject({
    name: z.string().min(1),
    developerName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    type: z.enum(['Regular', 'Queue']).default('Regular'),
    members: z.array(groupMember).default([]),
    // Queues only: the objects whose records the queue may own (QueueSobject).
    objects: z.array(z.string()).default([]),
  });
  const criterion = z.strictObject({
    field: z.string(),
    operator: z.enum(['equals', 'notEqual']).default('equals'),
    // A comma-separated value means "any of" ("none of" with notEqual), as list view filters.
    value: z.union([z.string(), z.number(), z.boolean()]),
  });
  const sharingRule = z.strictObject({
    name: z.string().min(1),
    object: z.string(),
    criteria: z.array(criterion).min(1),
    // Exactly one of: a public group (developer name), a role, a role and its subordinates.
    shareWith: z.union([
      z.strictObject({ group: z.string() }),
      z.strictObject({ role: z.string() }),
      z.strictObject({ roleAndSubordinates: z.string() }),
    ]),
    access: z.enum(SHARE_ACCESS).default('Read'),
  });
  const sharing = z.strictObject({
    // Per object: Private | Read (Public Read Only) | ReadWrite (Public Read/Write, the default).
    defaults: z.record(z.string(), z.enum(SHARING_MODELS)).default({}),
    rules: z.array(sharingRule).default([]),
  });
  return {
    orgSections: {
      permissionSets: z.array(permissionSet).default([]),
      permissionSetGroups: z.array(permissionSetGroup).default([]),
      customPermissions: z.array(customPermission).default([]),
      roles: z.array(role).default([]),
      groups: z.array(group).default([]),
      sharing: sharing.default({ defaults: {}, rules: [] }),
    },
    profileFields: {
      // Days not listed may not log in at all once loginHours is set; times are in the org's default time zone
      // (org.timeZone; "24:00" = end of day).
      loginHours: z.partialRecord(z.enum(DAYS), z.strictObject({ start: time, end: time })).optional(),
      loginIpRanges: z.array(z.strictObject({ start: ipv4, end: ipv4 })).default([]),
      // Per tab (object name); tabs not listed are DefaultOn when the profile can read the object, else Hidden.
      tabVisibilities: z.record(z.string(), z.enum(TAB_VISIBILITIES)).default({}),
      // Custom permissions the profile enables, by API name.
      customPermissions: z.array(z.string()).default([]),
    },
    userFields: {
      role: z.string().optional(),
      manager: z.string().optional(),
      // User.DelegatedApproverId: whose requests this user's delegate may act on, where a step allows delegates.
      // Delegation itself is not emulated (every approvalStep reads allowDelegate false).
      delegatedApprover: z.string().optional(),
      // UserLogin.IsFrozen: a frozen user cannot log in; the account stays active.
      frozen: z.boolean().default(false),
      permissionSets: z.array(z.string()).default([]),
      // Permission set groups assigned (PermissionSetAssignment.PermissionSetGroupId), by API name.
      permissionSetGroups: z.array(z.string()).default([]),
      // Grant Account Login Access: access for the org's administrators until this date (YYYY-MM-DD, UTC).
      grantLoginAccessUntil: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date like 2030-01-31')
        .optional(),
    },
  };
}
