import { requiredText } from '../common';

/** screenshot: <name> — a full-page screenshot attached to the test under that name. */
export const screenshotStepSchema = requiredText(
  'screenshot',
  'Name the screenshot, e.g. screenshot: lead after routing',
).max(100, { error: 'Expected a screenshot name of at most 100 characters.' });

export const screenshotStepTitle = (name: string) => `screenshot "${name}"`;
