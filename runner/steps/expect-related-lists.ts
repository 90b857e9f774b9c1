import type { RecordPagePrediction } from '../../fixtures';
import { grantedBy } from '../../fixtures/persona-grants';
import { didYouMean, quoteList } from '../schema/wording';
import { type ExpectCheck, layoutName } from './expect-check';

/**
 * relatedLists and relatedListsAbsent, by their titles on the Related tab. A related list is predicted when
 * the persona's layout places it and the persona may read its object: Lightning leaves out a related list
 * whose object the user cannot read (widely observed; not confirmed against Salesforce's documentation:
 * unconfirmed). The tab is read once every predicted list has arrived.
 */
export const checkRelatedLists: ExpectCheck = async (expected, { recordPage, prediction, deadlineMs }) => {
  const present = expected.relatedLists ?? [];
  const absent = expected.relatedListsAbsent ?? [];
  if (present.length + absent.length === 0) return [];
  const predicted = (prediction.layout?.relatedLists ?? [])
    .filter((list) => list.object && readers(list.object, prediction).length > 0)
    .map((list) => list.label);
  if (!(await recordPage.hasRelatedTab())) {
    return present.map(
      (title) =>
        `related list "${title}": expected on the Related tab, but the record page has no Related tab (its Lightning page places none)`,
    );
  }
  const seen = await recordPage.relatedListTitles(predicted, deadlineMs);
  const shown = `the Related tab shows ${seen.length > 0 ? quoteList(seen) : 'no related list'}`;
  const problems: string[] = [];
  for (const title of present) {
    if (!seen.includes(title))
      problems.push(
        `related list "${title}": expected on the Related tab, but it is not (${shown}) — ${whyAbsent(title, prediction)}`,
      );
  }
  for (const title of absent) {
    if (seen.includes(title))
      problems.push(
        `related list "${title}": expected absent, but the Related tab shows it — ${whyPresent(title, prediction)}`,
      );
  }
  return problems;
};

/** The sources granting Read on an object; [] when none does or the grants are not known. */
function readers(object: string, prediction: RecordPagePrediction): string[] {
  if (!prediction.grants) return ['(not known)'];
  return prediction.grants.objects.get(object)?.read ?? [];
}

function whyAbsent(title: string, prediction: RecordPagePrediction): string {
  const lists = prediction.layout?.relatedLists;
  if (!lists) return `the layout could not be read (${prediction.unavailable ?? 'no related lists'})`;
  const list = lists.find((candidate) => candidate.label === title);
  if (!list) {
    const titles = lists.map((candidate) => candidate.label);
    return `${layoutName(prediction)} has no related list "${title}" (its related lists: ${titles.length > 0 ? quoteList(titles) : 'none'}).${didYouMean(title, titles)}`;
  }
  if (list.object && readers(list.object, prediction).length === 0) {
    return (
      `the persona lacks the object permission Read on ${list.object}: none of ` +
      `${grantedBy(prediction.grants?.sources ?? [])} grants it, so Lightning leaves the list out`
    );
  }
  return `rendering fault: ${layoutName(prediction)} places it and the persona may read ${list.object ?? 'its object'}, but the Related tab did not show it`;
}

function whyPresent(title: string, prediction: RecordPagePrediction): string {
  const list = prediction.layout?.relatedLists?.find((candidate) => candidate.label === title);
  if (!prediction.layout?.relatedLists)
    return `the layout could not be read (${prediction.unavailable ?? ''})`;
  if (!list)
    return `rendering fault: ${layoutName(prediction)} has no such related list, yet the Related tab shows it`;
  const via = list.object ? readers(list.object, prediction) : [];
  return `${layoutName(prediction)} places it, and the persona may read ${list.object ?? 'its object'}${via.length > 0 ? ` (Read via ${via.join(', ')})` : ''}`;
}
