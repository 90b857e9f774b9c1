import { z } from 'zod';
import type { StepAction, StepKind } from '../../model';
import { mapping, onlyIfValidSoFar } from '../common';
import {
  approvalStepDefinition,
  approvalStepSchema,
  decisionStepSchema,
  itemsToApproveStepSchema,
  recallStepSchema,
  submitForApprovalStepSchema,
} from './approvals';
import { asStepSchema, asStepTitle } from './as';
import { createStepSchema, createStepTitle } from './create';
import { editStepSchema, editStepTitle } from './edit';
import { expectStepSchema, expectStepTitle } from './expect';
import { journeyStepDefinition, journeyStepShape } from './journeys';
import { listViewStepSchema, listViewStepTitle } from './list-view';
import { openStepSchema, openStepTitle } from './open';
import { pathStepSchema, pathStepTitle } from './path';
import { addProductsStepSchema, offeredStepSchema } from './products';

// A step is a single-key mapping; the key is its kind. To add a kind: a schema + title in its own file, a key
// here, a case in the transform, and a member of StepAction in model.ts.
const stepShape = {
  open: openStepSchema.optional(),
  expect: expectStepSchema.optional(),
  edit: editStepSchema.optional(),
  listView: listViewStepSchema.optional(),
  as: asStepSchema.optional(),
  create: createStepSchema.optional(),
  path: pathStepSchema.optional(),
  submitForApproval: submitForApprovalStepSchema.optional(),
  approve: decisionStepSchema.optional(),
  reject: decisionStepSchema.optional(),
  recall: recallStepSchema.optional(),
  approval: approvalStepSchema.optional(),
  itemsToApprove: itemsToApproveStepSchema.optional(),
  addProducts: addProductsStepSchema.optional(),
  offered: offeredStepSchema.optional(),
  ...journeyStepShape,
};

export const STEP_KINDS = Object.keys(stepShape) as StepKind[];

const EXAMPLE = '- open: { record: lead }';

export type StepDefinition = StepAction & { title: string };

export const stepSchema = mapping(stepShape, {
  what: `a step (a mapping with one key: ${STEP_KINDS.join(' or ')})`,
  example: EXAMPLE,
  unknownKey: 'step kind',
})
  .superRefine((step, context) => {
    const kinds = Object.keys(step);
    if (kinds.length === 1) return;
    context.addIssue({
      code: 'custom',
      input: step,
      message:
        kinds.length === 0
          ? `Expected one step kind (${STEP_KINDS.join(' or ')}), but the step is empty. For example: ${EXAMPLE}`
          : `Expected one step kind per list item, but got ${kinds.length}: ${kinds.join(', ')}. ` +
            `Give each its own "- " item, e.g. ${EXAMPLE} then - expect: { visible: [Status] }`,
    });
  }, onlyIfValidSoFar)
  .transform((step): StepDefinition => {
    if (step.open) return { kind: 'open', ...step.open, title: openStepTitle(step.open) };
    if (step.expect) return { kind: 'expect', ...step.expect, title: expectStepTitle(step.expect) };
    if (step.edit) return { kind: 'edit', ...step.edit, title: editStepTitle(step.edit) };
    if (step.listView) return { kind: 'listView', ...step.listView, title: listViewStepTitle(step.listView) };
    if (step.as) return { kind: 'as', ...step.as, title: asStepTitle(step.as) };
    if (step.create) return { kind: 'create', ...step.create, title: createStepTitle(step.create) };
    if (step.path) return { kind: 'path', ...step.path, title: pathStepTitle(step.path) };
    const approvals = approvalStepDefinition(step);
    if (approvals) return approvals;
    const journey = journeyStepDefinition(step);
    if (journey) return journey;
    return z.NEVER; // no single kind: an issue is already reported, so the output is never used
  });
