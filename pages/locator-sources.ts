/**
 * Where each selector in locators.ts comes from, so a Salesforce release (a new salesforce-pageobjects)
 * names every selector that must change:
 * - utam: mirrors an element of Salesforce's own page objects (salesforce-pageobjects, UTAM JSON);
 * - fact: a documented fact of the real DOM or URL space (docs/salesforce-facts.md);
 * - unconfirmed: the most plausible form, not yet confirmed on a real org; the note says why.
 */
export type LocatorSource =
  | { kind: 'utam'; file: string; element: string }
  | { kind: 'fact'; note: string }
  | { kind: 'unconfirmed'; note: string };

type Locator = string | readonly string[] | ((...args: never[]) => string);

const sources = new Map<Locator, LocatorSource>();

function register<T extends Locator>(locator: T, source: LocatorSource): T {
  sources.set(locator, source);
  return locator;
}

/** `file` as named in salesforce-pageobjects' dist folder (records/recordLayoutItem), `element` its name. */
export const utam = <T extends Locator>(file: string, element: string, locator: T): T =>
  register(locator, { kind: 'utam', file, element });

export const fact = <T extends Locator>(note: string, locator: T): T =>
  register(locator, { kind: 'fact', note });

export const unconfirmed = <T extends Locator>(note: string, locator: T): T =>
  register(locator, { kind: 'unconfirmed', note });

export function sourceOf(locator: unknown): LocatorSource | undefined {
  return sources.get(locator as Locator);
}
