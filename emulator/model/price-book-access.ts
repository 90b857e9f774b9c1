import { hasPermission, objectAccess } from './access';
import type { OrgState, OrgUser } from './org-state';
import { groupIdsOf } from './roles-groups';
import type { Row } from './store';

/**
 * Which price books a user may use. With the org-wide default Use (org.defaultPricebookAccess ReadSelect) every
 * one; otherwise those shared with everyone (`sharedWith: all`, as if shared with all internal users), and the
 * others only by the profiles, public groups and users in their sharedWith. Users who view or modify all data
 * see every price book. (docs/salesforce-facts.md#price-book-access; profiles are the emulator's shorthand, see
 * emulator/README.md.)
 */
export function priceBookVisibility(state: OrgState, user: OrgUser): (priceBookId: string) => boolean {
  if (hasPermission(user, 'ModifyAllData') || hasPermission(user, 'ViewAllData')) return () => true;
  if (state.definition.org.defaultPricebookAccess === 'ReadSelect') return () => true;
  const groups = groupIdsOf(state, user);
  const groupNames = new Set(
    state.store
      .all('Group')
      .filter((group) => groups.has(group.Id))
      .flatMap((group) => [String(group.Name), String(group.DeveloperName)]),
  );
  const open = new Set<string>();
  for (const book of state.definition.priceBooks) {
    const row = priceBookRow(state, book.name);
    if (!row) continue;
    const shared = book.sharedWith;
    if (
      shared === 'all' ||
      shared.profiles.includes(user.profile.name) ||
      shared.users.some((username) => username.toLowerCase() === user.username.toLowerCase()) ||
      shared.groups.some((group) => groupNames.has(group))
    ) {
      open.add(row.Id);
    }
  }
  // Price books created through the API after start are shared with everyone (Public Read Only here).
  const defined = new Set(state.definition.priceBooks.map((book) => priceBookRow(state, book.name)?.Id));
  return (id) => open.has(id) || !defined.has(id);
}

export function priceBookRow(state: OrgState, name: string): Row | undefined {
  return state.store.all('Pricebook2').find((row) => row.Name === name && row.IsDeleted !== true);
}

export function standardPriceBook(state: OrgState): Row | undefined {
  return state.store.live('Pricebook2').find((row) => row.IsStandard === true);
}

/** "Choose Price Book": the active price books the user may use, when they may read price books. */
export function priceBooksOffered(state: OrgState, user: OrgUser): Row[] {
  const type = state.object('Pricebook2');
  if (!type || !objectAccess(user, type).read) return [];
  const usable = priceBookVisibility(state, user);
  return state.store.live('Pricebook2').filter((book) => book.IsActive === true && usable(book.Id));
}

/** "Add Products": the price book's active entries of active products, by product name. */
export function productsOffered(state: OrgState, user: OrgUser, priceBookId: string): Row[] {
  if (!priceBooksOffered(state, user).some((book) => book.Id === priceBookId)) return [];
  return state.store
    .live('PricebookEntry')
    .filter((entry) => entry.Pricebook2Id === priceBookId && entry.IsActive === true)
    .filter((entry) => state.store.get('Product2', String(entry.Product2Id))?.IsActive === true)
    .sort((a, b) => String(a.Name).localeCompare(String(b.Name)));
}
