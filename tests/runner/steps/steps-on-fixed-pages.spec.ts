import { type Browser, expect, type Page, test } from '@playwright/test';
import type { RecordPagePrediction } from '../../../fixtures';
import { RecordPath } from '../../../pages/record-path';
import type { Step } from '../../../runner/model';
import { runStep, type StepContext } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { waitAtMost } from '../../short-waits';
import { newTestContext } from '../../test-contexts';
import { type FixedField, type FixedPath, listViewHtml, recordPageHtml } from './fixed-pages';

/**
 * Each step kind against fixed Lightning markup, no emulator: the org's answers (what the page must show,
 * why a field is hidden) are given, so only the step and its page objects are under test.
 */
const ORIGIN = 'https://acme.my.salesforce.example';
const LEAD = '00Q000000000001AAA';
const OTHER = '00Q000000000002AAA';
const location = { file: 'scenario.yaml', line: 3, column: 5 };
const FIELDS: FixedField[] = [
  { apiName: 'Company', label: 'Company', value: 'Acme', editable: true },
  { apiName: 'Rating', label: 'Rating', value: 'Hot', editable: false },
];

function prediction(): RecordPagePrediction {
  const described = (name: string) => ({ name, label: name, type: 'string' });
  return {
    sobject: 'Lead',
    fields: new Map(['Company', 'Rating', 'Secret__c'].map((name) => [name, described(name)])),
    layout: {
      name: 'Lead Layout',
      profile: 'Sales Rep',
      recordTypeId: null,
      fields: ['Company', 'Rating', 'Secret__c'],
    },
    readable: new Set(['Company', 'Rating']),
    visible: ['Company', 'Rating'],
    viewer: { locale: 'en_US', timeZone: 'America/Los_Angeles' },
  };
}

