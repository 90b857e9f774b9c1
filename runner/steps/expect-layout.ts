import type { RecordPagePrediction } from '../../fixtures';
import { noneGrants } from '../../fixtures/persona-grants';
import { readOtherTabs } from '../../pages/record-other-tabs';
import { didYouMean, quoteList } from '../schema/wording';
import { type ExpectCheck, labelOf, layoutName, recordTypeName } from './expect-check';
import { unreadTabs } from './expect-shown-fields';
import { otherTabsMayShowMore } from './other-tabs-needed';
import { dynamicFormsSectionReason } from './why-dynamic-forms';

/**
 * sections, sectionsAbsent and highlights. A section is predicted on the page when the persona's layout has
 * it with its heading and at least one field the persona may read: Lightning leaves out a section with no
 * field to show (observed behaviour of Lightning record pages, not stated in Salesforce's documentation:
 * unconfirmed).
 */
export const checkSections: ExpectCheck = async (
  expected,
  { recordPage, prediction, deadlineMs, context },
) => {
  const present = expected.sections ?? [];
  const absent = expected.sectionsAbsent ?? [];
  if (present.length + absent.length === 0) return [];
  const seen = await recordPage.sectionTitles();
  const reading = await recordPage.readShown();
  // A section the selected tab does not show may be on another tab: no verdict on it before every tab is read.
  const otherTabs =
    [...present, ...absent].some((label) => !seen.includes(label)) &&
    otherTabsMayShowMore(reading, prediction)
      ? await readOtherTabs(recordPage, deadlineMs)
      : { sections: new Map<string, string>(), unread: [] };
  const unread = otherTabs.unread.length > 0 ? `; ${unreadTabs(otherTabs.unread, deadlineMs)}` : '';
  const onDynamicForms = reading.dynamicForms;
  const absentBecause = async (label: string) =>
    onDynamicForms
      ? ((await dynamicFormsSectionReason(context, prediction.sobject, label)) ??
        dynamicFormsReason('absent', whyAbsent(label, prediction)))
      : whyAbsent(label, prediction);
  const presentBecause = (label: string) =>
    onDynamicForms
      ? dynamicFormsReason('present', whyPresent(label, prediction))
      : whyPresent(label, prediction);
  const shown = `the page shows ${seen.length > 0 ? quoteList(seen) : 'no section'}`;
  const problems: string[] = [];
  for (const label of present) {
    if (!seen.includes(label) && !otherTabs.sections.has(label))
      problems.push(
        `section "${label}": expected on the page, but it is not (${shown}${unread}) — ${await absentBecause(label)}`,
      );
  }
  const found = present.filter((label) => seen.includes(label));
  const order = [...found].sort((a, b) => seen.indexOf(a) - seen.indexOf(b));
  if (order.join('\n') !== found.join('\n')) {
    problems.push(
      `sections: expected in the order ${quoteList(found)}, but the page shows them as ${quoteList(order)} — ` +
        `${layoutName(prediction)} orders its sections ${quoteList((prediction.layout?.sections ?? []).map((section) => section.label))}`,
    );
  }
  for (const label of absent) {
    const tab = otherTabs.sections.get(label);
    if (seen.includes(label))
      problems.push(`section "${label}": expected absent, but the page shows it — ${presentBecause(label)}`);
    else if (tab)
      problems.push(
        `section "${label}": expected absent, but the page shows it on the tab "${tab}" — ${presentBecause(label)}`,
      );
    else if (otherTabs.unread.length > 0)
      problems.push(
        `section "${label}": cannot be judged absent: the tab the page opens on does not show it, but ${unreadTabs(otherTabs.unread, deadlineMs)}`,
      );
  }
  return problems;
};

/**
 * On a Dynamic Forms page the sections are the Lightning page's field sections, each possibly behind a
 * component visibility rule: what the layout says is a hint, and its "rendering fault" no fault.
 */
function dynamicFormsReason(kind: 'absent' | 'present', layoutReason: string): string {
  const hint = layoutReason.startsWith('rendering fault') ? '' : `; ${layoutReason}`;
  return kind === 'absent'
    ? 'the page is built with Dynamic Forms, whose sections come from the Lightning page, not the layout; possible ' +
        'causes: the page has no such field section, a component visibility rule hides it, or it has no field ' +
        `the persona may read${hint}`
    : `the page is built with Dynamic Forms and its Lightning page places the field section${hint}`;
}

