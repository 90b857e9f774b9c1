import type { ApprovalProcessDefinition } from '../org/schema-approvals';
import type { MetadataRecord } from './metadata-xml';

/**
 * ApprovalProcess as the Metadata API reads it (Metadata API Developer Guide, "ApprovalProcess"): fullName
 * `{Object}.{Name}`, file `approvalProcesses/{Object}.{Name}.approvalProcess`. So that a run can tell why no
 * process took a record on a real org as here: entryCriteria (formula, or criteriaItems and booleanFilter), allowedSubmitters, each step's
 * assignedApprover. The submitter's manager is a `userHierarchyField` approver with nextAutomatedApprover
 * (Manager, not the record owner's). Field updates are workflow actions referenced by name
 * (`{Process}_{Stage}_{Field}`, the emulator's naming); their definitions live in Workflow, not served.
 */
export function approvalProcessMetadata(process: ApprovalProcessDefinition): MetadataRecord {
  const actions = (stage: string, updates: Record<string, unknown>) => ({
    action: Object.keys(updates).map((field) => ({
      name: `${process.name}_${stage}_${field}`,
      type: 'FieldUpdate',
    })),
  });
  const submitter = (entry: ApprovalProcessDefinition['allowedSubmitters'][number]) => {
    if (typeof entry === 'string') return { type: entry };
    if ('user' in entry) return { submitter: entry.user, type: 'user' };
    if ('group' in entry) return { submitter: entry.group, type: 'group' };
    if ('role' in entry) return { submitter: entry.role, type: 'role' };
    return { submitter: entry.roleAndSubordinates, type: 'roleSubordinates' };
  };
  const usesManager = process.steps.some((step) => step.approver === 'manager');
  return {
    fullName: `${process.object}.${process.name}`,
    active: process.active,
    allowRecall: process.allowRecall,
    allowedSubmitters: process.allowedSubmitters.map(submitter),
    approvalStep: process.steps.map((step) => ({
      allowDelegate: false,
      assignedApprover: {
        approver: [
          step.approver === 'manager'
            ? { name: 'Manager', type: 'userHierarchyField' }
            : 'user' in step.approver
              ? { name: step.approver.user, type: 'user' }
              : { name: step.approver.queue, type: 'queue' },
        ],
        whenMultipleApprovers: 'FirstResponse',
      },
      ...(step.entryCriteria
        ? { entryCriteria: { formula: step.entryCriteria }, ifCriteriaNotMet: 'GotoNextStep' }
        : {}),
      label: step.label ?? step.name.replace(/_/g, ' '),
      name: step.name,
    })),
    ...(process.description ? { description: process.description } : {}),
    ...(typeof process.entryCriteria === 'string'
      ? { entryCriteria: { formula: process.entryCriteria } }
      : {}),
    ...(typeof process.entryCriteria === 'object'
      ? {
          entryCriteria: {
            ...(process.entryCriteria.booleanFilter
              ? { booleanFilter: process.entryCriteria.booleanFilter }
              : {}),
            criteriaItems: process.entryCriteria.criteriaItems.map((item) => ({
              field: item.field.includes('.') ? item.field : `${process.object}.${item.field}`,
              operation: item.operation,
              value: item.value,
            })),
          },
        }
      : {}),
    finalApprovalActions: actions('Approved', process.finalApprovalActions.fieldUpdates),
    finalApprovalRecordLock: process.finalApprovalRecordLock,
    finalRejectionActions: actions('Rejected', process.finalRejectionActions.fieldUpdates),
    finalRejectionRecordLock: process.finalRejectionRecordLock,
    initialSubmissionActions: {
      action: [
        { name: 'Record_Lock', type: 'Lock' },
        ...actions('Submitted', process.initialSubmissionActions.fieldUpdates).action,
      ],
    },
    label: process.label ?? process.name.replace(/_/g, ' '),
    ...(usesManager
      ? { nextAutomatedApprover: { useApproverFieldOfRecordOwner: false, userHierarchyField: 'Manager' } }
      : {}),
    recallActions: actions('Recalled', process.recallActions.fieldUpdates),
    recordEditability: process.recordEditability,
    showApprovalHistory: true,
  };
}
