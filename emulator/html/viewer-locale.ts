import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The locale of the user a page is rendered for (User.LocaleSidKey): Lightning formats numbers, currency and
 * dates for it. Set per request by the UI session guard; en_US outside a request.
 */
const viewerLocale = new AsyncLocalStorage<string>();

export function renderingFor<T>(locale: string, render: () => T): T {
  return viewerLocale.run(locale, render);
}

/** The viewer's locale as a BCP 47 tag for Intl (en_US → en-US). */
export function viewerLanguageTag(): string {
  return (viewerLocale.getStore() ?? 'en_US').replace('_', '-');
}
