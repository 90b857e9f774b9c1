import type { CreatedRecord } from '../../fixtures';
import { explainPriceBook, explainPriceBookOffered } from '../../fixtures/price-book-access';
import { explainProduct, explainProductOffered } from '../../fixtures/product-offer';
import { watchDocumentLoad } from '../../pages/document-load';
import { OpportunityProducts } from '../../pages/opportunity-products';
import { quoteTemplatesOffered } from '../../pages/quote-pdf';
import { RecordPage, RecordPageError } from '../../pages/record-page';
import { SearchNotAnswered } from '../../pages/search-answer';
import type { AddProductsStep, Offer, OfferedStep } from '../model-approvals';
import { didYouMean } from '../schema/wording';
import { openedRecord } from './approval-support';
import { changedOnPage, ExpectationError, leftThePage, type StepContext } from './context';
import { personaName } from './persona-name';
import { checkTemplateNames } from './quote-template-names';
import { recordName } from './record-name';
import { showRelatedListOrFail } from './related-list-shown';

/** "Add Products" on the opportunity last opened: price book, products, quantities and prices, Save. */
export async function addProducts(step: Omit<AddProductsStep, 'kind'>, context: StepContext): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'addProducts');
  const persona = personaName(context);
  const userId = context.persona.user.id;
  const products = new OpportunityProducts(context.page, recordPage.root);
  await productsListShown(products, context, record);
  if (!(await products.offersButton('Add Products'))) {
    throw new ExpectationError(
      `${persona}: the Products list of ${recordName(context, record)} offers no "Add Products" — the persona may not edit the opportunity or add products to it.`,
    );
  }
  // Saving the products renders the record page again, in place or by loading it again; nothing before it does.
  const reloaded = watchDocumentLoad(context.page);
  await namesExist(context, 'Pricebook2', [step.priceBook]);
  await namesExist(
    context,
    'Product2',
    step.products.map((line) => line.name),
  );
  const outcome = await notAnsweredExplained(
    context,
    `whether Add Products from "${step.priceBook}" on ${recordName(context, record)} offers ${list(step.products.map((line) => line.name))}`,
    () => products.add(step.priceBook, step.products),
  );
  await reloaded.settled();
  if (outcome.added) {
    changedOnPage(context, record, 'edited');
    await recordPage.waitUntilReady();
    return;
  }
  if (outcome.stage === 'price book') {
    const why = context.org ? ` Why: ${await explainPriceBook(context.org, step.priceBook, userId)}.` : '';
    throw new ExpectationError(
      `${persona}: Choose Price Book on ${recordName(context, record)} offers ${list(outcome.offered)}, not "${step.priceBook}"${outcome.errors.length > 0 ? ` (Salesforce said "${outcome.errors.join(' | ')}")` : ''}.${why}`,
    );
  }
  if (outcome.stage === 'products' && outcome.errors.every((name) => !outcome.offered.includes(name))) {
    const org = context.org;
    const reasons = org
      ? await Promise.all(outcome.errors.map((name) => explainProduct(org, name, step.priceBook, userId)))
      : [];
    throw new ExpectationError(
      `${persona}: Add Products from "${step.priceBook}" on ${recordName(context, record)} does not offer ${list(outcome.errors)}: its search for ${outcome.errors.length === 1 ? 'it' : 'each'} answered without it (it showed ${list(outcome.offered)} in all).${reasons.length > 0 ? ` Why: ${reasons.join('; ')}.` : ''}`,
    );
  }
  throw new ExpectationError(
    `${persona} could not add ${step.products.map((line) => line.name).join(', ')} to ${recordName(context, record)}: Salesforce said "${outcome.errors.join(' | ')}".`,
  );
}

