import { SYSTEM_PERMISSIONS } from '../org/schema';
import { ACCESS_OBJECT_NAMES, accessObjects } from './access-objects';
import { auditFields, systemField as f, type SObjectField } from './fields';
import { KEY_PREFIXES } from './ids';
import { NAVIGATION_OBJECT_NAMES, navigationObjects } from './navigation-objects';
import { recordTypeObject } from './record-type-object';
import { SObjectType } from './sobject-type';

/**
 * Platform objects every org has. Their shape is Salesforce's, not the org's, so they live in code; the org
 * definition only supplies their rows (users, profiles, the organization). Read-only through the API here.
 */

const idField = () => f('Id', `Record ID`, 'id', { nillable: false });
const ref = (name: string, label: string, to: string, relationshipName: string) =>
  f(name, label, 'reference', { referenceTo: [to], relationshipName });
const audit = () => auditFields().filter((field) => field.name !== 'IsDeleted');

type PlatformName = keyof typeof KEY_PREFIXES;
const platform = (
  [name, label, plural]: [PlatformName, string, string],
  fields: SObjectField[],
  options: Omit<SObjectType['options'], 'system'>,
) =>
  new SObjectType(name, label, plural, KEY_PREFIXES[name], [idField(), ...fields], {
    system: true,
    ...options,
  });

function user(): SObjectType {
  const fields: SObjectField[] = [
    f('Username', 'Username', 'string', { nillable: false, length: 80 }),
    f('FirstName', 'First Name', 'string', { length: 40 }),
    f('LastName', 'Last Name', 'string', { nillable: false, length: 80 }),
    f('Name', 'Full Name', 'string', { nillable: false, length: 121 }),
    f('Alias', 'Alias', 'string', { length: 8 }),
    f('Email', 'Email', 'email', { nillable: false, length: 128 }),
    f('Title', 'Title', 'string', { length: 80 }),
    f('IsActive', 'Active', 'boolean'),
    f('LocaleSidKey', 'Locale', 'string', { nillable: false, length: 40 }),
    ref('ProfileId', 'Profile ID', 'Profile', 'Profile'),
    f('UserType', 'User Type', 'picklist', { picklistValues: ['Standard'] }),
    ref('UserRoleId', 'Role ID', 'UserRole', 'UserRole'),
    ref('ManagerId', 'Manager ID', 'User', 'Manager'),
    ...audit(),
  ];
  return platform(['User', 'User', 'Users'], fields, { nameField: 'Name' });
}

function profile(): SObjectType {
  const fields: SObjectField[] = [
    f('Name', 'Name', 'string', { nillable: false }),
    f('UserType', 'User Type', 'picklist', { picklistValues: ['Standard'] }),
    ...SYSTEM_PERMISSIONS.map((permission) => f(`Permissions${permission}`, permission, 'boolean')),
    ...audit(),
  ];
  return platform(['Profile', 'Profile', 'Profile'], fields, { nameField: 'Name' });
}

function organization(): SObjectType {
  const fields: SObjectField[] = [
    f('Name', 'Name', 'string', { nillable: false }),
    f('IsSandbox', 'Is Sandbox', 'boolean'),
    f('OrganizationType', 'Edition', 'picklist', { picklistValues: ['Enterprise Edition'] }),
    f('InstanceName', 'Instance Name', 'string'),
    f('TrialExpirationDate', 'Trial Expiration Date', 'datetime'),
    // The CLI asks for it on every login (sfdx-core AuthInfo.getNamespacePrefix); orgs without a namespace: null.
    f('NamespacePrefix', 'Namespace Prefix', 'string'),
    ...audit(),
  ];
  return platform(['Organization', 'Organization', 'Organizations'], fields, { nameField: 'Name' });
}

function setupAuditTrail(): SObjectType {
  const fields: SObjectField[] = [
    f('Action', 'Action', 'string', { nillable: false }),
    f('Section', 'Section', 'string'),
    f('Display', 'Display', 'string'),
    f('DelegateUser', 'Delegate User', 'string'),
    f('CreatedByContext', 'Created By Context', 'string'),
    f('CreatedDate', 'Created Date', 'datetime', { nillable: false }),
    ref('CreatedById', 'Created By ID', 'User', 'CreatedBy'),
  ];
  return platform(['SetupAuditTrail', 'Setup Audit Trail', 'Setup Audit Trail'], fields, {
    readRequires: 'ViewSetup',
  });
}

// LoginHistory filters only on Id, UserId, LoginTime, LoginType, LoginUrl and a few more
// (docs/salesforce-facts.md#who-logged-in-as-whom).
const notFilterable = { filterable: false };

function loginHistory(): SObjectType {
  const fields: SObjectField[] = [
    ref('UserId', 'User ID', 'User', 'User'),
    f('LoginTime', 'Login Time', 'datetime', { nillable: false }),
    f('LoginType', 'Login Type', 'picklist'),
    f('SourceIp', 'Source IP', 'string', notFilterable),
    f('LoginUrl', 'Login URL', 'string'),
    f('Status', 'Status', 'string', notFilterable),
    f('Application', 'Application', 'string', notFilterable),
    f('Browser', 'Browser', 'string', notFilterable),
    f('Platform', 'Platform', 'string', notFilterable),
    f('ApiType', 'API Type', 'string', notFilterable),
    f('ApiVersion', 'API Version', 'string', notFilterable),
  ];
  return platform(['LoginHistory', 'Login History', 'Login History'], fields, {
    readRequires: 'ManageUsers',
  });
}

function authSession(): SObjectType {
  const fields: SObjectField[] = [
    ref('UsersId', 'User ID', 'User', 'Users'),
    f('SessionType', 'Session Type', 'picklist', {
      picklistValues: ['UI', 'Oauth2', 'SubstituteUser', 'API'],
    }),
    f('LoginType', 'Login Type', 'picklist'),
    f('SourceIp', 'Source IP', 'string'),
    f('NumSecondsValid', 'Valid For', 'int'),
    f('ParentId', 'Parent Session ID', 'reference', { referenceTo: ['AuthSession'] }),
    f('CreatedDate', 'Created Date', 'datetime', { nillable: false }),
    f('LastModifiedDate', 'Last Modified Date', 'datetime', { nillable: false }),
  ];
  return platform(['AuthSession', 'Auth Session', 'Auth Sessions'], fields, { readRequires: 'ManageUsers' });
}

export const SYSTEM_OBJECT_NAMES = [
  'User',
  'Profile',
  'Organization',
  'SetupAuditTrail',
  'LoginHistory',
  'AuthSession',
  'RecordType',
  ...NAVIGATION_OBJECT_NAMES,
  ...ACCESS_OBJECT_NAMES,
] as const;

export function systemObjects(): SObjectType[] {
  return [
    user(),
    profile(),
    organization(),
    setupAuditTrail(),
    loginHistory(),
    authSession(),
    recordTypeObject(),
    ...navigationObjects(),
    ...accessObjects(),
  ];
}
