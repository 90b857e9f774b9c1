import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

export interface ShownToast {
  /** success, error, warning or info: the toast's data-key (force:showToast) or variant (lightning/toast). */
  kind: string;
  title: string;
  message: string;
}

/**
 * Where each kind of toast keeps its kind, title, message and close button. A lightning-toast renders its label
 * and message in its shadow root, the message as the content of its message slot.
 */
const KINDS = [
  {
    root: locators.toast.root,
    kind: locators.toast.kind,
    title: locators.toast.title,
    message: locators.toast.message,
    close: locators.toast.close,
  },
  {
    root: locators.lightningToast.root,
    kind: locators.lightningToast.variant,
    title: locators.lightningToast.label,
    message: locators.lightningToast.message,
    close: locators.lightningToast.close,
  },
];

const ANY_TOAST = KINDS.map((kind) => kind.root).join(', ');

/** The toasts Lightning shows (force/toastMessage and lightning/toast), newest last within each kind. */
export class Toasts {
  constructor(private readonly page: Page) {}

  /** The toasts showing now; one that goes away while it is read (Lightning dismisses them on a timer) is left out. */
  async shown(): Promise<ShownToast[]> {
    const found: ShownToast[] = [];
    for (const kind of KINDS) {
      for (const toast of await this.page.locator(kind.root).filter({ visible: true }).all()) {
        const read = await readToast(toast, kind).catch((error: Error) => {
          if (error.name === 'TimeoutError') return undefined;
          throw error;
        });
        if (read) found.push(read);
      }
    }
    return found;
  }

  /** Closes every toast showing, so that the next one is the answer to what follows. */
  async dismissAll(): Promise<void> {
    for (const kind of KINDS) {
      const toasts = this.page.locator(kind.root).filter({ visible: true });
      while ((await toasts.count()) > 0) {
        // A toast Lightning dismisses first is gone: the count says whether another is left.
        await toasts
          .first()
          .locator(kind.close)
          .first()
          .click({ timeout: TOAST_READ_MS })
          .catch((error: Error) => {
            if (error.name !== 'TimeoutError') throw error;
          });
      }
    }
  }

  /**
   * Waits until a toast shows (at most `timeoutMs`, or until `signal` is aborted); the toasts shown then,
   * possibly none.
   */
  async awaitAny(timeoutMs: number, signal?: AbortSignal): Promise<ShownToast[]> {
    await rendered(this.page.locator(ANY_TOAST).filter({ visible: true }).first(), {
      timeout: timeoutMs,
      signal,
    }).catch(() => undefined);
    return signal?.aborted ? [] : this.shown();
  }
}

/** How long a toast found showing may take to be read before it counts as gone. */
const TOAST_READ_MS = 1_000;

async function readToast(toast: Locator, kind: (typeof KINDS)[number]): Promise<ShownToast> {
  const timeout = TOAST_READ_MS;
  const text = async (part: Locator) =>
    (await part.count()) > 0 ? normalise(await part.first().evaluate(flatText, undefined, { timeout })) : '';
  return {
    kind: (await toast.getAttribute(kind.kind, { timeout })) ?? '',
    title: await text(toast.locator(kind.title)),
    message: await text(toast.locator(kind.message)),
  };
}

/** The error toasts showing, of either kind: what Lightning answers with when it refuses an action. */
export function errorToasts(page: Page): Locator {
  const [aura, lwc] = KINDS;
  return page
    .locator(`${aura.root}[${aura.kind}="error"], ${lwc.root}[${lwc.kind}="error"]`)
    .filter({ visible: true });
}

/** The message a toast shows, read through its shadow roots and slots. */
export async function toastMessage(toast: Locator): Promise<string> {
  const message = toast.locator(KINDS.map((kind) => kind.message).join(', ')).first();
  return normalise(await message.evaluate(flatText));
}

/**
 * The text of an element as it reads in one line, through shadow roots and slots (a slot's assigned nodes, else
 * its own content): innerText stops at a shadow host and reads nothing of a slot. Runs in the page.
 */
function flatText(element: Element): string {
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
    if (node.classList.contains('slds-assistive-text')) return '';
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length > 0 ? assigned : [...node.childNodes]).map(read).join('');
    }
    return [...(node.shadowRoot ?? node).childNodes].map(read).join('');
  };
  return read(element);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