/** Price books and products on the opportunity last opened, or the quote templates of a quote, offered to the persona. */
export async function expectOffered(step: Omit<OfferedStep, 'kind'>, context: StepContext): Promise<void> {
  const problems: string[] = [];
  const org = context.org;
  const userId = context.persona.user.id;
  if (step.priceBooks || step.products) {
    const { page: recordPage, record } = openedRecord(context, 'offered');
    await namesExist(context, 'Pricebook2', [
      ...(step.priceBooks ? [...step.priceBooks.includes, ...step.priceBooks.excludes] : []),
      ...(step.products ? [step.products.priceBook] : []),
    ]);
    if (step.products)
      await namesExist(context, 'Product2', [...step.products.includes, ...step.products.excludes]);
    const products = new OpportunityProducts(context.page, recordPage.root);
    await productsListShown(products, context, record);
    if (step.priceBooks) {
      const offered = (await products.offersButton('Choose Price Book'))
        ? await products.priceBooksOffered()
        : [];
      problems.push(
        ...(await compare('price books', step.priceBooks, offered, {
          notOffered: (name) => (org ? explainPriceBook(org, name, userId) : undefined),
          offered: (name) => (org ? explainPriceBookOffered(org, name, userId) : undefined),
        })),
      );
    }
    if (step.products) {
      const { priceBook, includes, excludes } = step.products;
      const found = await notAnsweredExplained(
        context,
        `which products Add Products from "${priceBook}" on ${recordName(context, record)} offers`,
        () => products.productsOffered(priceBook, [...includes, ...excludes]),
      );
      if (!found.priceBookOffered && step.products.includes.length > 0) {
        problems.push(
          `products of "${priceBook}": the price book itself is not offered (Choose Price Book lists ${list(found.priceBooks)})${org ? ` — ${await explainPriceBook(org, priceBook, userId)}` : ''}`,
        );
      } else {
        problems.push(
          ...(await compare(`products of "${priceBook}"`, step.products, found.products, {
            notOffered: (name) => (org ? explainProduct(org, name, priceBook, userId) : undefined),
            offered: (name) => (org ? explainProductOffered(org, name, priceBook, userId) : undefined),
          })),
        );
      }
    }
    await products.leave();
  }
  if (step.quoteTemplates) problems.push(...(await templateProblems(step.quoteTemplates, context)));
  if (problems.length > 0) {
    throw new ExpectationError(
      `${personaName(context)}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** Create PDF's templates on the quote (opened here when `quote` names it); a quote the persona cannot open offers none. */
async function templateProblems(
  expected: Offer & { quote?: string },
  context: StepContext,
): Promise<string[]> {
  let root = context.openRecord?.page.root;
  let quote = context.openRecord?.record;
  let offered: string[] = [];
  let why = '';
  if (expected.quote) {
    const record = context.records.get(expected.quote);
    if (!record)
      throw new Error(
        `No test record "${expected.quote}" was created (data keys: ${[...context.records.keys()]}).`,
      );
    quote = record;
    const page = new RecordPage(context.page, record.sobject);
    try {
      await page.open(record.id);
      root = page.root;
      context.touched?.(record, 'opened');
    } catch (error) {
      if (!(error instanceof RecordPageError)) throw error;
      root = undefined;
      why = `the quote's page says "${error.message}" — ${await context.explainRecord(record.sobject, record.id)}`;
    }
    leftThePage(context);
  } else if (!root) {
    throw new Error(
      'Nothing opened yet: open the quote first, or name it: quoteTemplates: { quote: <data key>, … }.',
    );
  }
  if (root) {
    const templates = await quoteTemplatesOffered(context.page, root);
    if (templates === undefined) why = 'the quote page offers no "Create PDF" action';
    else offered = templates;
  }
  const notOffered = [...expected.includes, ...expected.excludes].filter((name) => !offered.includes(name));
  if (quote) await checkTemplateNames(notOffered, quote, context);
  return compare(`quote templates of quote ${quote?.id}`, expected, offered, {
    notOffered: async () => why || undefined,
    offered: async (name) => templateOffered(name),
  });
}

/**
 * "Create PDF" offers every active quote template to whoever may create a quote's PDF: templates have no
 * per-user access (docs/salesforce-facts.md#quotes), so one offered is offered to everyone who gets the action.
 */
function templateOffered(name: string): string {
  return `"${name}" is an active quote template, and Create PDF offers every active template to whoever may create a quote PDF (templates have no per-user access); deactivating it in Setup > Quote Templates is what removes it, for everyone`;
}

type Explain = (name: string) => Promise<string | undefined> | undefined;

/** What is offered against what is expected, each difference with the reason the org gives for it. */
async function compare(
  what: string,
  expected: Offer,
  offered: string[],
  explain: { notOffered: Explain; offered?: Explain },
): Promise<string[]> {
  const problems: string[] = [];
  for (const name of expected.includes) {
    if (offered.includes(name)) continue;
    const why = await explain.notOffered(name);
    problems.push(
      `${what}: expected "${name}" offered, but the persona is offered ${list(offered)}${why ? ` — ${why}` : ''}`,
    );
  }
  for (const name of expected.excludes) {
    if (!offered.includes(name)) continue;
    const why = await explain.offered?.(name);
    problems.push(
      `${what}: expected "${name}" not offered, but it is (offered: ${list(offered)})${why ? ` — ${why}` : ''}`,
    );
  }
  return problems;
}

/** A product search that showed no answer leaves the verdict open: an error saying so, never "not offered". */
async function notAnsweredExplained<T>(
  context: StepContext,
  what: string,
  action: () => Promise<T>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof SearchNotAnswered)) throw error;
    throw new Error(`${personaName(context)}: cannot tell ${what}: ${error.message}`);
  }
}

async function productsListShown(
  products: OpportunityProducts,
  context: StepContext,
  record: CreatedRecord,
): Promise<void> {
  await showRelatedListOrFail(
    context,
    recordName(context, record),
    products,
    'Products',
    "it is not on the persona's page layout, or they may not read opportunity products.",
  );
}

/**
 * A price book or product named in the step must exist in the org (read as the admin): otherwise an exclude
 * would pass for a name nobody could be offered. Quote template names are checked in quote-template-names.ts.
 */
async function namesExist(
  context: StepContext,
  sobject: 'Pricebook2' | 'Product2',
  names: string[],
): Promise<void> {
  if (!context.org || names.length === 0) return;
  const known = (await context.org.conn.query<{ Name: string }>(`SELECT Name FROM ${sobject}`)).records.map(
    (row) => row.Name,
  );
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const what = sobject === 'Pricebook2' ? 'price book' : 'product';
  throw new Error(
    unknown.map((name) => `The org has no ${what} named "${name}".${didYouMean(name, known)}`).join(' ') +
      ` Expected one of: ${known.map((name) => `"${name}"`).join(', ')}.`,
  );
}

function list(names: string[]): string {
  return names.length === 0 ? 'nothing' : names.map((name) => `"${name}"`).join(', ');
}
