import { SYSTEM_PERMISSIONS } from '../org/schema';
import type { SObjectField } from './fields';
import { field, labelOf, lookup, permissionFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';

/**
 * Platform objects that answer "who can see what": permission sets and their assignments, object and
 * field permissions, UserRecordAccess, UserLogin, roles, groups, group members and queue objects. Read-only;
 * their rows come from the org definition (model/access-seed.ts), UserRecordAccess rows from sharing.ts.
 */

export const ACCESS_KEY_PREFIXES = {
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  // Key prefixes of the next three are unconfirmed.
  PermissionSetGroup: '0PG',
  PermissionSetGroupComponent: '0PC',
  PermissionSetTabSetting: '01P',
  SetupEntityAccess: '0J0',
  CustomPermission: '0CP',
  AppMenuItem: '0DS',
  ObjectPermissions: '110',
  FieldPermissions: '01k',
  UserLogin: '060',
  UserRole: '00E',
  Group: '00G',
  GroupMember: '011',
  QueueSobject: '03g',
  // UserRecordAccess rows have no ids of their own in Salesforce; this prefix is never shown.
  UserRecordAccess: '0Ux',
} as const;

const bool = (name: string, label?: string) => field(name, 'boolean', { label });
const picklist = (name: string, picklistValues: string[]) => field(name, 'picklist', { picklistValues });
const required = (name: string, label?: string) => field(name, 'string', { nillable: false, label });
const parentPermissionSet = () => lookup('ParentId', 'PermissionSet');
const viewSetup = { readRequires: 'ViewSetup' } as const;
const platform = (
  name: keyof typeof ACCESS_KEY_PREFIXES,
  fields: SObjectField[],
  options: Parameters<typeof platformObject>[3] = {},
) => platformObject(name, ACCESS_KEY_PREFIXES[name], fields, options);

export const ACCESS_OBJECT_NAMES = Object.keys(ACCESS_KEY_PREFIXES) as (keyof typeof ACCESS_KEY_PREFIXES)[];

export function accessObjects(): SObjectType[] {
  return [
    platform(
      'PermissionSet',
      [
        required('Name'),
        required('Label'),
        bool('IsOwnedByProfile', 'Is Owned by Profile'),
        lookup('ProfileId', 'Profile'),
        // Regular, Profile, or Group: the aggregate set of a permission set group.
        picklist('Type', ['Regular', 'Profile', 'Group']),
        lookup('PermissionSetGroupId', 'PermissionSetGroup'),
        ...permissionFields(SYSTEM_PERMISSIONS),
      ],
      { nameField: 'Label', ...viewSetup },
    ),
    // Created and deleted through the API like on Salesforce (save/permission-set-assignments.ts).
    platform(
      'PermissionSetAssignment',
      [
        lookup('AssigneeId', 'User', { createable: true }),
        lookup('PermissionSetId', 'PermissionSet', { createable: true }),
        lookup('PermissionSetGroupId', 'PermissionSetGroup', { createable: true }),
      ],
      viewSetup,
    ),
    platform(
      'PermissionSetGroup',
      [
        required('DeveloperName'),
        required('MasterLabel', 'Label'),
        picklist('Status', ['Updated', 'Outdated', 'Updating', 'Failed']),
      ],
      { nameField: 'MasterLabel', ...viewSetup },
    ),
    platform(
      'PermissionSetGroupComponent',
      [lookup('PermissionSetGroupId', 'PermissionSetGroup'), lookup('PermissionSetId', 'PermissionSet')],
      viewSetup,
    ),
    // Which permission sets give access to a setup entity; here apps (SetupEntityType TabSet, SetupEntityId 02u…)
    // and custom permissions (CustomPermission, 0CP…).
    platform(
      'SetupEntityAccess',
      [
        parentPermissionSet(),
        field('SetupEntityId', 'reference', { referenceTo: ['AppMenuItem', 'CustomPermission'] }),
        picklist('SetupEntityType', ['TabSet', 'CustomPermission']),
      ],
      viewSetup,
    ),
    platform(
      'CustomPermission',
      [
        required('DeveloperName', 'Name'),
        required('MasterLabel', 'Label'),
        field('NamespacePrefix', 'string'),
      ],
      { nameField: 'MasterLabel' },
    ),
    // The App Launcher's apps; ApplicationId is what SetupEntityAccess names (unconfirmed: AppMenuItem key prefix).
    platform(
      'AppMenuItem',
      [
        field('ApplicationId', 'string'),
        field('Name', 'string'),
        field('Label', 'string'),
        picklist('Type', ['TabSet']),
      ],
      { nameField: 'Label' },
    ),
    // A hidden tab has no row (Tooling API reference, PermissionSetTabSetting: "There's no hidden value").
    platform(
      'PermissionSetTabSetting',
      [
        parentPermissionSet(),
        field('Name', 'string', { label: 'Tab Name' }),
        picklist('Visibility', ['DefaultOn', 'DefaultOff']),
      ],
      viewSetup,
    ),
    platform(
      'ObjectPermissions',
      [
        parentPermissionSet(),
        field('SobjectType', 'picklist', { label: 'Sobject Type Name' }),
        ...['Read', 'Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords'].map((permission) =>
          bool(`Permissions${permission}`, labelOf(permission)),
        ),
      ],
      viewSetup,
    ),
    platform(
      'FieldPermissions',
      [
        parentPermissionSet(),
        field('SobjectType', 'picklist', { label: 'Sobject Type Name' }),
        field('Field', 'string', { label: 'Field Name' }),
        bool('PermissionsRead', 'Read'),
        bool('PermissionsEdit', 'Edit'),
      ],
      viewSetup,
    ),
    // Salesforce: "To access this object, you need the UserPermissions.ManageUsers permission."
    platform('UserLogin', [lookup('UserId', 'User'), bool('IsFrozen'), bool('IsPasswordLocked')], {
      readRequires: 'ManageUsers',
    }),
    platform(
      'UserRole',
      [required('Name'), field('DeveloperName', 'string'), lookup('ParentRoleId', 'UserRole')],
      { label: 'Role', nameField: 'Name' },
    ),
    platform(
      'Group',
      [
        field('Name', 'string'),
        field('DeveloperName', 'string'),
        picklist('Type', ['Regular', 'Queue', 'Role', 'RoleAndSubordinates']),
        lookup('RelatedId', 'UserRole'),
      ],
      { nameField: 'Name' },
    ),
    platform('GroupMember', [
      lookup('GroupId', 'Group'),
      field('UserOrGroupId', 'reference', { label: 'User/Group ID', referenceTo: ['User', 'Group'] }),
    ]),
    platform('QueueSobject', [
      lookup('QueueId', 'Group', { label: 'Group ID' }),
      field('SobjectType', 'picklist'),
    ]),
    platform(
      'UserRecordAccess',
      [
        lookup('UserId', 'User'),
        field('RecordId', 'string'),
        ...['Read', 'Edit', 'Delete', 'Transfer', 'All'].map((access) => bool(`Has${access}Access`)),
        picklist('MaxAccessLevel', ['None', 'Read', 'Edit', 'Delete', 'Transfer', 'All']),
      ],
      { withoutId: true },
    ),
  ];
}
