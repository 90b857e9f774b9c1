import type { Step } from '../model';
import { checkListView } from './check-list-view';
import type { StepContext } from './context';
import { editRecord } from './edit-record';
import { expectFields } from './expect-fields';
import { checkFieldAccess } from './matrix-column';
import { openRecord } from './open-record';
import { switchPersona } from './switch-persona';

export { ExpectationError, type StepContext } from './context';

/** Runs one scenario step through the page objects. */
export async function runStep(step: Step, context: StepContext): Promise<void> {
  switch (step.kind) {
    case 'open':
      return openRecord(step.record, context);
    case 'expect':
      return expectFields(step, context);
    case 'edit':
      return editRecord(step, context);
    case 'listView':
      return checkListView(step, context);
    case 'as':
      return switchPersona(step, context);
    case 'fieldAccess':
      return checkFieldAccess(step, context);
  }
}
