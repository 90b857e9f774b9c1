import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The locale and time zone of the user a page is rendered for (User.LocaleSidKey, User.TimeZoneSidKey):
 * Lightning formats numbers, currency and dates for the locale and shows date/times in the zone. Set per
 * request by the UI session guard; en_US in America/Los_Angeles outside a request.
 */
export interface Viewer {
  locale: string;
  timeZone: string;
}

const viewer = new AsyncLocalStorage<Viewer>();
const OUTSIDE_A_REQUEST: Viewer = { locale: 'en_US', timeZone: 'America/Los_Angeles' };

export function renderingFor<T>(user: Viewer, render: () => T): T {
  return viewer.run({ locale: user.locale, timeZone: user.timeZone }, render);
}

/** The viewer's locale as a BCP 47 tag for Intl (en_US → en-US). */
export function viewerLanguageTag(): string {
  return (viewer.getStore() ?? OUTSIDE_A_REQUEST).locale.replace('_', '-');
}

/** The zone the viewer's date/times are shown in. */
export function viewerTimeZone(): string {
  return (viewer.getStore() ?? OUTSIDE_A_REQUEST).timeZone;
}