function sectionOf(label: string, prediction: RecordPagePrediction) {
  return prediction.layout?.sections?.find((section) => section.label === label);
}

function whyAbsent(label: string, prediction: RecordPagePrediction): string {
  const layout = prediction.layout;
  if (!layout?.sections) return `the layout could not be read (${prediction.unavailable ?? 'no sections'})`;
  const section = sectionOf(label, prediction);
  if (!section) {
    const labels = layout.sections.map((candidate) => candidate.label);
    return `${layoutName(prediction)} has no section "${label}" (its sections: ${quoteList(labels)}).${didYouMean(label, labels)}`;
  }
  if (!section.detailHeading)
    return `${layoutName(prediction)} shows the section without its heading on the detail page`;
  const fields = section.items.map((item) => item.field);
  const readable = fields.filter((field) => prediction.readable.has(field));
  if (readable.length === 0) {
    const noRead = prediction.grants
      ? noneGrants(prediction.grants.sources, 'Read on any of them')
      : 'the persona may read none of them';
    return (
      `field-level security hides every field of it (${fields.join(', ')}): ${noRead}, ` +
      'and Lightning leaves out a section with nothing to show'
    );
  }
  return `rendering fault: ${layoutName(prediction)} places it with fields the persona may read (${readable.join(', ')}), but the page did not render it`;
}

function whyPresent(label: string, prediction: RecordPagePrediction): string {
  const section = sectionOf(label, prediction);
  if (!prediction.layout?.sections) return `the layout could not be read (${prediction.unavailable ?? ''})`;
  if (!section)
    return `rendering fault: ${layoutName(prediction)} has no such section, yet the page renders it`;
  const readable = section.items.map((item) => item.field).filter((field) => prediction.readable.has(field));
  if (readable.length === 0)
    return `rendering fault: field-level security hides every field of it, yet the page renders it`;
  const named = readable.slice(0, 3).join(', ');
  const more = readable.length > 3 ? ` and ${readable.length - 3} more of its fields` : '';
  const sources = [...new Set(readable.flatMap((field) => prediction.grants?.fields.get(field)?.read ?? []))];
  const via = sources.length > 0 ? ` (Read via ${sources.join(', ')})` : '';
  return `${layoutName(prediction)} places it, and the persona may read ${named}${more}${via}`;
}

/**
 * highlights: fields the highlights panel shows, matched by their label: the compact layout assigned to the
 * record's record type (its first field is the record's name, shown as the title), less the fields the
 * persona may not read.
 */
export const checkHighlights: ExpectCheck = async (expected, { recordPage, record, prediction, context }) => {
  const fields = expected.highlights ?? [];
  if (fields.length === 0) return [];
  const seen = await recordPage.highlightsLabels();
  const problems: string[] = [];
  for (const apiName of fields) {
    const label = labelOf(prediction, apiName);
    if (seen.includes(label)) continue;
    problems.push(
      `${record.sobject}.${apiName}: expected in the highlights panel (as "${label}"), but it is not ` +
        `(the panel shows ${seen.length > 0 ? quoteList(seen) : 'no field'}) — ${await whyNotHighlighted(apiName, prediction, context)}`,
    );
  }
  return problems;
};

async function whyNotHighlighted(
  apiName: string,
  prediction: RecordPagePrediction,
  context: Parameters<ExpectCheck>[1]['context'],
): Promise<string> {
  const readable = prediction.readable.has(apiName);
  const security =
    !readable && prediction.grants
      ? `field-level security hides it: ${noneGrants(prediction.grants.sources, 'Read')}`
      : ((await context.explainField(prediction.sobject, apiName, readable)) ?? '');
  const compact = prediction.compactLayout;
  const recordType = recordTypeName(prediction);
  const assigned = recordType ? ` assigned to record type "${recordType}"` : '';
  if (!compact) {
    const known = readable ? `${security ? `${security}; ` : ''}` : '';
    return readable
      ? `${known}the compact layout${assigned} could not be read, so whether it lists the field is not known`
      : security;
  }
  const layout = `the compact layout "${compact.name}"${assigned}`;
  if (!compact.fields.includes(apiName))
    return `${layout} does not list it (it lists ${compact.fields.join(', ')})${readable ? '' : `; and ${security}`}`;
  if (!readable) return `${layout} lists it, but ${security}`;
  if (compact.fields[0] === apiName)
    return `${layout} lists it first: it is the record's name, shown as the title`;
  return `rendering fault: ${layout} lists it and the persona may read it, but the panel does not show it`;
}
