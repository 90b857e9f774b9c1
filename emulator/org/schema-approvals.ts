import { z } from 'zod';
import { FILTER_OPERATORS } from './schema-navigation';

/**
 * Approval processes, named after the Metadata API's ApprovalProcess where it has names (entryCriteria,
 * allowedSubmitters, recordEditability, allowRecall, initialSubmissionActions, approvalStep,
 * finalApprovalActions, finalApprovalRecordLock, finalRejectionActions, finalRejectionRecordLock,
 * recallActions). Formulas use Salesforce's formula language (emulator/formula/).
 * Submitting always locks the record: Salesforce adds the "Record Lock" initial submission action to every
 * approval process and it cannot be removed.
 */

const apiName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected an API name (letters, digits, _)');
const formula = z.string().trim().min(1, 'Expected a formula');
const fieldUpdatesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ApprovalFieldUpdates = z.infer<typeof fieldUpdatesSchema>;

const actionsSchema = z.strictObject({ fieldUpdates: fieldUpdatesSchema.default({}) });

/**
 * Initial Submitters, as ApprovalSubmitter's types: owner | creator (of the record), or a user (username),
 * a public group, a role, or a role and its subordinates (by name or developer name).
 */
const submitterSchema = z.union([
  z.enum(['owner', 'creator']),
  z.strictObject({ user: z.string().min(1) }),
  z.strictObject({ group: z.string().min(1) }),
  z.strictObject({ role: z.string().min(1) }),
  z.strictObject({ roleAndSubordinates: z.string().min(1) }),
]);
export type AllowedSubmitter = z.infer<typeof submitterSchema>;

/** manager: the submitter's manager (User.ManagerId); or a named user; or a queue (its developer name). */
const approverSchema = z.union([
  z.literal('manager'),
  z.strictObject({ user: z.string().min(1) }),
  z.strictObject({ queue: z.string().min(1) }),
]);
export type ApproverDefinition = z.infer<typeof approverSchema>;

/** Criteria items as the Setup UI writes them (values as shown: 20 for 20%), and their filter logic. */
export const criteriaItemsSchema = z
  .array(
    z.strictObject({
      field: z.string().min(1),
      operation: z.enum(FILTER_OPERATORS),
      value: z.string(),
    }),
  )
  .min(1);
export const booleanFilterSchema = z
  .string()
  .regex(
    /^[\d\s()]*(?:\s*(?:AND|OR|NOT)\s*[\d\s()]*)*$/i,
    'Expected filter logic of numbers, AND, OR, NOT and parentheses',
  );

// Entry criteria: a formula, or criteria items.
const entryCriteriaSchema = z.union([
  formula,
  z.strictObject({ criteriaItems: criteriaItemsSchema, booleanFilter: booleanFilterSchema.optional() }),
]);
export type EntryCriteria = z.infer<typeof entryCriteriaSchema>;

const stepSchema = z.strictObject({
  name: apiName,
  label: z.string().optional(),
  // Unset = every record that reaches the step; when false the step is skipped (ifCriteriaNotMet GotoNextStep).
  entryCriteria: formula.optional(),
  approver: approverSchema,
});
export type ApprovalStepDefinition = z.infer<typeof stepSchema>;

const approvalProcessSchema = z.strictObject({
  object: z.string().min(1),
  name: apiName,
  label: z.string().optional(),
  description: z.string().optional(),
  active: z.boolean().default(true),
  // Unset = every record of the object may enter.
  entryCriteria: entryCriteriaSchema.optional(),
  allowedSubmitters: z.array(submitterSchema).min(1).default(['owner']),
  // Who may edit the record while it is locked: administrators only, or the current approver too.
  recordEditability: z.enum(['AdminOnly', 'AdminOrCurrentApprover']).default('AdminOnly'),
  allowRecall: z.boolean().default(false),
  initialSubmissionActions: actionsSchema.default({ fieldUpdates: {} }),
  steps: z.array(stepSchema).min(1),
  finalApprovalActions: actionsSchema.default({ fieldUpdates: {} }),
  // Salesforce's defaults: the record stays locked once approved and is unlocked once rejected.
  finalApprovalRecordLock: z.boolean().default(true),
  finalRejectionActions: actionsSchema.default({ fieldUpdates: {} }),
  finalRejectionRecordLock: z.boolean().default(false),
  recallActions: actionsSchema.default({ fieldUpdates: {} }),
});
export type ApprovalProcessDefinition = z.infer<typeof approvalProcessSchema>;

export const approvalSchemas = {
  approvalProcesses: z.array(approvalProcessSchema).default([]),
};
