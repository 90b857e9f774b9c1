import { predictedRelatedLists } from '../../fixtures/predicted-related-lists';
import { RelatedListsIncompleteError } from '../../pages/record-related-lists';
import { RelatedListCard, RelatedListMissingError } from '../../pages/related-list';
import { didYouMean } from '../schema/wording';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { recordName } from './record-name';

const RENDER_DEADLINE_MS = 15_000;

/**
 * Picks one related list of the record opened before by its title, on its Related tab or on the page itself.
 * The lists the persona's layout predicts tell when the page has rendered all it will (where the prediction
 * is known): only then is a list not among them judged missing.
 */
export async function openRelatedList(label: string, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open) {
    throw new Error(
      `Nothing to take related list "${label}" from: open a record first, e.g. open: { record: account, relatedList: ${label} }`,
    );
  }
  const { record } = open;
  const named = recordName(context, record);
  const card = new RelatedListCard(context.page, label, `related list "${label}" of ${named}`);
  const predicted = await open.prediction.then(predictedRelatedLists, () => []);
  try {
    await explainingTimeouts(
      context.page,
      `${personaName(context)}: related list "${label}" of ${named} showing its count`,
      'the list rendered its title but not its count "(n)"',
      () => card.open(predicted, context.renderDeadlineMs ?? RENDER_DEADLINE_MS),
    );
  } catch (error) {
    if (error instanceof RelatedListsIncompleteError) {
      throw new Error(`${personaName(context)} on ${named}: ${error.message}.`);
    }
    if (!(error instanceof RelatedListMissingError)) throw error;
    throw new ExpectationError(
      `${personaName(context)} on ${named}: ${error.message}.${didYouMean(label, error.shown)} ` +
        "Related lists come from the page layout assigned to the persona's profile, and each needs read access to its object.",
    );
  }
  context.openView = { kind: 'list', list: card };
}
