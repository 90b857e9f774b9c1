import { clickRecordAction } from '../../pages/record-actions';
import { didYouMean, oneOf } from '../schema/wording';
import type { StepContext } from './context';
import { judgedAs } from './incomplete-parts';
import { personaName } from './persona-name';
import { recordName } from './record-name';

/** `click: <label>`: an action of the opened record, in the actions ribbon or its "Show more actions" menu. */
export async function clickAction(label: string, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open)
    throw new Error(`Nothing to click "${label}" on yet: add "- open: { record: <data key> }" before it.`);
  const named = recordName(context, open.record);
  const who = `${personaName(context)} on ${named}`;
  if (await judgedAs(who, () => clickRecordAction(open.page.root, label))) return;
  const offered = await judgedAs(who, () => open.page.actionLabels());
  throw new Error(
    `${personaName(context)}: ${named} offers no action ` +
      `"${label}", neither in the actions ribbon nor in its "Show more actions" menu. The page offers: ` +
      `${oneOf(offered)}.${didYouMean(label, offered)}`,
  );
}
