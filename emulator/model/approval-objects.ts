import type { OrgDefinition } from '../org/schema';
import { auditFields, systemField as f, type SObjectField } from './fields';
import type { OrgState } from './org-state';
import { SObjectType } from './sobject-type';
import { type Row, sfDateTime } from './store';

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
const audit = () => auditFields().filter((field) => field.name !== 'IsDeleted');
const idField = () => f('Id', 'Record ID', 'id', { nillable: false });
const userRef = (name: string, label: string, relationshipName: string, to = ['User']) =>
  f(name, label, 'reference', { referenceTo: to, relationshipName });
const instanceRef = () =>
  f('ProcessInstanceId', 'Approval Process ID', 'reference', {
    referenceTo: ['ProcessInstance'],
    relationshipName: 'ProcessInstance',
  });

export function approvalObjects(def: OrgDefinition): SObjectType[] {
  const targets = [...new Set(def.approvalProcesses.map((process) => process.object))];
  const system = { system: true } as const;
  const definition: SObjectField[] = [
    idField(),
    f('Name', 'Name', 'string', { nillable: false, length: 120 }),
    f('DeveloperName', 'Unique Name', 'string', { nillable: false, length: 80 }),
    f('Type', 'Type', 'picklist', { picklistValues: ['Approval', 'State'] }),
    f('Description', 'Description', 'string'),
    f('TableEnumOrId', 'Object', 'string'),
    f('State', 'State', 'picklist', { picklistValues: ['Active', 'Inactive', 'Obsolete'] }),
    ...audit(),
  ];
  const instance: SObjectField[] = [
    idField(),
    f('ProcessDefinitionId', 'Approval Process ID', 'reference', {
      referenceTo: ['ProcessDefinition'],
      relationshipName: 'ProcessDefinition',
    }),
    f('TargetObjectId', 'Target Object ID', 'reference', {
      referenceTo: targets,
      relationshipName: 'TargetObject',
    }),
    f('Status', 'Status', 'picklist', { picklistValues: INSTANCE_STATUSES }),
    userRef('SubmittedById', 'Submitted By ID', 'SubmittedBy'),
    userRef('LastActorId', 'Last Actor ID', 'LastActor'),
    f('CompletedDate', 'Completed Date', 'datetime'),
    ...audit(),
  ];
  const step: SObjectField[] = [
    idField(),
    instanceRef(),
    f('StepStatus', 'Status', 'picklist', { picklistValues: INSTANCE_STATUSES }),
    userRef('OriginalActorId', 'Original Actor ID', 'OriginalActor', ['User', 'Group']),
    userRef('ActorId', 'Actor ID', 'Actor', ['User', 'Group']),
    f('Comments', 'Comments', 'textarea', { length: 4000 }),
    f('StepNodeId', 'Step Node ID', 'string'),
    ...audit(),
  ];
  const workitem: SObjectField[] = [
    idField(),
    instanceRef(),
    userRef('OriginalActorId', 'Original Actor ID', 'OriginalActor', ['User', 'Group']),
    // Updateable: reassigning a request is an update of ActorId (save/approvals.ts reassignWorkitem).
    { ...userRef('ActorId', 'Actor ID', 'Actor', ['User', 'Group']), updateable: true },
    f('IsDeleted', 'Deleted', 'boolean', { defaultValue: false }),
    ...audit(),
  ];
  const make = (
    name: keyof typeof APPROVAL_KEY_PREFIXES,
    label: string,
    plural: string,
    fields: SObjectField[],
    nameField?: string,
  ) => new SObjectType(name, label, plural, APPROVAL_KEY_PREFIXES[name], fields, { ...system, nameField });
  return [
    make('ProcessDefinition', 'Process Definition', 'Process Definitions', definition, 'Name'),
    make('ProcessInstance', 'Process Instance', 'Process Instances', instance),
    make('ProcessInstanceStep', 'Process Instance Step', 'Process Instance Steps', step),
    make('ProcessInstanceWorkitem', 'Process Instance Workitem', 'Process Instance Workitems', workitem),
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
      CreatedDate: now,
      LastModifiedDate: now,
      SystemModstamp: now,
      CreatedById: adminId,
      LastModifiedById: adminId,
    });
  });
}

export function processDefinitionRow(state: OrgState, name: string): Row | undefined {
  return state.store.all('ProcessDefinition').find((row) => row.DeveloperName === name || row.Id === name);
}
