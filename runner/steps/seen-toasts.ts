import type { Page } from '@playwright/test';
import { type ShownToast, Toasts } from '../../pages/toast';

/**
 * The toasts the last saving step (create, path) saw, per page: Lightning dismisses a success toast after a
 * few seconds, so an `expect: { toast }` after it compares what the step saw as well as what shows now.
 */
const seen = new WeakMap<Page, ShownToast[]>();
/** Pages on which a saving step (create, edit, path) ran, whether its save went through or not. */
const saved = new WeakSet<Page>();

// Lightning shows the toast as the saved record's page loads; a save without one is still fine.
const TOAST_WAIT_MS = 5_000;

export async function rememberToasts(page: Page): Promise<void> {
  seen.set(page, await new Toasts(page).awaitAny(TOAST_WAIT_MS));
}

/** A saving step starts: the toasts seen before are not its own. */
export function forgetToasts(page: Page): void {
  seen.delete(page);
  saved.add(page);
}

export function savingStepRan(page: Page): boolean {
  return saved.has(page);
}

/** The toasts showing now and those the last saving step saw, without repeats. */
export async function toastsSeen(page: Page): Promise<ShownToast[]> {
  const all = [...(seen.get(page) ?? []), ...(await new Toasts(page).shown())];
  const keys = new Set<string>();
  return all.filter((toast) => {
    const key = `${toast.kind}|${toast.title}|${toast.message}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
