import type { Step } from '../model';
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

/** Runs one scenario step through the page objects. */
export async function runStep(step: Step, context: StepContext): Promise<void> {
  switch (step.kind) {
    case 'open':
      await openTarget(step, context);
      if (step.compareWithAdmin) await compareWithAdmin(step.compareWithAdmin, context);
      return;
    case 'expect':
      return withViewChecks(step, context, () =>
        withPathAndToastChecks(step, context, () => expectFields(step, context)),
      );
    case 'edit':
      return editRecord(step, context);
    case 'listView':
      return checkListView(step, context);
    case 'as':
      return switchPersona(step, context);
    case 'create':
      return createRecord(step, context);
    case 'path':
      return movePath(step, context);
    case 'fieldAccess':
      return checkFieldAccess(step, context);
    case 'submitForApproval':
      return submitForApproval(step, context);
    case 'approve':
    case 'reject':
      return decideApproval(step, context);
    case 'recall':
      return recallApproval(step, context);
    case 'approval':
      return expectApproval(step, context);
    case 'itemsToApprove':
      return expectItemsToApprove(step, context);
    case 'addProducts':
      return addProducts(step, context);
    case 'offered':
      return expectOffered(step, context);
    case 'cannotOpen':
    case 'wait':
    case 'expectApi':
    case 'screenshot':
    case 'click':
      return runJourneyStep(step, context);
  }
}
