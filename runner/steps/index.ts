import type { Step, StepKind } from '../model';
import { expectApproval, expectItemsToApprove } from './approval-expectations';
import { decideApproval, recallApproval, submitForApproval } from './approval-steps';
import { checkListView } from './check-list-view';
import { compareWithAdmin } from './compare-with-admin';
import type { StepContext } from './context';
import { createRecord } from './create-record';
import { editRecord } from './edit-record';
import { expectFields } from './expect-fields';
import { withPathAndToastChecks } from './expect-path';
import { withViewChecks } from './expect-view';
import { runJourneyStep } from './journey-steps';
import { checkFieldAccess } from './matrix-column';
import { movePath } from './move-path';
import { openTarget } from './open-target';
import { addProducts, expectOffered } from './product-steps';
import { switchPersona } from './switch-persona';

export { ExpectationError, type StepContext } from './context';

type StepRunner<K extends StepKind> = (
  step: Extract<Step, { kind: K }>,
  context: StepContext,
) => Promise<void>;

/** What runs each kind of step, through the page objects. */
const RUNNERS: { [K in StepKind]: StepRunner<K> } = {
  open: async (step, context) => {
    await openTarget(step, context);
    if (step.compareWithAdmin) await compareWithAdmin(step.compareWithAdmin, context);
  },
  expect: (step, context) =>
    withViewChecks(step, context, () =>
      withPathAndToastChecks(step, context, () => expectFields(step, context)),
    ),
  edit: editRecord,
  listView: checkListView,
  as: switchPersona,
  create: createRecord,
  path: movePath,
  fieldAccess: checkFieldAccess,
  submitForApproval,
  approve: decideApproval,
  reject: decideApproval,
  recall: recallApproval,
  approval: expectApproval,
  itemsToApprove: expectItemsToApprove,
  addProducts,
  offered: expectOffered,
  cannotOpen: runJourneyStep,
  wait: runJourneyStep,
  expectApi: runJourneyStep,
  screenshot: runJourneyStep,
  click: runJourneyStep,
};

/** Runs one scenario step through the page objects. */
export function runStep(step: Step, context: StepContext): Promise<void> {
  return (RUNNERS[step.kind] as StepRunner<StepKind>)(step, context);
}
