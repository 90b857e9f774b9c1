import { readViewer } from '../../fixtures/persona-viewer';
import type { StepContext } from './context';
import { normalise, sameShownValue } from './typed-values';

/**
 * Compares cells as the persona is shown them (sameShownValue); the persona's locale is read from the org only
 * when a cell's text differs from the value expected, and once.
 */
export function shownCellComparer(
  context: StepContext,
): (expected: string, seen: string) => Promise<boolean> {
  let locale: Promise<string> | undefined;
  return async (expected, seen) => {
    if (normalise(expected) === normalise(seen)) return true;
    const { org } = context;
    locale ??= org
      ? readViewer(org, context.persona.user.id).then(
          (viewer) => viewer.locale,
          () => 'en_US',
        )
      : Promise.resolve('en_US');
    return sameShownValue(expected, seen, await locale);
  };
}
