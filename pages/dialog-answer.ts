import { readUntil } from './render-polling';

/**
 * How long errors shown before a click must stay, the dialog open, to be that click's answer too: Lightning keeps
 * a refused save's errors shown while the next one is on its way, and refuses a second time with the same text.
 */
const SAME_ERRORS_SETTLE_MS = 5_000;

/** A dialog as read at one moment: closed, or open with the errors it shows (none yet, maybe). */
export type DialogShown = { closed: true } | { closed: false; errors: string[] };

/**
 * The answer a dialog gives to `click` (Save, Submit, Next): it closes, or shows errors. `answered` waits until it
 * has closed or shows any error; `read` reads it whole. Errors shown before the click are a previous answer, not
 * this one, while this one may still come: they count once they have stayed for SAME_ERRORS_SETTLE_MS. An open
 * dialog read with no errors (they were being drawn again) is waited for again.
 */
export async function answerTo<T>(
  click: () => Promise<void>,
  answered: () => Promise<void>,
  read: () => Promise<T>,
  shown: (reading: T) => DialogShown,
): Promise<T> {
  const left = shown(await read());
  const previous = left.closed ? '' : left.errors.join('\n');
  const isNew = (reading: T) => {
    const now = shown(reading);
    return now.closed || previous === '' || now.errors.join('\n') !== previous;
  };
  await click();
  for (;;) {
    await answered();
    const reading = await readUntil(read, isNew, SAME_ERRORS_SETTLE_MS);
    const now = shown(reading);
    if (now.closed || now.errors.length > 0) return reading;
  }
}
