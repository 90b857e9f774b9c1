import { quoteTemplatesOffered } from '../../pages/quote-pdf';
import { RecordPage } from '../../pages/record-page';
import { didYouMean } from '../schema/wording';
import type { StepContext } from './context';
import { recordName } from './record-name';

/**
 * Quote templates have no API a name can be checked against (docs/salesforce-facts.md#quotes), so the
 * names a step gives are checked against what the admin's "Create PDF" offers on the same quote: every active
 * template. A name the persona is not offered must be one of those, or the step would pass for a template that
 * does not exist (a typo in `excludes`) or fail for the wrong reason (a typo in `includes`).
 */
export async function checkTemplateNames(
  names: string[],
  quote: { sobject: string; id: string },
  context: StepContext,
): Promise<void> {
  if (names.length === 0) return;
  const listed = names.map((name) => `"${name}"`).join(', ');
  if (!context.adminContext) {
    throw new Error(
      `Quote templates ${listed} are not offered to the persona, and this run has no admin browser session to ` +
        'read which templates the org has ("Create PDF" as the admin); no API lists them, so the names cannot be ' +
        'told apart from typos.',
    );
  }
  const browser = await context.adminContext();
  let known: string[] | undefined;
  try {
    const page = await browser.newPage();
    const quotePage = new RecordPage(page, quote.sobject);
    await quotePage.open(quote.id);
    known = await quoteTemplatesOffered(page, quotePage.root);
  } finally {
    await browser.close();
  }
  if (known === undefined) {
    throw new Error(
      `Cannot tell which quote templates the org has: the admin's page of ${recordName(context, quote)} offers no ` +
        `"Create PDF" action, so ${listed} cannot be checked.`,
    );
  }
  const all = known;
  const unknown = names.filter((name) => !all.includes(name));
  if (unknown.length === 0) return;
  throw new Error(
    unknown
      .map((name) => `The org has no active quote template named "${name}".${nearest(name, all)}`)
      .join(' ') +
      ` The admin's "Create PDF" on ${recordName(context, quote)} offers ${all.map((name) => `"${name}"`).join(', ') || 'none'} ` +
      '(it lists every active template; Setup > Quote Templates has the inactive ones).',
  );
}

/** A typo away, or a name within the other ("Enterprise Quote Template" for "Enterprise Quote"). */
function nearest(name: string, known: string[]): string {
  const typo = didYouMean(name, known);
  if (typo) return typo;
  const lower = name.toLowerCase();
  const within = known.find((template) => {
    const other = template.toLowerCase();
    return lower.includes(other) || other.includes(lower);
  });
  return within ? ` Did you mean "${within}"?` : '';
}
