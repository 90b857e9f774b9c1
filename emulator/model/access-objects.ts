import { SYSTEM_PERMISSIONS } from '../org/schema';
import { systemField as f, type SObjectField } from './fields';
import { SObjectType } from './sobject-type';

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

const idField = () => f('Id', 'Record ID', 'id', { nillable: false });
const ref = (name: string, label: string, to: string, relationshipName: string) =>
  f(name, label, 'reference', { referenceTo: [to], relationshipName });
const writableRef = (name: string, label: string, to: string, relationshipName: string) =>
  f(name, label, 'reference', { referenceTo: [to], relationshipName, createable: true });
const bool = (name: string, label: string) => f(name, label, 'boolean');
const permissionFields = () =>
  SYSTEM_PERMISSIONS.map((permission) => bool(`Permissions${permission}`, permission));

function platform(
  name: keyof typeof ACCESS_KEY_PREFIXES,
  label: string,
  fields: SObjectField[],
  options: { nameField?: string; readRequires?: 'ViewSetup' | 'ManageUsers' } = {},
): SObjectType {
  return new SObjectType(name, label, label, ACCESS_KEY_PREFIXES[name], fields, { system: true, ...options });
}

export const ACCESS_OBJECT_NAMES = Object.keys(ACCESS_KEY_PREFIXES) as (keyof typeof ACCESS_KEY_PREFIXES)[];