async function fixedPage(browser: Browser, path?: FixedPath): Promise<{ page: Page; context: StepContext }> {
  const page = await (await newTestContext(browser, { baseURL: ORIGIN })).newPage();
  await page.route(`${ORIGIN}/lightning/r/Lead/*/view`, (route) =>
    route.fulfill({ contentType: 'text/html', body: recordPageHtml('Lead', FIELDS, path) }),
  );
  await page.route(`${ORIGIN}/lightning/o/Lead/list*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: listViewHtml([LEAD]) }),
  );
  const context: StepContext = {
    page,
    persona: {
      name: 'rep',
      user: { id: '005000000000001AAA', username: 'rep@acme.example', name: 'Riley Rep' },
    },
    records: new Map([
      ['lead', { sobject: 'Lead', id: LEAD }],
      ['other', { sobject: 'Lead', id: OTHER }],
    ]),
    explainField: async (_sobject, apiName) =>
      apiName === 'Secret__c'
        ? 'field-level security hides it: neither the profile nor any permission set grants Read'
        : undefined,
    explainRecord: async () => 'no read access to Lead',
    predictPage: async () => prediction(),
  };
  return { page, context };
}

const open: Step = { kind: 'open', title: 'open', location, record: 'lead' };
const expectStep = (
  fields: Partial<{ visible: string[]; hidden: string[]; values: Record<string, string> }>,
): Step => ({
  kind: 'expect',
  title: 'expect',
  location,
  visible: fields.visible ?? [],
  hidden: fields.hidden ?? [],
  readOnly: [],
  values: fields.values ?? {},
});

test('open and expect: visible, hidden and values hold on a complete page', async ({ browser }) => {
  const { context } = await fixedPage(browser);
  await runStep(open, context);
  await runStep(
    expectStep({ visible: ['Company', 'Rating'], hidden: ['Secret__c'], values: { Company: 'Acme' } }),
    context,
  );
});

test('expect: each mismatch is reported together, with persona, record and why', async ({ browser }) => {
  const { context } = await fixedPage(browser);
  await runStep(open, context);
  const error = await failure(
    runStep(expectStep({ visible: ['Secret__c'], hidden: ['Company'], values: { Rating: 'Cold' } }), context),
  );
  expect(error.message).toContain(`Persona "rep" (Riley Rep, rep@acme.example) on Lead ${LEAD}`);
  expect(error.message).toContain(
    'Lead.Secret__c: expected visible, but it is not on the page — field-level security hides it',
  );
  expect(error.message).toContain(
    'Lead.Company: expected hidden, but it is visible (label "Company") — the page layout "Lead Layout" assigned to profile "Sales Rep" places it',
  );
  expect(error.message).toContain('Lead.Rating: expected "Cold", but it shows "Hot"');
});

test('expect: a field the object does not have is an error naming the nearest one', async ({ browser }) => {
  const { context } = await fixedPage(browser);
  await runStep(open, context);
  const error = await failure(runStep(expectStep({ hidden: ['Compnay'] }), context));
  expect(error.message).toContain('Lead has no field "Compnay". Did you mean "Company"?');
});

test('edit: the Edit action opens the modal, the value is typed and saved', async ({ browser }) => {
  const { page, context } = await fixedPage(browser);
  await runStep(open, context);
  await runStep({ kind: 'edit', title: 'edit', location, fields: { Company: 'Globex' } }, context);
  expect(await page.evaluate(() => (window as unknown as { saved: Record<string, string> }).saved)).toEqual({
    Company: 'Globex',
  });
});

/** Lightning may render what a save changed after it has answered (the toast shown, the dialog gone). */
const renderSavedAfter = (page: Page, ms: number) =>
  page.evaluate((delay) => Object.assign(window, { renderSavedAfterMs: delay }), ms);

test('edit, then expect: a value the page renders a moment after the save answered is read once it shows', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  await runStep(open, context);
  await renderSavedAfter(page, 700);
  await runStep({ kind: 'edit', title: 'edit', location, fields: { Company: 'Globex' } }, context);
  await runStep(expectStep({ values: { Company: 'Globex' } }), context);
});

test('edit, then expect: a value the page never shows fails once the render deadline has passed, saying so', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  context.renderDeadlineMs = 1_000;
  await runStep(open, context);
  await renderSavedAfter(page, 60_000);
  await runStep({ kind: 'edit', title: 'edit', location, fields: { Company: 'Globex' } }, context);
  const error = await failure(runStep(expectStep({ values: { Company: 'Globex' } }), context));
  expect(error.message).toContain(
    `Lead.Company: expected "Globex", but it shows "Acme" 1 s after the persona's change`,
  );
});

test('path: a stage the page renders a moment after the toast answered is the stage moved to', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser, {
    stages: ['Open', 'Working', 'Qualified'],
    current: 'Open',
  });
  await runStep(open, context);
  await renderSavedAfter(page, 3_000);
  await runStep({ kind: 'path', title: 'path', location, action: 'complete' }, context);
  expect(await new RecordPath(page).current()).toBe('Working');
});

test('edit: a field without an input in the modal fails saying it is read-only for the persona', async ({
  browser,
}) => {
  const { context } = await fixedPage(browser);
  await runStep(open, context);
  const error = await failure(
    runStep({ kind: 'edit', title: 'edit', location, fields: { Rating: 'Cold' } }, context),
  );
  expect(error.message).toContain(
    `Persona "rep" (Riley Rep, rep@acme.example) cannot edit Lead ${LEAD} (data "lead"): Lead.Rating is read-only for this persona`,
  );
});

test('listView: which records the list shows, and the status line when it is not as expected', async ({
  browser,
}) => {
  const { context } = await fixedPage(browser);
  const listView = (includes: string[], excludes: string[]): Step => ({
    kind: 'listView',
    title: 'list view',
    location,
    object: 'Lead',
    view: 'MyOpenLeads',
    includes,
    excludes,
  });
  await runStep(listView(['lead'], ['other']), context);
  const error = await failure(runStep(listView(['other'], ['lead']), context));
  expect(error.message).toContain(
    'Persona "rep" (Riley Rep, rep@acme.example) on list view Lead MyOpenLeads (the list says "1 items • Sorted by Name" and shows 1 row(s)):',
  );
  expect(error.message).toContain(`Lead ${OTHER} (data "other"): expected listed, but it is not`);
  expect(error.message).toContain(`Lead ${LEAD} (data "lead"): expected not listed, but it is`);
});

