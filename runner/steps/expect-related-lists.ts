import type { RecordPagePrediction } from '../../fixtures';
import { noneGrants } from '../../fixtures/persona-grants';
import { predictedRelatedLists } from '../../fixtures/predicted-related-lists';
import { didYouMean, quoteList } from '../schema/wording';
import { type ExpectCheck, layoutName } from './expect-check';

/**
 * relatedLists and relatedListsAbsent, by their titles on the Related tab, or on the record page itself when
 * its Lightning page places the lists there (the full record view). A related list is predicted when the
 * persona's layout places it and the persona may read its object (predictedRelatedLists). The lists are read
 * once every predicted one has arrived and none is still loading; a list is judged absent only then.
 */
export const checkRelatedLists: ExpectCheck = async (expected, { recordPage, prediction, deadlineMs }) => {
  const present = expected.relatedLists ?? [];
  const absent = expected.relatedListsAbsent ?? [];
  if (present.length + absent.length === 0) return [];
  const reading = await recordPage.relatedLists(predictedRelatedLists(prediction), deadlineMs);
  const { titles: seen, where } = reading;
  const incomplete = reading.incomplete
    ? `${where} did not finish rendering its related lists within ${deadlineMs / 1000} s: ${reading.incomplete}`
    : undefined;
  const shown = `${where} shows ${seen.length > 0 ? quoteList(seen) : 'no related list'}`;
  const problems: string[] = [];
  for (const title of present) {
    if (!seen.includes(title))
      problems.push(
        `related list "${title}": expected on ${where}, but it is not (${shown}${incomplete ? `; ${incomplete}` : ''}) — ${whyAbsent(title, prediction, where)}`,
      );
  }
  for (const title of absent) {
    if (seen.includes(title))
      problems.push(
        `related list "${title}": expected absent, but ${where} shows it — ${whyPresent(title, prediction, where)}`,
      );
    else if (incomplete)
      problems.push(
        `related list "${title}": expected absent, and it is not shown so far (${shown}), but no verdict is given: ${incomplete}`,
      );
  }
  return problems;
};

/** The sources granting Read on an object; [] when none does or the grants are not known. */
function readers(object: string, prediction: RecordPagePrediction): string[] {
  if (!prediction.grants) return ['(not known)'];
  return prediction.grants.objects.get(object)?.read ?? [];
}

function whyAbsent(title: string, prediction: RecordPagePrediction, where: string): string {
  const lists = prediction.layout?.relatedLists;
  if (!lists) return `the layout could not be read (${prediction.unavailable ?? 'no related lists'})`;
  const list = lists.find((candidate) => candidate.label === title);
  if (!list) {
    const titles = lists.map((candidate) => candidate.label);
    return `${layoutName(prediction)} has no related list "${title}" (its related lists: ${titles.length > 0 ? quoteList(titles) : 'none'}).${didYouMean(title, titles)}`;
  }
  if (list.object && readers(list.object, prediction).length === 0) {
    return (
      `the persona lacks the object permission Read on ${list.object}: ` +
      `${noneGrants(prediction.grants?.sources ?? [], 'it')}, so Lightning leaves the list out`
    );
  }
  return `rendering fault: ${layoutName(prediction)} places it and the persona may read ${list.object ?? 'its object'}, but ${where} did not show it`;
}

function whyPresent(title: string, prediction: RecordPagePrediction, where: string): string {
  const list = prediction.layout?.relatedLists?.find((candidate) => candidate.label === title);
  if (!prediction.layout?.relatedLists)
    return `the layout could not be read (${prediction.unavailable ?? ''})`;
  if (!list)
    return `rendering fault: ${layoutName(prediction)} has no such related list, yet ${where} shows it`;
  const via = list.object ? readers(list.object, prediction) : [];
  return `${layoutName(prediction)} places it, and the persona may read ${list.object ?? 'its object'}${via.length > 0 ? ` (Read via ${via.join(', ')})` : ''}`;
}