export function accessObjects(): SObjectType[] {
  return [
    platform(
      'PermissionSet',
      'Permission Set',
      [
        idField(),
        f('Name', 'Name', 'string', { nillable: false }),
        f('Label', 'Label', 'string', { nillable: false }),
        bool('IsOwnedByProfile', 'Is Owned by Profile'),
        ref('ProfileId', 'Profile ID', 'Profile', 'Profile'),
        // Regular, Profile, or Group: the aggregate set of a permission set group.
        f('Type', 'Type', 'picklist', { picklistValues: ['Regular', 'Profile', 'Group'] }),
        ref('PermissionSetGroupId', 'Permission Set Group ID', 'PermissionSetGroup', 'PermissionSetGroup'),
        ...permissionFields(),
      ],
      { nameField: 'Label', readRequires: 'ViewSetup' },
    ),
    platform(
      'PermissionSetAssignment',
      'Permission Set Assignment',
      // Created and deleted through the API like on Salesforce (save/permission-set-assignments.ts).
      [
        idField(),
        writableRef('AssigneeId', 'Assignee ID', 'User', 'Assignee'),
        writableRef('PermissionSetId', 'Permission Set ID', 'PermissionSet', 'PermissionSet'),
        writableRef(
          'PermissionSetGroupId',
          'Permission Set Group ID',
          'PermissionSetGroup',
          'PermissionSetGroup',
        ),
      ],
      { readRequires: 'ViewSetup' },
    ),
    platform(
      'PermissionSetGroup',
      'Permission Set Group',
      [
        idField(),
        f('DeveloperName', 'Developer Name', 'string', { nillable: false }),
        f('MasterLabel', 'Label', 'string', { nillable: false }),
        f('Status', 'Status', 'picklist', { picklistValues: ['Updated', 'Outdated', 'Updating', 'Failed'] }),
      ],
      { nameField: 'MasterLabel', readRequires: 'ViewSetup' },
    ),
    platform(
      'PermissionSetGroupComponent',
      'Permission Set Group Component',
      [
        idField(),
        ref('PermissionSetGroupId', 'Permission Set Group ID', 'PermissionSetGroup', 'PermissionSetGroup'),
        ref('PermissionSetId', 'Permission Set ID', 'PermissionSet', 'PermissionSet'),
      ],
      { readRequires: 'ViewSetup' },
    ),
    // Which permission sets give access to a setup entity; here apps (SetupEntityType TabSet, SetupEntityId 02u…).
    platform(
      'SetupEntityAccess',
      'Setup Entity Access',
      [
        idField(),
        ref('ParentId', 'Parent ID', 'PermissionSet', 'Parent'),
        f('SetupEntityId', 'Setup Entity ID', 'reference', { referenceTo: ['AppMenuItem'] }),
        f('SetupEntityType', 'Setup Entity Type', 'picklist', { picklistValues: ['TabSet'] }),
      ],
      { readRequires: 'ViewSetup' },
    ),
    // The App Launcher's apps; ApplicationId is what SetupEntityAccess names (unconfirmed: AppMenuItem key prefix).
    platform(
      'AppMenuItem',
      'App Menu Item',
      [
        idField(),
        f('ApplicationId', 'Application ID', 'string'),
        f('Name', 'Name', 'string'),
        f('Label', 'Label', 'string'),
        f('Type', 'Type', 'picklist', { picklistValues: ['TabSet'] }),
      ],
      { nameField: 'Label' },
    ),
    // A hidden tab has no row (Tooling API reference, PermissionSetTabSetting: "There's no hidden value").
    platform(
      'PermissionSetTabSetting',
      'Permission Set Tab Setting',
      [
        idField(),
        ref('ParentId', 'Parent ID', 'PermissionSet', 'Parent'),
        f('Name', 'Tab Name', 'string'),
        f('Visibility', 'Visibility', 'picklist', { picklistValues: ['DefaultOn', 'DefaultOff'] }),
      ],
      { readRequires: 'ViewSetup' },
    ),
    platform(
      'ObjectPermissions',
      'Object Permissions',
      [
        idField(),
        ref('ParentId', 'Parent ID', 'PermissionSet', 'Parent'),
        f('SobjectType', 'Sobject Type Name', 'picklist'),
        bool('PermissionsRead', 'Read'),
        bool('PermissionsCreate', 'Create'),
        bool('PermissionsEdit', 'Edit'),
        bool('PermissionsDelete', 'Delete'),
        bool('PermissionsViewAllRecords', 'View All Records'),
        bool('PermissionsModifyAllRecords', 'Modify All Records'),
      ],
      { readRequires: 'ViewSetup' },
    ),
    platform(
      'FieldPermissions',
      'Field Permissions',
      [
        idField(),
        ref('ParentId', 'Parent ID', 'PermissionSet', 'Parent'),
        f('SobjectType', 'Sobject Type Name', 'picklist'),
        f('Field', 'Field Name', 'string'),
        bool('PermissionsRead', 'Read'),
        bool('PermissionsEdit', 'Edit'),
      ],
      { readRequires: 'ViewSetup' },
    ),
    platform(
      'UserLogin',
      'User Login',
      [
        idField(),
        ref('UserId', 'User ID', 'User', 'User'),
        bool('IsFrozen', 'Is Frozen'),
        bool('IsPasswordLocked', 'Is Password Locked'),
      ],
      // Salesforce: "To access this object, you need the UserPermissions.ManageUsers permission."
      { readRequires: 'ManageUsers' },
    ),
    platform(
      'UserRole',
      'Role',
      [
        idField(),
        f('Name', 'Name', 'string', { nillable: false }),
        f('DeveloperName', 'Developer Name', 'string'),
        ref('ParentRoleId', 'Parent Role ID', 'UserRole', 'ParentRole'),
      ],
      { nameField: 'Name' },
    ),
    platform(
      'Group',
      'Group',
      [
        idField(),
        f('Name', 'Name', 'string'),
        f('DeveloperName', 'Developer Name', 'string'),
        f('Type', 'Type', 'picklist', {
          picklistValues: ['Regular', 'Queue', 'Role', 'RoleAndSubordinates'],
        }),
        ref('RelatedId', 'Related ID', 'UserRole', 'Related'),
      ],
      { nameField: 'Name' },
    ),
    platform('GroupMember', 'Group Member', [
      idField(),
      ref('GroupId', 'Group ID', 'Group', 'Group'),
      f('UserOrGroupId', 'User/Group ID', 'reference', { referenceTo: ['User', 'Group'] }),
    ]),
    platform('QueueSobject', 'Queue Sobject', [
      idField(),
      ref('QueueId', 'Group ID', 'Group', 'Queue'),
      f('SobjectType', 'Sobject Type', 'picklist'),
    ]),
    platform('UserRecordAccess', 'User Record Access', [
      ref('UserId', 'User ID', 'User', 'User'),
      f('RecordId', 'Record ID', 'string'),
      bool('HasReadAccess', 'Has Read Access'),
      bool('HasEditAccess', 'Has Edit Access'),
      bool('HasDeleteAccess', 'Has Delete Access'),
      bool('HasTransferAccess', 'Has Transfer Access'),
      bool('HasAllAccess', 'Has All Access'),
      f('MaxAccessLevel', 'Max Access Level', 'picklist', {
        picklistValues: ['None', 'Read', 'Edit', 'Delete', 'Transfer', 'All'],
      }),
    ]),
  ];
}
