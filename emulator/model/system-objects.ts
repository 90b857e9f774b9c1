import { SYSTEM_PERMISSIONS } from '../org/schema';
import { ACCESS_OBJECT_NAMES, accessObjects } from './access-objects';
import type { SObjectField } from './fields';
import { KEY_PREFIXES } from './ids';
import { NAVIGATION_OBJECT_NAMES, navigationObjects } from './navigation-objects';
import { opportunityStageObject } from './opportunity-stage-object';
import { field, lookup, permissionFields, platformAuditFields, platformObject } from './platform-objects';
import { recordTypeObject } from './record-type-object';
import type { SObjectType } from './sobject-type';

/**
 * Platform objects every org has. Their shape is Salesforce's, not the org's, so they live in code; the org
 * definition only supplies their rows (users, profiles, the organization). Read-only through the API here.
 */

const audit = platformAuditFields;
const text = (name: string, options: Parameters<typeof field>[2] = {}) => field(name, 'string', options);
const platform = (name: keyof typeof KEY_PREFIXES, fields: SObjectField[], options: PlatformOptions) =>
  platformObject(name, KEY_PREFIXES[name], fields, options);
type PlatformOptions = NonNullable<Parameters<typeof platformObject>[3]>;

function user(): SObjectType {
  const fields: SObjectField[] = [
    text('Username', { nillable: false, length: 80 }),
    text('FirstName', { length: 40 }),
    text('LastName', { nillable: false, length: 80 }),
    text('Name', { label: 'Full Name', nillable: false, length: 121 }),
    text('Alias', { length: 8 }),
    field('Email', 'email', { nillable: false, length: 128 }),
    text('Title', { length: 80 }),
    field('IsActive', 'boolean', { label: 'Active' }),
    text('LocaleSidKey', { label: 'Locale', nillable: false, length: 40 }),
    text('LanguageLocaleKey', { label: 'Language', nillable: false, length: 40 }),
    text('TimeZoneSidKey', { label: 'Time Zone', nillable: false, length: 40 }),
    lookup('ProfileId', 'Profile'),
    field('UserType', 'picklist', { picklistValues: ['Standard'] }),
    lookup('UserRoleId', 'UserRole', { label: 'Role ID' }),
    lookup('ManagerId', 'User'),
    lookup('DelegatedApproverId', ['User', 'Group'], { label: 'Delegated Approver ID' }),
    ...audit(),
  ];
  return platform('User', fields, { plural: 'Users', nameField: 'Name' });
}

function profile(): SObjectType {
  const fields: SObjectField[] = [
    text('Name', { nillable: false }),
    field('UserType', 'picklist', { picklistValues: ['Standard'] }),
    ...permissionFields(SYSTEM_PERMISSIONS),
    ...audit(),
  ];
  return platform('Profile', fields, { nameField: 'Name' });
}

function organization(): SObjectType {
  const fields: SObjectField[] = [
    text('Name', { nillable: false }),
    field('IsSandbox', 'boolean'),
    field('OrganizationType', 'picklist', { label: 'Edition', picklistValues: ['Enterprise Edition'] }),
    text('InstanceName'),
    field('TimeZoneSidKey', 'picklist', { label: 'Default Time Zone' }),
    field('TrialExpirationDate', 'datetime'),
    field('DefaultPricebookAccess', 'picklist', {
      label: 'Default Price Book Access',
      picklistValues: ['None', 'Read', 'ReadSelect'],
    }),
    // The CLI asks for it on every login (sfdx-core AuthInfo.getNamespacePrefix); orgs without a namespace: null.
    text('NamespacePrefix'),
    ...audit(),
  ];
  return platform('Organization', fields, { plural: 'Organizations', nameField: 'Name' });
}

function setupAuditTrail(): SObjectType {
  const fields: SObjectField[] = [
    text('Action', { nillable: false }),
    ...['Section', 'Display', 'DelegateUser', 'CreatedByContext'].map((name) => text(name)),
    field('CreatedDate', 'datetime', { nillable: false }),
    lookup('CreatedById', 'User'),
  ];
  return platform('SetupAuditTrail', fields, { readRequires: 'ViewSetup' });
}

// LoginHistory filters only on Id, UserId, LoginTime, LoginType, LoginUrl and a few more
// (docs/salesforce-facts.md#who-logged-in-as-whom).
const notFilterable = { filterable: false };

function loginHistory(): SObjectType {
  const fields: SObjectField[] = [
    lookup('UserId', 'User'),
    field('LoginTime', 'datetime', { nillable: false }),
    field('LoginType', 'picklist'),
    text('SourceIp', { label: 'Source IP', ...notFilterable }),
    text('LoginUrl', { label: 'Login URL' }),
    ...['Status', 'Application', 'Browser', 'Platform'].map((name) => text(name, notFilterable)),
    text('ApiType', { label: 'API Type', ...notFilterable }),
    text('ApiVersion', { label: 'API Version', ...notFilterable }),
  ];
  return platform('LoginHistory', fields, { readRequires: 'ManageUsers' });
}

function authSession(): SObjectType {
  const fields: SObjectField[] = [
    lookup('UsersId', 'User', { label: 'User ID' }),
    field('SessionType', 'picklist', { picklistValues: ['UI', 'Oauth2', 'SubstituteUser', 'API'] }),
    field('LoginType', 'picklist'),
    text('SourceIp', { label: 'Source IP' }),
    field('NumSecondsValid', 'int', { label: 'Valid For' }),
    field('ParentId', 'reference', { label: 'Parent Session ID', referenceTo: ['AuthSession'] }),
    field('CreatedDate', 'datetime', { nillable: false }),
    field('LastModifiedDate', 'datetime', { nillable: false }),
  ];
  return platform('AuthSession', fields, { plural: 'Auth Sessions', readRequires: 'ManageUsers' });
}

export const SYSTEM_OBJECT_NAMES = [
  'User',
  'Profile',
  'Organization',
  'SetupAuditTrail',
  'LoginHistory',
  'AuthSession',
  'RecordType',
  'OpportunityStage',
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
    opportunityStageObject(),
    ...navigationObjects(),
    ...accessObjects(),
  ];
}
