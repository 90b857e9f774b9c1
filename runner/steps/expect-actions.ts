import type { RecordPagePrediction } from '../../fixtures';
import { noneGrants, type ObjectGrants } from '../../fixtures/persona-grants';
import { readUntil } from '../../pages/render-polling';
import { didYouMean, quoteList } from '../schema/wording';
import { layoutActions, layoutIncludes, layoutLabels, unknownAction } from './action-names';
import { type ExpectCheck, layoutName } from './expect-check';
import { judgedAs } from './incomplete-parts';

/**
 * actions and actionsAbsent: the labels of the actions the record page offers, in its ribbon or its "Show more
 * actions" menu. Standard actions need an object permission (Edit: Edit, Delete: Delete, Clone and New:
 * Create — Salesforce Help, "Object Permissions"); a layout that overrides the Lightning actions lists them
 * in its platformActionList (Metadata API, Layout) by API name, which the page labels (action-names.ts). An action
 * is named by its label: one that no action bears fails, absent or not, since its absence would prove nothing.
 */
const PERMISSION: Record<string, keyof ObjectGrants> = {
  Edit: 'edit',
  Delete: 'delete',
  Clone: 'create',
  New: 'create',
};
const PERMISSION_LABEL: Record<keyof ObjectGrants, string> = {
  read: 'Read',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
};

export const checkActions: ExpectCheck = async (
  expected,
  { recordPage, record, prediction, deadlineMs, who },
) => {
  const present = expected.actions ?? [];
  const absent = expected.actionsAbsent ?? [];
  if (present.length + absent.length === 0) return [];
  // The ribbon renders its actions on its own: no verdict before the ones the org predicts are there.
  const predicted = predictedActions(record.sobject, prediction);
  const read = () => judgedAs(who, () => recordPage.actionLabels(deadlineMs));
  const seen = await readUntil(
    read,
    (labels) => !predicted || predicted.every((action) => labels.includes(action)),
    deadlineMs,
  );
  const shown = `the page offers ${seen.length > 0 ? quoteList(seen) : 'no action'}`;
  const problems: string[] = [];
  for (const action of present) {
    if (seen.includes(action)) continue;
    const unknown = unknownAction(action, seen, prediction);
    problems.push(
      unknown
        ? `action "${action}": expected on the page, but it is not (${shown}) — ${unknown.reason}`
        : `action "${action}": expected on the page, but it is not (${shown}) — ${whyAbsent(action, record.sobject, prediction)}.${didYouMean(action, seen)}`,
    );
  }
  for (const action of absent) {
    if (seen.includes(action)) {
      problems.push(
        `action "${action}": expected absent, but the page offers it — ${whyPresent(action, record.sobject, prediction)}`,
      );
      continue;
    }
    // Absence proves something only of an action that exists.
    const unknown = unknownAction(action, seen, prediction);
    if (unknown)
      problems.push(
        `action "${action}": expected absent, but ${unknown.certain ? 'no action bears that label' : 'no action with that label is known'} (${shown}), so its absence proves nothing — ${unknown.reason}`,
      );
  }
  return problems;
};

function permissionOf(action: string, sobject: string, prediction: RecordPagePrediction) {
  const permission = PERMISSION[action];
  if (!permission || !prediction.grants) return undefined;
  const sources = prediction.grants.objects.get(sobject)?.[permission] ?? [];
  return { name: `${PERMISSION_LABEL[permission]} on ${sobject}`, sources, all: prediction.grants.sources };
}

function whyAbsent(action: string, sobject: string, prediction: RecordPagePrediction): string {
  const permission = permissionOf(action, sobject, prediction);
  if (permission && permission.sources.length === 0) {
    return `the persona lacks the object permission ${permission.name}: ${noneGrants(permission.all, 'it')}`;
  }
  const granted = permission
    ? `the persona has ${permission.name} (via ${permission.sources.join(', ')}), `
    : '';
  const actions = layoutActions(prediction);
  if (actions && !layoutIncludes(actions, action)) {
    return `${granted}but ${layoutName(prediction)} does not include it in its Lightning actions (${layoutLabels(actions)})`;
  }
  if (actions)
    return `rendering fault: ${granted}${layoutName(prediction)} includes it, yet the page does not offer it`;
  return (
    `${granted}and ${layoutName(prediction)} does not override the Lightning actions, so the page shows the ` +
    "object's default actions (the global publisher layout's), which persona-ux does not read: unconfirmed"
  );
}

/** Why the page offers an action expected absent: the object permission it needs, and the layout's actions. */
export function whyPresent(action: string, sobject: string, prediction: RecordPagePrediction): string {
  const permission = permissionOf(action, sobject, prediction);
  const actions = layoutActions(prediction);
  if (permission && permission.sources.length === 0)
    return `rendering fault: the persona lacks ${permission.name}, yet the page offers it`;
  const granted = permission ? `the persona has ${permission.name} via ${permission.sources.join(', ')}` : '';
  const unlabelled = (actions ?? []).filter((each) => !each.label).map((each) => each.name);
  const onLayout =
    actions && layoutIncludes(actions, action)
      ? `${layoutName(prediction)} includes it in its Lightning actions`
      : unlabelled.length > 0
        ? `${layoutName(prediction)} lists ${unlabelled.join(', ')} among its Lightning actions, whose labels persona-ux does not know: it may be one of them`
        : actions
          ? `rendering fault: ${layoutName(prediction)} does not include it in its Lightning actions`
          : '';
  return (
    [granted, onLayout].filter(Boolean).join(', and ') ||
    'the org does not say why (no layout actions, no object permission involved)'
  );
}

/**
 * Labels of the layout's Lightning actions the persona's object permissions allow, those of known label only;
 * undefined when the layout does not override the actions.
 */
function predictedActions(sobject: string, prediction: RecordPagePrediction): string[] | undefined {
  return layoutActions(prediction)
    ?.flatMap((action) => (action.label ? [action.label] : []))
    .filter((label) => {
      const permission = permissionOf(label, sobject, prediction);
      return !permission || permission.sources.length > 0;
    });
}
