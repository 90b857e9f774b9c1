import type { OrgDefinition } from '../org/schema';
import type { SObjectField } from './fields';
import type { OrgState } from './org-state';
import { field, labelOf, lookup, platformAuditFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';
import { createdStamp, type Row, sfDateTime } from './store';

/**
 * Approval history objects (Object Reference: ProcessDefinition, ProcessInstance, ProcessInstanceStep,
 * ProcessInstanceWorkitem). Read-only through the API, as in Salesforce: they change only by submitting,
 * approving, rejecting or recalling (save/approvals.ts, routes/rest-process-approvals.ts).
 */
export const APPROVAL_KEY_PREFIXES = {
  ProcessDefinition: '04a',
  ProcessInstance: '04g',
  ProcessInstanceStep: '04h',
  ProcessInstanceWorkitem: '04i',
} as const;
export const APPROVAL_OBJECT_NAMES = Object.keys(APPROVAL_KEY_PREFIXES);

const INSTANCE_STATUSES = [
  'Approved',
  'Rejected',
  'Removed',
  'Fault',
  'Pending',
  'Held',
  'Reassigned',
  'Started',
  'NoResponse',
];
const text = (name: string, options: Parameters<typeof field>[2] = {}) => field(name, 'string', options);
const actor = (name: string) => lookup(name, ['User', 'Group']);
const instanceRef = () => lookup('ProcessInstanceId', 'ProcessInstance', { label: 'Approval Process ID' });
const platform = (
  name: keyof typeof APPROVAL_KEY_PREFIXES,
  fields: SObjectField[],
  options: { nameField?: string } = {},
) =>
  platformObject(name, APPROVAL_KEY_PREFIXES[name], [...fields, ...platformAuditFields()], {
    plural: `${labelOf(name)}s`,
    ...options,
  });

export function approvalObjects(def: OrgDefinition): SObjectType[] {
  const targets = [...new Set(def.approvalProcesses.map((process) => process.object))];
  const definition = [
    text('Name', { nillable: false, length: 120 }),
    text('DeveloperName', { label: 'Unique Name', nillable: false, length: 80 }),
    field('Type', 'picklist', { picklistValues: ['Approval', 'State'] }),
    text('Description'),
    text('TableEnumOrId', { label: 'Object' }),
    field('State', 'picklist', { picklistValues: ['Active', 'Inactive', 'Obsolete'] }),
  ];
  const instance = [
    lookup('ProcessDefinitionId', 'ProcessDefinition', { label: 'Approval Process ID' }),
    lookup('TargetObjectId', targets),
    field('Status', 'picklist', { picklistValues: INSTANCE_STATUSES }),
    lookup('SubmittedById', 'User'),
    lookup('LastActorId', 'User'),
    field('CompletedDate', 'datetime'),
  ];
  const step = [
    instanceRef(),
    field('StepStatus', 'picklist', { label: 'Status', picklistValues: INSTANCE_STATUSES }),
    actor('OriginalActorId'),
    actor('ActorId'),
    field('Comments', 'textarea', { length: 4000 }),
    text('StepNodeId'),
  ];
  const workitem = [
    instanceRef(),
    actor('OriginalActorId'),
    // Updateable: reassigning a request is an update of ActorId (save/approvals.ts reassignWorkitem).
    { ...actor('ActorId'), updateable: true },
    field('IsDeleted', 'boolean', { label: 'Deleted', defaultValue: false }),
  ];
  return [
    platform('ProcessDefinition', definition, { nameField: 'Name' }),
    platform('ProcessInstance', instance),
    platform('ProcessInstanceStep', step),
    platform('ProcessInstanceWorkitem', workitem),
  ];
}

/** A ProcessDefinition row per approval process, in definition order so ids are stable across starts. */
export function seedApprovalDefinitions(state: OrgState, adminId: string): void {
  const now = sfDateTime(new Date());
  state.definition.approvalProcesses.forEach((process, index) => {
    state.store.insert('ProcessDefinition', {
      Id: state.ids.next(APPROVAL_KEY_PREFIXES.ProcessDefinition),
      Name: process.label ?? process.name,
      DeveloperName: process.name,
      Type: 'Approval',
      Description: process.description ?? null,
      TableEnumOrId: process.object,
      State: process.active ? 'Active' : 'Inactive',
      SortOrder: index + 1,
      ...createdStamp(adminId, now),
    });
  });
}

export function processDefinitionRow(state: OrgState, name: string): Row | undefined {
  return state.store.all('ProcessDefinition').find((row) => row.DeveloperName === name || row.Id === name);
}
