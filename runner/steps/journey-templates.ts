import type { ApiCondition, ApiFieldCondition, TaskCondition } from '../model-journeys';
import { renderTemplate, type TemplateVars } from '../template';

type Owner = NonNullable<TaskCondition['owner']>;

const renderOwner = (owner: Owner, vars: TemplateVars): Owner =>
  'queue' in owner
    ? { queue: renderTemplate(owner.queue, vars) }
    : { user: renderTemplate(owner.user, vars) };

const renderValue = (value: ApiFieldCondition, vars: TemplateVars): ApiFieldCondition =>
  value !== null && typeof value === 'object' ? renderOwner(value, vars) : renderTemplate(value, vars);

/** `wait` and `expectApi` conditions may name users and values with {{placeholders}}, e.g. {{persona.username}}. */
export function renderCondition<T extends ApiCondition>(step: T, vars: TemplateVars): T {
  const fields = Object.fromEntries(
    Object.entries(step.fields).map(([field, value]) => [field, renderValue(value, vars)]),
  );
  const task = step.task && {
    ...(step.task.subject !== undefined ? { subject: renderTemplate(step.task.subject, vars) } : {}),
    ...(step.task.owner ? { owner: renderOwner(step.task.owner, vars) } : {}),
  };
  return { ...step, fields, ...(task ? { task } : {}) };
}
