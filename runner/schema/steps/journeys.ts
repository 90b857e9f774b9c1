import type { z } from 'zod';
import type { JourneyStep } from '../../model-journeys';
import { describeCondition, expectApiStepSchema, waitStepSchema } from './api-condition';
import { cannotOpenStepSchema, cannotOpenStepTitle } from './cannot-open';
import { clickStepSchema, clickStepTitle } from './click';
import { screenshotStepSchema, screenshotStepTitle } from './screenshot';

/** The step kinds of persona journeys, for the step registry (index.ts). */
export const journeyStepShape = {
  cannotOpen: cannotOpenStepSchema.optional(),
  wait: waitStepSchema.optional(),
  expectApi: expectApiStepSchema.optional(),
  screenshot: screenshotStepSchema.optional(),
  click: clickStepSchema.optional(),
};

type JourneyInput = { [K in keyof typeof journeyStepShape]?: z.output<(typeof journeyStepShape)[K]> };

export function journeyStepDefinition(step: JourneyInput): (JourneyStep & { title: string }) | undefined {
  if (step.cannotOpen) {
    return { kind: 'cannotOpen', ...step.cannotOpen, title: cannotOpenStepTitle(step.cannotOpen) };
  }
  if (step.wait) {
    return {
      kind: 'wait',
      ...step.wait,
      title: `wait until ${step.wait.record}: ${describeCondition(step.wait)}`,
    };
  }
  if (step.expectApi) {
    const title = `expect through the API on ${step.expectApi.record}: ${describeCondition(step.expectApi)}`;
    return { kind: 'expectApi', ...step.expectApi, title };
  }
  if (step.screenshot)
    return { kind: 'screenshot', name: step.screenshot, title: screenshotStepTitle(step.screenshot) };
  if (step.click) return { kind: 'click', action: step.click, title: clickStepTitle(step.click) };
  return undefined;
}
