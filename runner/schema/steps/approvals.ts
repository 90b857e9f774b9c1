import { z } from 'zod';
import type {
  ApprovalDecisionStep,
  ApprovalStep,
  ApprovalStepAction,
  ItemsToApproveStep,
  RecallStep,
  SubmitForApprovalStep,
} from '../../model-approvals';
import { list, mapping, notBothIncludedAndExcluded, onlyIfValidSoFar, referenceName } from '../common';
import {
  type addProductsStepSchema,
  addProductsStepTitle,
  type offeredStepSchema,
  offeredStepTitle,
} from './products';

const text = z.string().trim().min(1, { error: 'Expected some text, not an empty string.' });
const comment = text.optional();

export const submitForApprovalStepSchema = mapping(
  { comment, expectError: text.optional() },
  {
    what: 'the submission (a mapping with comment, and optionally expectError)',
    example: 'submitForApproval: { comment: Discount for a 3-year term }',
  },
).nullish();

export const decisionStepSchema = mapping(
  { record: referenceName('data key', 'deal').optional(), comment },
  {
    what: 'the decision (a mapping with record, a data key, and comment)',
    example: 'approve: { record: deal, comment: Fine for this quarter }',
  },
).nullish();

export const recallStepSchema = mapping(
  { comment },
  { what: 'the recall (a mapping with comment)', example: 'recall: { comment: Wrong discount }' },
).nullish();

const APPROVAL_EXAMPLE = 'approval: { status: Pending, pendingApprover: Maya Patel, locked: true }';

export const approvalStepSchema = mapping(
  {
    status: text.optional(),
    pendingApprover: text.optional(),
    locked: z.boolean({ error: 'Expected true or false, e.g. locked: true' }).optional(),
    history: z
      .array(
        mapping(
          {
            status: text,
            assignedTo: text.optional(),
            actualApprover: text.optional(),
            comments: text.optional(),
          },
          {
            what: 'an Approval History row (a mapping with status, assignedTo, actualApprover, comments)',
            example: '{ status: Approved, actualApprover: Maya Patel }',
          },
        ),
      )
      .optional(),
  },
  { what: 'the approval to check (status, pendingApprover, locked, history)', example: APPROVAL_EXAMPLE },
).refine((step) => Object.values(step).some((value) => value !== undefined), {
  error: `Expected at least one of status, pendingApprover, locked, history. For example: ${APPROVAL_EXAMPLE}`,
  ...onlyIfValidSoFar,
});

const dataKeys = (key: string) =>
  list(key, referenceName('data key', 'deal'), { what: 'data keys', example: 'deal' });

export const itemsToApproveStepSchema = mapping(
  { includes: dataKeys('includes'), excludes: dataKeys('excludes') },
  { what: 'the records to look for (includes, excludes)', example: 'itemsToApprove: { includes: [deal] }' },
)
  .refine((step) => step.includes.length + step.excludes.length > 0, {
    error:
      'Expected at least one data key in includes or excludes. For example: itemsToApprove: { includes: [deal] }',
    ...onlyIfValidSoFar,
  })
  .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar);

export function submitForApprovalStepTitle(step: Omit<SubmitForApprovalStep, 'kind'>): string {
  const refused = step.expectError ? ` (expect it refused: "${step.expectError}")` : '';
  return `submit for approval${step.comment ? ` ("${step.comment}")` : ''}${refused}`;
}

export function decisionStepTitle(
  kind: ApprovalDecisionStep['kind'],
  step: Omit<ApprovalDecisionStep, 'kind'>,
): string {
  return `${kind} ${step.record ?? 'the record opened'} from Items to Approve${step.comment ? ` ("${step.comment}")` : ''}`;
}

export function recallStepTitle(step: Omit<RecallStep, 'kind'>): string {
  return `recall the approval request${step.comment ? ` ("${step.comment}")` : ''}`;
}

export function approvalStepTitle(step: Omit<ApprovalStep, 'kind'>): string {
  const parts = [
    step.status && `status ${step.status}`,
    step.pendingApprover && `pending with ${step.pendingApprover}`,
    step.locked !== undefined && (step.locked ? 'locked' : 'not locked'),
    step.history && `${step.history.length} history row(s)`,
  ].filter(Boolean);
  return `expect approval: ${parts.join(', ')}`;
}

export function itemsToApproveStepTitle(step: Omit<ItemsToApproveStep, 'kind'>): string {
  const parts = [
    step.includes.length > 0 ? `includes ${step.includes.join(', ')}` : '',
    step.excludes.length > 0 ? `excludes ${step.excludes.join(', ')}` : '',
  ].filter(Boolean);
  return `Items to Approve ${parts.join('; ')}`;
}

/** The parsed step's approval, product or quote kind with its title; undefined for the other kinds. */
export function approvalStepDefinition(step: {
  submitForApproval?: z.infer<typeof submitForApprovalStepSchema>;
  approve?: z.infer<typeof decisionStepSchema>;
  reject?: z.infer<typeof decisionStepSchema>;
  recall?: z.infer<typeof recallStepSchema>;
  approval?: z.infer<typeof approvalStepSchema>;
  itemsToApprove?: z.infer<typeof itemsToApproveStepSchema>;
  addProducts?: z.infer<typeof addProductsStepSchema>;
  offered?: z.infer<typeof offeredStepSchema>;
}): (ApprovalStepAction & { title: string }) | undefined {
  // A kind written without a mapping (`- recall:`) is present with a null value.
  if ('submitForApproval' in step) {
    const body = step.submitForApproval ?? {};
    return { kind: 'submitForApproval', ...body, title: submitForApprovalStepTitle(body) };
  }
  if ('approve' in step)
    return {
      kind: 'approve',
      ...(step.approve ?? {}),
      title: decisionStepTitle('approve', step.approve ?? {}),
    };
  if ('reject' in step)
    return { kind: 'reject', ...(step.reject ?? {}), title: decisionStepTitle('reject', step.reject ?? {}) };
  if ('recall' in step)
    return { kind: 'recall', ...(step.recall ?? {}), title: recallStepTitle(step.recall ?? {}) };
  if (step.approval) return { kind: 'approval', ...step.approval, title: approvalStepTitle(step.approval) };
  if (step.itemsToApprove)
    return {
      kind: 'itemsToApprove',
      ...step.itemsToApprove,
      title: itemsToApproveStepTitle(step.itemsToApprove),
    };
  if (step.addProducts)
    return { kind: 'addProducts', ...step.addProducts, title: addProductsStepTitle(step.addProducts) };
  if (step.offered) return { kind: 'offered', ...step.offered, title: offeredStepTitle(step.offered) };
  return undefined;
}