test("listView: the count is read in the persona's UI language; one it cannot read fails saying so", async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  const listShowing = (status: string) =>
    page.route(`${ORIGIN}/lightning/o/Lead/list*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: listViewHtml([LEAD], status) }),
    );
  const step: Step = {
    kind: 'listView',
    title: 'list view',
    location,
    object: 'Lead',
    view: 'MyOpenLeads',
    includes: ['lead'],
    excludes: ['other'],
    rows: { exactly: 1 },
  };
  // German: the exact count makes the list complete, so "other" is proven absent.
  await listShowing('1 Element • Sortiert nach Name •');
  await runStep(step, context);

  await listShowing('Elemente: keine • Sortiert nach Name •');
  const error = await failure(runStep(step, context));
  expect(error.message).toContain(
    `Lead ${OTHER} (data "other"): expected not listed, but absence cannot be proven: the list's own count cannot be read from "Elemente: keine • Sortiert nach Name •"`,
  );
  expect(error.message).toContain(
    'on list view Lead MyOpenLeads (the list\'s own count cannot be read from "Elemente: keine • Sortiert nach Name •" (no single number before its first "•"); it shows 1 row(s)):',
  );
  // The heading gives the list's count and rows; the row count's line does not repeat them.
  expect(error.message).toMatch(/\n {2}- rows: expected 1, but the list states no count that can be read$/m);
  expect(error.message).not.toContain('NaN');
});

test('open: a page that never becomes a record page fails saying what was awaited, as whom and where', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  await page.route(`${ORIGIN}/lightning/r/Lead/*/view`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Loading</title><p>Still loading…</p>' }),
  );
  waitAtMost(page, 1_000);
  const error = await failure(runStep(open, context));
  expect(error.message).toContain(
    `Persona "rep" (Riley Rep, rep@acme.example): the record page of Lead ${LEAD} (data "lead") did not load`,
  );
  expect(error.message).toContain(`now at ${ORIGIN}/lightning/r/Lead/${LEAD}/view, "Loading"`);
});

test('listView: a list that never loads says what was awaited, as whom, and the likely cause', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  await page.route(`${ORIGIN}/lightning/o/Lead/list*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Recently Viewed | Leads</title><p>…</p>' }),
  );
  waitAtMost(page, 1_000);
  const error = await failure(
    runStep(
      {
        kind: 'listView',
        title: 'list view',
        location,
        object: 'Lead',
        view: 'NoSuchView',
        includes: ['lead'],
        excludes: [],
      },
      context,
    ),
  );
  expect(error.message).toContain(
    'Persona "rep" (Riley Rep, rep@acme.example): list view Lead NoSuchView showing its status line ("n items") did not happen',
  );
  expect(error.message).toContain('"Recently Viewed | Leads"');
  expect(error.message).toContain('Likely cause: the list view "NoSuchView" does not exist or is not shared');
  expect(error.message).not.toMatch(/Timeout \d+ms exceeded|waitFor/);
});

test('expect path: a record page without a Path fails naming the likely cause and how long it waited, not the locator call', async ({
  browser,
}) => {
  const { page, context } = await fixedPage(browser);
  await runStep(open, context);
  waitAtMost(page, 1_000);
  const error = await failure(runStep({ ...expectStep({}), path: { current: 'Working' } } as Step, context));
  expect(error.message).toMatch(
    /^Persona "rep" \(Riley Rep, rep@acme\.example\): Path on Lead \w+ \(data "lead"\) showing its stages did not happen \(now at .+\)\. Likely cause: the object or the record type has no Path \(Setup > Path Settings\), or the page kept a spinner\. Waited 1 s\.$/,
  );
});
