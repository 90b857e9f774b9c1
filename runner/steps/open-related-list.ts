import { RelatedListCard, RelatedListMissingError } from '../../pages/related-list';
import { didYouMean } from '../schema/wording';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './open-list-view';

/** Opens the Related tab of the record opened before and picks one related list by its title. */
export async function openRelatedList(label: string, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open) {
    throw new Error(
      `Nothing to take related list "${label}" from: open a record first, e.g. open: { record: account, relatedList: ${label} }`,
    );
  }
  const { record } = open;
  const card = new RelatedListCard(
    context.page,
    label,
    `related list "${label}" of ${record.sobject} ${record.id}`,
  );
  try {
    await explainingTimeouts(
      context.page,
      `${personaName(context)}: the Related tab of ${record.sobject} ${record.id} showing its related lists`,
      'the record has no related lists for this persona, or the tab did not finish loading',
      () => card.open(),
    );
  } catch (error) {
    if (!(error instanceof RelatedListMissingError)) throw error;
    throw new ExpectationError(
      `${personaName(context)} on ${record.sobject} ${record.id}: ${error.message}.${didYouMean(label, error.shown)} ` +
        "Related lists come from the page layout assigned to the persona's profile, and each needs read access to its object.",
    );
  }
  context.openView = { kind: 'list', list: card };
}
