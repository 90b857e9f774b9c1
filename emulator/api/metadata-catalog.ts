import { hasPermission } from '../model/access';
import { findApp } from '../model/apps';
import type { OrgState } from '../model/org-state';
import { derivedId } from './derived-ids';
import { approvalProcessMetadata } from './metadata-approvals';
import { assignmentRulesMetadata } from './metadata-assignment-rules';
import {
  definedPermissionSets,
  layoutFullName,
  layoutMetadata,
  permissionSetMetadata,
  profileFullName,
  profileMetadata,
} from './metadata-components';
import { customObjectMetadata, flowMetadata, validationRuleMetadata } from './metadata-objects';
import { pathAssistants } from './metadata-paths';
import type { MetadataRecord } from './metadata-xml';

/** One metadata component: what listMetadata tells about it, and its content for readMetadata / retrieve. */
export interface MetadataComponent {
  type: string;
  fullName: string;
  id: string;
  /** Path in a retrieve zip (mdapi format), e.g. `layouts/Lead-Lead Layout.layout`. */
  fileName: string;
  /** The XML root element of the file (`CustomObject` for validation rules, which live in their object's file). */
  fileType: string;
  record: () => MetadataRecord;
}

/** The Metadata API types served: describeMetadata's metadataObjects (directoryName, suffix). */
export const METADATA_TYPES = [
  {
    xmlName: 'ApprovalProcess',
    directoryName: 'approvalProcesses',
    suffix: 'approvalProcess',
    childXmlNames: [],
  },
  {
    xmlName: 'CustomObject',
    directoryName: 'objects',
    suffix: 'object',
    childXmlNames: ['CustomField', 'RecordType', 'ValidationRule'],
  },
  {
    xmlName: 'AssignmentRules',
    directoryName: 'assignmentRules',
    suffix: 'assignmentRules',
    childXmlNames: ['AssignmentRule'],
  },
  { xmlName: 'CustomApplication', directoryName: 'applications', suffix: 'app', childXmlNames: [] },
  { xmlName: 'Flow', directoryName: 'flows', suffix: 'flow', childXmlNames: [] },
  { xmlName: 'Layout', directoryName: 'layouts', suffix: 'layout', childXmlNames: [] },
  {
    xmlName: 'PathAssistant',
    directoryName: 'pathAssistants',
    suffix: 'pathAssistant',
    childXmlNames: [],
  },
  { xmlName: 'PermissionSet', directoryName: 'permissionsets', suffix: 'permissionset', childXmlNames: [] },
  { xmlName: 'Profile', directoryName: 'profiles', suffix: 'profile', childXmlNames: [] },
  { xmlName: 'Settings', directoryName: 'settings', suffix: 'settings', childXmlNames: [] },
] as const;

/** Components of a type, or undefined when the type is not emulated. `SecuritySettings` is `Settings` "Security". */
export function componentsOf(state: OrgState, type: string): MetadataComponent[] | undefined {
  const org = state.definition;
  switch (type) {
    case 'Layout':
      return [...state.layouts.values()].map((layout) => ({
        type,
        fullName: layoutFullName(layout),
        // The same id the Tooling API's ProfileLayout.LayoutId gives.
        id: derivedId('00h', `${layout.object}/${layout.name}`),
        fileName: `layouts/${layoutFullName(layout)}.layout`,
        fileType: 'Layout',
        record: () => layoutMetadata(state, layout),
      }));
    case 'Profile':
      return [...state.profiles.values()].map((profile) => ({
        type,
        fullName: profileFullName(profile),
        id: profile.id,
        fileName: `profiles/${profileFullName(profile)}.profile`,
        fileType: 'Profile',
        record: () => profileMetadata(state, profile),
      }));
    case 'PermissionSet':
      return definedPermissionSets(state).map((grant) => ({
        type,
        fullName: grant.name,
        id: grant.id,
        fileName: `permissionsets/${grant.name}.permissionset`,
        fileType: 'PermissionSet',
        record: () => permissionSetMetadata(state, grant),
      }));
    case 'CustomObject':
      return Object.entries(org.objects).map(([name, object]) => ({
        type,
        fullName: name,
        // Custom objects have an 01I id; standard objects' listMetadata id is their name here (unconfirmed).
        id: name.endsWith('__c') ? derivedId('01I', name) : name,
        fileName: `objects/${name}.object`,
        fileType: 'CustomObject',
        record: () => customObjectMetadata(org, name, object),
      }));
    // An app's record page activations: its default pages (actionOverrides) and those assigned to a profile and
    // record type in it (profileActionOverrides), from `recordUi.lightningPages`.
    case 'CustomApplication':
      return org.apps.map((app) => ({
        type,
        fullName: app.developerName,
        id: derivedId('02u', app.developerName),
        fileName: `applications/${app.developerName}.app`,
        fileType: 'CustomApplication',
        record: () => ({
          fullName: app.developerName,
          label: app.label,
          ...appPageActivations(state, app.developerName),
          navType: 'Standard',
          uiType: 'Lightning',
        }),
      }));
    case 'ValidationRule':
      return org.validationRules.map((rule) => ({
        type,
        fullName: `${rule.object}.${rule.name}`,
        id: derivedId('03d', `${rule.object}.${rule.name}`),
        fileName: `objects/${rule.object}.object`,
        fileType: 'CustomObject',
        record: () => validationRuleMetadata(rule),
      }));
    case 'Flow':
      return org.flows.map((flow) => ({
        type,
        fullName: flow.name,
        id: derivedId('301', flow.name),
        fileName: `flows/${flow.name}.flow`,
        fileType: 'Flow',
        record: () => flowMetadata(flow, org.org.apiVersions.max),
      }));
    // One component per object with rules: its lead or case assignment rules, each with its entries in order.
    case 'AssignmentRules':
      return [...new Set(org.assignmentRules.map((rule) => rule.object))].map((object) => ({
        type,
        fullName: object,
        id: '',
        fileName: `assignmentRules/${object}.assignmentRules`,
        fileType: 'AssignmentRules',
        record: () => assignmentRulesMetadata(state, object),
      }));
    case 'ApprovalProcess':
      return org.approvalProcesses.map((process) => ({
        type,
        fullName: `${process.object}.${process.name}`,
        // The ProcessDefinition row's id, as Salesforce's listMetadata gives it (unconfirmed).
        id: String(
          state.store.all('ProcessDefinition').find((row) => row.DeveloperName === process.name)?.Id ?? '',
        ),
        fileName: `approvalProcesses/${process.object}.${process.name}.approvalProcess`,
        fileType: 'ApprovalProcess',
        record: () => approvalProcessMetadata(process),
      }));
    case 'PathAssistant':
      return pathAssistants(org).map((path) => ({
        type,
        ...path,
        fileName: `pathAssistants/${path.fullName}.pathAssistant`,
        fileType: 'PathAssistant',
      }));
    case 'Settings':
    case 'SecuritySettings':
      return [
        {
          type,
          fullName: 'Security',
          id: '',
          fileName: 'settings/Security.settings',
          fileType: 'SecuritySettings',
          record: () => securitySettings(state),
        },
      ];
    default:
      return undefined;
  }
}

