import { requiredText } from '../common';

/** click: <action label> — an action of the opened record, as its button reads (e.g. Clone, Submit for Approval). */
export const clickStepSchema = requiredText(
  'click',
  'Name the action by its label on the record page, e.g. click: Clone',
);

export const clickStepTitle = (action: string) => `click "${action}"`;
