import { RELATED_LISTS_DEADLINE_MS, type RelatedListsReading } from '../../pages/record-related-lists';
import { ExpectationError, type StepContext } from './context';
import { judgedAs } from './incomplete-parts';
import { personaName } from './persona-name';

/** A related list a step reads through its own page object (Approval History, Products). */
export interface ShowableRelatedList {
  show(deadlineMs: number): Promise<RelatedListsReading & { shown: boolean }>;
}

/**
 * Shows `list`, titled `title`, on the record `named` as the persona sees it. A page whose related lists are complete
 * without it fails the step with the lists it shows instead and `remedy`; lists still rendering at the deadline
 * are reported as not read, never as missing.
 */
export async function showRelatedListOrFail(
  context: StepContext,
  named: string,
  list: ShowableRelatedList,
  title: string,
  remedy: string,
): Promise<void> {
  const who = personaName(context);
  const reading = await judgedAs(`${who} on ${named}`, () =>
    list.show(context.renderDeadlineMs ?? RELATED_LISTS_DEADLINE_MS),
  );
  if (reading.shown) return;
  throw new ExpectationError(
    `${who}: ${named} shows no ${title} list on ${reading.where} (its related lists: ${reading.titles.join(', ') || 'none'}) — ${remedy}`,
  );
}