export function securitySettings(state: OrgState): MetadataRecord {
  const session = state.sessionSettings;
  return {
    fullName: 'Security',
    canUsersGrantLoginAccess: state.security.canUsersGrantLoginAccess,
    enableAdminLoginAsAnyUser: state.security.adminsCanLogInAsAnyUser,
    sessionSettings: {
      forceRelogin: session.forceReloginAfterLoginAs,
      sessionTimeout: sessionTimeoutName(session.timeoutMinutes),
    },
  };
}

/** SessionSettings.sessionTimeout: the picklist's largest value not above the org's timeout. */
function sessionTimeoutName(minutes: number): string {
  const names: [number, string][] = [
    [720, 'TwelveHours'],
    [480, 'EightHours'],
    [240, 'FourHours'],
    [120, 'TwoHours'],
    [60, 'SixtyMinutes'],
    [30, 'ThirtyMinutes'],
    [15, 'FifteenMinutes'],
  ];
  return (names.find(([limit]) => minutes >= limit) ?? names[names.length - 1])[1];
}

/** listMetadata's FileProperties; created/modified by the org's first administrator when it was set up. */
export function fileProperties(state: OrgState, component: MetadataComponent): MetadataRecord {
  const admin = state.users().find((user) => hasPermission(user, 'ModifyAllData')) ?? state.users()[0];
  const created = String(state.store.all('User')[0]?.CreatedDate ?? new Date().toISOString()).replace(
    /\+0000$/,
    'Z',
  );
  return {
    createdById: admin?.id,
    createdByName: admin?.name,
    createdDate: created,
    fileName: component.fileName,
    fullName: component.fullName,
    id: component.id,
    lastModifiedById: admin?.id,
    lastModifiedByName: admin?.name,
    lastModifiedDate: created,
    manageableState: 'unmanaged',
    type: component.type,
  };
}

function appPageActivations(state: OrgState, app: string): MetadataRecord {
  const inApp = (name: string) => findApp(state, name)?.developerName === app;
  const pages = state.definition.recordUi.lightningPages;
  const view = (object: string, page: string) => ({
    actionName: 'View',
    content: page,
    formFactor: 'Large',
    pageOrSobjectType: object,
    type: 'Flexipage',
  });
  return {
    actionOverrides: pages
      .filter((page) => page.appDefault.some(inApp))
      .map((page) => ({ ...view(page.object, page.name), skipRecordTypeSelect: false })),
    profileActionOverrides: pages.flatMap((page) =>
      page.assignments
        .filter((assignment) => inApp(assignment.app))
        .map((assignment) => {
          const profile = [...state.profiles.values()].find(
            (candidate) => candidate.name === assignment.profile,
          );
          return {
            ...view(page.object, page.name),
            profile: profile ? profileFullName(profile) : assignment.profile,
            ...(assignment.recordType ? { recordType: `${page.object}.${assignment.recordType}` } : {}),
          };
        }),
    ),
  };
}
