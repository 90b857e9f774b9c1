import type { Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

export interface ShownToast {
  /** success, error, warning or info, from the toast's data-key. */
  kind: string;
  title: string;
  message: string;
}

/** The toasts Lightning shows (force/toastMessage), newest last. */
export class Toasts {
  constructor(private readonly page: Page) {}

  async shown(): Promise<ShownToast[]> {
    const toasts = this.page.locator(locators.toast.root).filter({ visible: true });
    const found: ShownToast[] = [];
    for (const toast of await toasts.all()) {
      const title = toast.locator(locators.toast.title);
      found.push({
        kind: (await toast.getAttribute(locators.toast.kind)) ?? '',
        title: (await title.count()) > 0 ? normalise(await title.first().innerText()) : '',
        message: normalise(await toast.locator(locators.toast.message).first().innerText()),
      });
    }
    return found;
  }

  /** Closes every toast showing, so that the next one is the answer to what follows. */
  async dismissAll(): Promise<void> {
    const toasts = this.page.locator(locators.toast.root).filter({ visible: true });
    while ((await toasts.count()) > 0) {
      await toasts.first().locator(locators.toast.close).click();
    }
  }

  /**
   * Waits until a toast shows (at most `timeoutMs`, or until `signal` is aborted); the toasts shown then,
   * possibly none.
   */
  async awaitAny(timeoutMs: number, signal?: AbortSignal): Promise<ShownToast[]> {
    await rendered(this.page.locator(locators.toast.root).filter({ visible: true }).first(), {
      timeout: timeoutMs,
      signal,
    }).catch(() => undefined);
    return signal?.aborted ? [] : this.shown();
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
