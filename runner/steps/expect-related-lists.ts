import type { RecordPagePrediction } from '../../fixtures';
import { noneGrants } from '../../fixtures/persona-grants';
import { predictedRelatedLists } from '../../fixtures/predicted-related-lists';
import type { PredictedRelatedList } from '../../fixtures/record-page-prediction';
import { objectPermissionsOf } from '../../salesforce/related-list-objects';
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
        `related list "${title}": expected on ${where}, but it is not (${shown}${incomplete ? `; ${incomplete}` : ''}) — ${whyAbsent(title, prediction, where, seen)}`,
      );
  }
  for (const title of absent) {
    const named = seen.includes(title) ? undefined : listNamedByObject(title, prediction);
    if (seen.includes(title))
      problems.push(
        `related list "${title}": expected absent, but ${where} shows it — ${whyPresent(title, prediction, where)}`,
      );
    else if (named && seen.includes(named.label))
      problems.push(
        `related list "${title}": expected absent, but no related list is titled so, so its absence proves nothing — ${shownUnderOtherTitle(title, named, where)}`,
      );
    else if (incomplete)
      problems.push(
        `related list "${title}": expected absent, and it is not shown so far (${shown}), but no verdict is given: ${incomplete}`,
      );
  }
  return problems;
};

/**
 * The sources granting Read on a list's object, or on the object whose permissions it follows (opportunity products:
 * their opportunity's); ['(not known)'] when the grants could not be read, [] when none grants it.
 */
function readers(object: string, prediction: RecordPagePrediction): string[] {
  if (!prediction.grants) return ['(not known)'];
  return prediction.grants.objects.get(objectPermissionsOf(object))?.read ?? [];
}

/** "Read on Opportunity", or "Read on Opportunity (OpportunityLineItem follows it)". */
function readOn(object: string): string {
  const decides = objectPermissionsOf(object);
  return decides === object ? `Read on ${object}` : `Read on ${decides} (${object} follows its permissions)`;
}

/**
 * The layout's related list whose object `title` names — by its API name, label or plural label, in the singular or
 * the plural ("Opportunity Product", "Opportunity Products") — when the list's own title is another ("Products").
 */
function listNamedByObject(
  title: string,
  prediction: RecordPagePrediction,
): PredictedRelatedList | undefined {
  const singular = (name: string) => name.trim().toLowerCase().replace(/s$/, '');
  const wanted = singular(title);
  return prediction.layout?.relatedLists?.find(
    (list) =>
      list.object !== undefined &&
      list.label !== title &&
      [list.object, ...(list.objectLabels ?? [])].some((name) => singular(name) === wanted),
  );
}

/** `"Opportunity Products" names OpportunityLineItem (labelled "Opportunity Product")`. */
function namesObject(title: string, list: PredictedRelatedList): string {
  const label = list.objectLabels?.[0];
  const labelled =
    label && label.toLowerCase() !== title.trim().toLowerCase() ? ` (labelled "${label}")` : '';
  return `"${title}" names the object ${list.object}${labelled}`;
}

function shownUnderOtherTitle(title: string, list: PredictedRelatedList, where: string): string {
  return `${namesObject(title, list)}, and ${where} shows ${list.object}'s related list as "${list.label}": write "${list.label}"`;
}

function whyAbsent(title: string, prediction: RecordPagePrediction, where: string, seen: string[]): string {
  const named = listNamedByObject(title, prediction);
  if (named && seen.includes(named.label)) return shownUnderOtherTitle(title, named, where);
  const lists = prediction.layout?.relatedLists;
  const suggestion = didYouMean(title, seen) || didYouMean(title, lists?.map((list) => list.label) ?? []);
  if (!lists)
    return `the layout could not be read (${prediction.unavailable ?? 'no related lists'}).${suggestion}`;
  if (named)
    return (
      `${namesObject(title, named)}, whose related list is titled "${named.label}" (write that), and ${where} ` +
      `does not show that either: ${whyListAbsent(named, prediction, where)}`
    );
  const list = lists.find((candidate) => candidate.label === title);
  if (!list) {
    const titles = lists.map((candidate) => candidate.label);
    return `${layoutName(prediction)} has no related list "${title}" (its related lists: ${titles.length > 0 ? quoteList(titles) : 'none'}).${suggestion}`;
  }
  return whyListAbsent(list, prediction, where);
}

/** Why a list the layout places is not shown: the persona may not read its object, or a rendering fault. */
function whyListAbsent(list: PredictedRelatedList, prediction: RecordPagePrediction, where: string): string {
  if (list.object && readers(list.object, prediction).length === 0) {
    return (
      `the persona lacks the object permission ${readOn(list.object)}: ` +
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
