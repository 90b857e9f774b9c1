import { expect, test } from '@playwright/test';
import { type LocatorSource, sourceOf } from '../../pages/locator-sources';
import { locators } from '../../pages/locators';
import { describedSelectors, elementOf, pageObject, UTAM_VERSION } from './utam';

/**
 * Every selector in pages/locators.ts names its source, and each one that claims an element of
 * salesforce-pageobjects still contains that element's selector: upgrading the package for a new
 * Salesforce release names every locator that must change.
 */
interface Entry {
  path: string;
  locator: unknown;
  source: LocatorSource | undefined;
}

function entries(table: object, prefix = ''): Entry[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return entries(value, path);
    return [{ path, locator: value, source: sourceOf(value) }];
  });
}

/** The selector text of a locator; a function is called with placeholder arguments, as UTAM's %s. */
function selectorOf(locator: unknown): string {
  if (typeof locator === 'function') return (locator as (...args: string[]) => string)('X', 'X');
  return String(locator);
}

/** UTAM's selector for an element; "root" is the page object's own root selector. */
function utamSelector(file: string, element: string): string | undefined {
  if (element === 'root') return pageObject(file).root;
  return elementOf(file, element).css;
}

const normalise = (css: string) => css.replace(/"/g, "'").replace(/\s+/g, ' ').trim();

/** Whether a locator contains UTAM's selector, its %s / %d parameters filled with anything. */
function contains(locator: string, utam: string): boolean {
  const pattern = normalise(utam)
    .split(/%[sd]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join("[^'\\]]*?");
  return new RegExp(pattern).test(normalise(locator));
}

test(`every locator names its source, and UTAM-sourced ones match salesforce-pageobjects ${UTAM_VERSION}`, () => {
  const all = entries(locators);
  const unsourced = all.filter((entry) => !entry.source).map((entry) => entry.path);
  expect(unsourced, 'locators without utam(), fact() or unconfirmed()').toEqual([]);

  const drifted: string[] = [];
  for (const { path, locator, source } of all) {
    if (source?.kind !== 'utam') continue;
    const utam = utamSelector(source.file, source.element);
    if (utam === undefined) {
      drifted.push(`${path}: ${source.file} has no root selector`);
    } else if (!contains(selectorOf(locator), utam)) {
      drifted.push(
        `${path}: "${selectorOf(locator)}" no longer contains ${source.file}.${source.element} "${utam}"`,
      );
    }
  }
  expect(drifted).toEqual([]);

  const counts = all.reduce<Record<string, number>>((tally, entry) => {
    const kind = entry.source?.kind ?? 'none';
    tally[kind] = (tally[kind] ?? 0) + 1;
    return tally;
  }, {});
  console.log(`locators by source: ${JSON.stringify(counts)}`);
});

test('a locator that drifts from its UTAM element is named', () => {
  const tabLink = utamSelector('lightning/tabBar', 'tabLinkByLabel') ?? '';
  expect(contains(`li[title*="Details"] > a`, tabLink)).toBe(true);
  expect(contains('a.slds-tabs_default__link[title="Details"]', tabLink)).toBe(false);
});

test('a selector a page object declares in its description is cited as such, never left unconfirmed', () => {
  const described = describedSelectors();
  const declaredTags = new Set(described.values());
  const problems: string[] = [];
  for (const { path, locator, source } of entries(locators)) {
    const selector = selectorOf(locator);
    if (source?.kind === 'unconfirmed' && declaredTags.has(selector)) {
      const file = [...described].find(([, tag]) => tag === selector)?.[0];
      problems.push(
        `${path}: "${selector}" is marked unconfirmed, but ${file} declares "Selector: ${selector}"`,
      );
    }
    const note = source?.kind === 'fact' ? source.note : '';
    const parts = selector.split(',').map((part) => part.trim());
    for (const [, file, cited] of note.matchAll(/salesforce-pageobjects (\S+): "Selector: ([^"]+)"/g)) {
      if (described.get(file) !== cited || !parts.includes(cited)) {
        problems.push(
          `${path}: cites ${file} "Selector: ${cited}", but the page object declares ${described.get(file) ?? 'no selector'}`,
        );
      }
    }
  }
  expect(problems).toEqual([]);
  expect(described.get('records/recordEditErrorHeader')).toBe('records-record-edit-error-header');
});

test("a related list's count is found by UTAM's class lds-shrink-none or by the SLDS utility slds-shrink-none", async ({
  page,
}) => {
  const header = (countClass: string) =>
    `<h2 class="slds-card__header-title"><span class="slds-truncate" title="Contacts">Contacts</span><span class="${countClass}" title="(3)">(3)</span></h2>`;
  await page.setContent(`${header('lds-shrink-none')}${header('slds-shrink-none slds-m-right_xx-small')}`);
  await expect(page.locator(locators.relatedListCard.count)).toHaveText(['(3)', '(3)']);
});
