import type { RecordPagePrediction } from '../../fixtures';
import { type OtherTabsReading, onTab, readOtherTabs } from '../../pages/record-other-tabs';
import { readUntil } from '../../pages/render-polling';
import type { StepContext } from './context';
import type { ExpectCheck } from './expect-check';
import { otherTabsMayShowMore } from './other-tabs-needed';
import { otherUserOfPersonaName } from './persona-name-lookup';
import { expectedMeaning, expectedValueProblem, normalise, showsExpected } from './typed-values';
import { whileWaiting } from './waiting-note';
import { dynamicFormsReason } from './why-dynamic-forms';
import { whyValue } from './why-value';

type Shown = { text: string; checked?: boolean };

/** visible, hidden, readOnly and values: what the record page shows of each field, and why. */
export const checkShownFields: ExpectCheck = async (
  expected,
  { recordPage, record, prediction, context, deadlineMs },
) => {
  const problems: string[] = [];
  const because = async (apiName: string, shown: boolean) =>
    ` — ${await why(apiName, shown, prediction, context)}`;
  const shown = await recordPage.readShown();
  const shownNow = new Set(shown.fields);
  // A field the selected tab does not show may be on another tab: no verdict on it before every tab is read.
  const notShown = [
    ...expected.visible,
    ...expected.hidden,
    ...expected.readOnly,
    ...Object.keys(expected.values),
  ].filter((apiName) => !shownNow.has(apiName));
  const otherTabs: OtherTabsReading =
    notShown.length > 0 && otherTabsMayShowMore(shown, prediction)
      ? await readOtherTabs(recordPage, deadlineMs)
      : { fields: new Map(), sections: new Map(), unread: [] };
  const unread = otherTabs.unread.length > 0 ? ` (${unreadTabs(otherTabs.unread, deadlineMs)})` : '';
  const absent = `it is not on the page${unread}`;
  // Read-only marks and values of a field on another tab are read with that tab selected.
  const where = (apiName: string) => {
    const tab = otherTabs.fields.get(apiName);
    return tab
      ? { tab, read: <T>(read: () => Promise<T>) => onTab(recordPage, tab, deadlineMs, read) }
      : undefined;
  };
  for (const apiName of expected.visible) {
    if (!shownNow.has(apiName) && !otherTabs.fields.has(apiName)) {
      problems.push(`${apiName}: expected visible, but ${absent}${await because(apiName, false)}`);
    }
  }
  for (const apiName of expected.hidden) {
    const tab = otherTabs.fields.get(apiName);
    if (shownNow.has(apiName)) {
      const label = await recordPage.field(apiName).label();
      problems.push(
        `${apiName}: expected hidden, but it is visible (label "${label}")${await because(apiName, true)}`,
      );
    } else if (tab) {
      problems.push(
        `${apiName}: expected hidden, but it is visible on the tab "${tab}"${await because(apiName, true)}`,
      );
    } else if (otherTabs.unread.length > 0) {
      problems.push(
        `${apiName}: cannot be judged hidden: the tab the page opens on does not show it, but ${unreadTabs(otherTabs.unread, deadlineMs)}`,
      );
    }
  }
  for (const apiName of expected.readOnly) {
    const elsewhere = where(apiName);
    if (!shownNow.has(apiName) && !elsewhere) {
      problems.push(`${apiName}: expected read-only, but ${absent}${await because(apiName, false)}`);
      continue;
    }
    const readOnly = () => recordPage.field(apiName).isReadOnly();
    if (!(await (elsewhere ? elsewhere.read(readOnly) : readOnly()))) {
      const on = elsewhere ? ` on the tab "${elsewhere.tab}"` : '';
      problems.push(`${apiName}: expected read-only, but it is editable${on} (inline edit is offered)`);
    }
  }
  // After the persona's change every value is awaited together: a page that re-renders shows them all at once.
  const awaited = context.openRecord?.changed === true ? new Map<string, Shown>() : undefined;
  const readings = new Map<string, () => Promise<Shown>>();
  const holding = new Map<string, (shown: Shown) => boolean>();
  for (const [apiName, wanted] of Object.entries(expected.values)) {
    const elsewhere = where(apiName);
    const described = prediction.fields.get(apiName);
    if ((!shownNow.has(apiName) && !elsewhere) || (described && expectedValueProblem(described, wanted)))
      continue;
    const field = recordPage.field(apiName);
    const shows = async (): Promise<Shown> => ({
      text: await field.text(),
      checked: described?.type === 'boolean' ? await field.checked() : undefined,
    });
    readings.set(apiName, () => (elsewhere ? elsewhere.read(shows) : shows()));
    holding.set(apiName, (shown) => !described || showsExpected(described, wanted, shown, prediction.viewer));
  }
  if (awaited && readings.size > 0) {
    const readAll = async () => {
      for (const [apiName, read] of readings) awaited.set(apiName, await read());
      return awaited;
    };
    const allHold = (all: Map<string, Shown>) =>
      [...all].every(([apiName, shown]) => holding.get(apiName)?.(shown) ?? true);
    const first = await readAll();
    if (!allHold(first)) {
      const waitingFor = [...first]
        .filter(([apiName, shown]) => !holding.get(apiName)?.(shown))
        .map(
          ([apiName, shown]) =>
            `${record.sobject}.${apiName} to show ${JSON.stringify(expected.values[apiName])} (it shows ${JSON.stringify(shown.text)})`,
        );
      await whileWaiting(
        `${waitingFor.join(', ')}, up to ${deadlineMs / 1000} s after the persona's change`,
        () => readUntil(readAll, allHold, deadlineMs),
      );
    }
  }
  for (const [apiName, wanted] of Object.entries(expected.values)) {
    const elsewhere = where(apiName);
    if (!shownNow.has(apiName) && !elsewhere) {
      problems.push(`${apiName}: expected "${wanted}", but ${absent}${await because(apiName, false)}`);
      continue;
    }
    const field = recordPage.field(apiName);
    const described = prediction.fields.get(apiName);
    const unreadable = described && expectedValueProblem(described, wanted);
    if (unreadable) {
      problems.push(unreadable);
      continue;
    }
    const shows = async (): Promise<Shown> => ({
      text: await field.text(),
      checked: described?.type === 'boolean' ? await field.checked() : undefined,
    });
    const holds = (shown: Shown) => !described || showsExpected(described, wanted, shown, prediction.viewer);
    const changed = awaited !== undefined;
    const { text, checked } = awaited?.get(apiName) ?? (await (elsewhere ? elsewhere.read(shows) : shows()));
    const persona = context.persona.user;
    if (
      holds({ text, checked }) &&
      described?.type === 'reference' &&
      normalise(wanted) === normalise(persona.name)
    ) {
      const other = await otherUserOfPersonaName(context.org, record, apiName, persona);
      if (other)
        problems.push(
          `${apiName}: expected "${wanted}", the persona's user (${persona.username}), but it shows "${text}", another user of that name: ${other.username} (${other.id}) — ${await whyValue(context.org, record, apiName)}`,
        );
      continue;
    }
    if (!holds({ text, checked })) {
      const seen =
        checked !== undefined ? `it shows ${checked}` : text === '' ? 'it is empty' : `it shows "${text}"`;
      const after = changed ? ` ${deadlineMs / 1000} s after the persona's change` : '';
      const reason = await whyValue(context.org, record, apiName);
      const meaning = described ? expectedMeaning(described, wanted, prediction.viewer) : '';
      problems.push(
        `${apiName}: expected ${JSON.stringify(wanted)}${meaning}, but ${seen}${after}${reason ? ` — ${reason}` : ''}`,
      );
    }
  }
  return problems.map((problem) => `${record.sobject}.${normalise(problem)}`);
};

