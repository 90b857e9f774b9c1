import type { RecordPagePrediction } from '../../fixtures';
import { STANDARD_ACTION_LABELS, standardActionLabel } from '../../salesforce/standard-actions';
import { closestMatch, quoteList } from '../schema/wording';
import { layoutName } from './expect-check';

/** A Lightning action of the layout: its API name, and its label when it is a standard action. */
export interface LayoutAction {
  name: string;
  label?: string;
}

/** The layout's Lightning actions; undefined when it does not override them (or could not be read). */
export function layoutActions(prediction: RecordPagePrediction): LayoutAction[] | undefined {
  return prediction.layout?.actions?.map((name) => ({ name, label: standardActionLabel(name) }));
}

/** Whether the layout's Lightning actions include one labelled exactly `label`. */
export function layoutIncludes(actions: LayoutAction[], label: string): boolean {
  return actions.some((action) => action.label === label);
}

/** The layout's actions as the page would label them, an action of unknown label by its API name. */
export function layoutLabels(actions: LayoutAction[]): string {
  return quoteList(actions.map((action) => action.label ?? action.name));
}

/**
 * Why `label` names no action of the record's object, or undefined when it does: an action the page offers, a
 * standard action, or one the layout lists (labelled from its API name). `certain` is false when an action could
 * still be so labelled: the layout lists actions whose labels persona-ux does not know, or does not override the
 * Lightning actions, so that the object's defaults (the global publisher layout's, not read) apply.
 */
export function unknownAction(
  label: string,
  seen: string[],
  prediction: RecordPagePrediction,
): { reason: string; certain: boolean } | undefined {
  const layout = layoutActions(prediction);
  const standard = Object.entries(STANDARD_ACTION_LABELS).map(([name, label]) => ({ name, label }));
  const labelled = [
    ...(layout ?? []).flatMap((action) => (action.label ? [{ name: action.name, label: action.label }] : [])),
    ...standard,
  ];
  if (seen.includes(label) || labelled.some((action) => action.label === label)) return undefined;
  const unlabelled = (layout ?? []).filter((action) => !action.label).map((action) => action.name);
  const certain = layout !== undefined && unlabelled.length === 0;
  const where = layout
    ? `${layoutName(prediction)} lists its Lightning actions as ${layoutLabels(layout)}` +
      (unlabelled.length > 0
        ? `, of which persona-ux does not know the labels of ${unlabelled.join(', ')}, so "${label}" may be one of them: unconfirmed`
        : '')
    : prediction.layout
      ? `${layoutName(prediction)} does not override the Lightning actions, so the page shows the object's default ` +
        "actions (the global publisher layout's), which persona-ux does not read: unconfirmed"
      : `the page layout could not be read (${prediction.unavailable ?? 'not known why'})`;
  const subject = certain
    ? `${prediction.sobject} has no action labelled "${label}"`
    : `no action of ${prediction.sobject} labelled "${label}" is known`;
  return {
    reason: `${subject}: ${where}.${suggestion(label, seen, labelled)}`,
    certain,
  };
}

/**
 * ` Did you mean "Submit for Approval"?`: the label of the action whose API name was written, else a label a typo
 * away, else the labels holding every word written ("Submit" → "Submit for Approval"); those the page offers first.
 */
function suggestion(given: string, seen: string[], labelled: Required<LayoutAction>[]): string {
  const wanted = given.trim().toLowerCase();
  const named = labelled.find((action) => action.name.toLowerCase() === wanted);
  if (named)
    return ` "${given}" is the API name of the action labelled "${named.label}", and actions are named by their labels: did you mean "${named.label}"?`;
  const labels = [...new Set([...seen, ...labelled.map((action) => action.label)])];
  const typo = closestMatch(given, labels);
  if (typo) return ` Did you mean "${typo.value}"?`;
  const words = wanted.split(/\s+/).filter(Boolean);
  const holding = labels.filter((label) => {
    const own = label.toLowerCase().split(/\s+/);
    return words.length > 0 && words.every((word) => own.includes(word));
  });
  return holding.length > 0 ? ` Did you mean ${holding.map((label) => `"${label}"`).join(' or ')}?` : '';
}
