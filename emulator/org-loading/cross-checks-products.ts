import type { OrgDefinition } from '../org/schema';
import type { Issue } from './cross-check-support';

/**
 * Products, price books and quotes: one standard price book that lists every product a custom price book
 * prices (Salesforce refuses a custom entry without a standard price), no product twice in a price book,
 * every product, profile, group and user named exists, and Opportunity exists for opportunity products.
 */
export function crossCheckProducts(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const products = new Set(def.products.map((product) => product.name));
  const profiles = new Set(def.profiles.map((profile) => profile.name));
  const usernames = new Set(def.users.map((user) => user.username.toLowerCase()));
  const groups = new Set(def.groups.flatMap((group) => [group.name, group.developerName]));

  const seenProducts = new Set<string>();
  def.products.forEach((product, index) => {
    if (seenProducts.has(product.name))
      add(['products', index, 'name'], `Product "${product.name}" is defined twice`);
    seenProducts.add(product.name);
  });

  const usesProducts = def.products.length > 0 || def.priceBooks.length > 0;
  if (usesProducts && !def.objects.Opportunity) {
    add(['priceBooks'], 'Products and price books need an Opportunity object in objects');
  }
  const standards = def.priceBooks.flatMap((book, index) => (book.standard ? [index] : []));
  if (usesProducts && standards.length === 0) {
    add(
      ['priceBooks'],
      "Expected one standard price book (standard: true): it holds every product's list price",
    );
  }
  for (const index of standards.slice(1)) {
    add(['priceBooks', index, 'standard'], 'Only one price book can be the standard price book');
  }
  const standardProducts = new Set(
    standards.length > 0 ? def.priceBooks[standards[0]].entries.map((entry) => entry.product) : [],
  );
  const names = new Set<string>();
  def.priceBooks.forEach((book, index) => {
    const at = ['priceBooks', index];
    if (names.has(book.name)) add([...at, 'name'], `Price book "${book.name}" is defined twice`);
    names.add(book.name);
    const inBook = new Set<string>();
    book.entries.forEach((entry, entryIndex) => {
      const entryAt = [...at, 'entries', entryIndex, 'product'];
      if (!products.has(entry.product)) {
        add(
          entryAt,
          `No product "${entry.product}" in products (known: ${[...products].join(', ') || 'none'})`,
        );
        return;
      }
      if (inBook.has(entry.product)) add(entryAt, `"${entry.product}" is already in ${book.name}`);
      inBook.add(entry.product);
      if (!book.standard && standards.length > 0 && !standardProducts.has(entry.product)) {
        add(
          entryAt,
          `"${entry.product}" has no entry in the standard price book; add its list price there first`,
        );
      }
    });
    if (book.sharedWith === 'all') return;
    book.sharedWith.profiles.forEach((name, p) => {
      if (!profiles.has(name)) add([...at, 'sharedWith', 'profiles', p], `No profile named "${name}"`);
    });
    book.sharedWith.groups.forEach((name, g) => {
      if (!groups.has(name)) add([...at, 'sharedWith', 'groups', g], `No group ${name} in groups`);
    });
    book.sharedWith.users.forEach((name, u) => {
      if (!usernames.has(name.toLowerCase()))
        add([...at, 'sharedWith', 'users', u], `No user ${name} in users`);
    });
  });

  if (def.quotes?.enabled && !usesProducts) {
    add(['quotes'], 'Quotes need products and price books (priceBooks with a standard price book)');
  }
  const templates = new Set<string>();
  def.quotes?.templates.forEach((template, index) => {
    if (templates.has(template.name)) {
      add(['quotes', 'templates', index, 'name'], `Quote template "${template.name}" is defined twice`);
    }
    templates.add(template.name);
  });
  return issues;
}