export function unreadTabs(tabs: string[], deadlineMs: number): string {
  const named = tabs.map((tab) => `"${tab}"`).join(', ');
  return `the tab${tabs.length > 1 ? 's' : ''} ${named} did not finish rendering within ${deadlineMs / 1000} s, so what ${tabs.length > 1 ? 'they show' : 'it shows'} is not known`;
}

/**
 * Why a field is or is not shown: field-level security, the page layout, or a rendering fault. On a Dynamic
 * Forms page the Lightning page places the fields, each possibly behind a component visibility rule the
 * layout knows nothing of: a field it does not show is then explained by FLS when FLS denies Read, else by the
 * Lightning pages the org has (dynamicFormsReason), else by the causes it may have.
 */
export async function why(
  apiName: string,
  shown: boolean,
  prediction: RecordPagePrediction,
  context: StepContext,
  /** The Edit modal follows the page layout even where the record page is built with Dynamic Forms. */
  where: 'page' | 'editModal' = 'page',
): Promise<string> {
  const layout = prediction.layout;
  const onLayout = layout?.fields.includes(apiName);
  const readable = prediction.readable.has(apiName);
  const layoutName = layout ? `the page layout "${layout.name}" assigned to profile "${layout.profile}"` : '';
  // Worded for a readable field as "grants Read via …", for an unreadable one as "hides it: …".
  const security = (await context.explainField(prediction.sobject, apiName, readable)) ?? '';
  const dynamicForms = where === 'page' && ((await context.openRecord?.page.hasDynamicForms()) ?? false);
  if (dynamicForms && readable) {
    const placed = layout ? `; ${layoutName} ${onLayout ? 'places' : 'does not place'} it` : '';
    if (shown) return `${security ? `${security}; ` : ''}the Dynamic Forms page places it${placed}`;
    const placement = await dynamicFormsReason(context, prediction.sobject, apiName);
    if (placement) return `${placement}${security ? ` (${security})` : ''}`;
    return (
      'the page shows no such field: it is built with Dynamic Forms (field sections), whose fields come from the ' +
      'Lightning page rather than the page layout; possible causes: the Lightning page does not place it, a ' +
      'component visibility rule of its field or section hides it, or it did not render' +
      `${security ? ` (${security})` : ''}${placed}`
    );
  }
  if (shown) {
    if (layout && (!onLayout || !readable)) {
      const hidden = !readable ? security : `${layoutName} does not place it`;
      return `rendering fault: the org says it should not show (${hidden}), yet the page renders it`;
    }
    return [security, layout ? `${layoutName} places it` : ''].filter(Boolean).join('; ');
  }
  if (!readable) return security;
  if (layout && !onLayout) return `${layoutName} does not place it (${security})`;
  if (layout)
    return `rendering fault: ${layoutName} places it and the persona may read it, but the page did not render it`;
  return (
    security || (prediction.unavailable ? `the layout could not be predicted: ${prediction.unavailable}` : '')
  );
}
