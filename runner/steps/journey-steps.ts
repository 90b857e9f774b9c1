import type { JourneyStep } from '../model-journeys';
import { checkApiCondition } from './api-conditions';
import { attachScreenshot } from './attach-screenshot';
import { checkCannotOpen } from './cannot-open';
import { clickAction } from './click-action';
import type { StepContext } from './context';

/** The steps of persona journeys: cannotOpen, wait, expectApi, screenshot, click. */
export async function runJourneyStep(step: JourneyStep, context: StepContext): Promise<void> {
  switch (step.kind) {
    case 'cannotOpen':
      return checkCannotOpen(step, context);
    case 'wait':
    case 'expectApi':
      return checkApiCondition(step, step.kind, context);
    case 'screenshot':
      return attachScreenshot(step.name, context);
    case 'click':
      return clickAction(step.action, context);
  }
}
