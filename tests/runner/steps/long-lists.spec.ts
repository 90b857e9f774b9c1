import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ListExpectation, ViewExpectations } from '../../../runner/model-views';
import { runStep } from '../../../runner/steps';
import { waitAtMost } from '../../short-waits';
import { expectationFailure, idOf, personaStepContext } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * A list view longer than Lightning's first 50 rows ("50+ items"): a record on row 51 or later is found by
 * loading more rows, and a record is only concluded absent once the whole list is loaded — never from the rows
 * loaded so far. Under Lightning's timing: every page of rows arrives 0.3–2 s after it is asked for.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const LONG = 60;
const SDR_OWNED_BEFORE = 2; // the demo org's Jordan Blake and Okafor

const myOpenLeads = (checks: Partial<ListExpectation>): Step => ({
  kind: 'listView',
  title: 'list view',
  location,
  object: 'Lead',
  view: 'MyOpenLeads',
  includes: [],
  excludes: [],
  ...checks,
});

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, latency: 'lightning' });
});
test.afterAll(async () => emulator?.stop());

/** The SDR signed in, owning LONG leads plus `far` (sorted last), and `elsewhere` owned by another user. */
async function sdrWithLongList(browser: Parameters<typeof personaStepContext>[0]) {
  const made = await personaStepContext(browser, emulator, SDR);
  made.context.org = made.org;
  const { conn } = made.org;
  const owner = made.context.persona.user.id;
  const create = async (fields: Record<string, unknown>[]) =>
    (await conn.sobject('Lead').create(fields, { allOrNone: true })).map(
      (result) => (result as { id: string }).id,
    );
  const filler = Array.from({ length: LONG }, (_, index) => ({
    LastName: `Long ${String(index + 1).padStart(2, '0')}`,
    Company: 'Long List Co',
    OwnerId: owner,
  }));
  const [far, elsewhere] = await create([
    { LastName: 'Zulu Far', Company: 'Long List Co', OwnerId: owner },
    {
      LastName: 'Elsewhere',
      Company: 'Long List Co',
      OwnerId: await idOf(made.org, "SELECT Id FROM User WHERE Username = 'ava.ae@acme-demo.example'"),
    },
  ]);
  const fillers = await create(filler);
  made.records.set('far', { sobject: 'Lead', id: far });
  made.records.set('elsewhere', { sobject: 'Lead', id: elsewhere });
  return { ...made, cleanUp: () => conn.sobject('Lead').destroy([far, elsewhere, ...fillers]) };
}

test('a record on row 51 or later is found, and absence is proven once the whole list has loaded', async ({
  browser,
}) => {
  const { context, page, records, cleanUp } = await sdrWithLongList(browser);
  try {
    const total = LONG + 1 + SDR_OWNED_BEFORE;
    await runStep(
      myOpenLeads({ includes: ['far'], excludes: ['elsewhere'], rows: { exactly: total } }),
      context,
    );
    const far = page.locator(`tr[data-row-key-value="${records.get('far')?.id}"]`);
    expect(Number(await far.getAttribute('data-row-number'))).toBeGreaterThan(50);
  } finally {
    await cleanUp();
  }
});

test('a list that does not load more cannot prove a record absent, nor list one beyond its loaded rows: both fail saying so', async ({
  browser,
}) => {
  const { context, page, cleanUp } = await sdrWithLongList(browser);
  try {
    // Lightning asks for the next rows, and none come.
    await page.route('**/aura/navigation/listview/*/rows*', (route) => route.abort());
    waitAtMost(page, 3_000);
    const error = await expectationFailure(
      runStep(myOpenLeads({ includes: ['far'], excludes: ['elsewhere'], rows: { atMost: 70 } }), context),
      ['Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on list view Lead MyOpenLeads'],
    );
    const stalled =
      'the list shows "50+ items • Sorted by Name • Updated a few seconds ago" and did not load more within 3 s when scrolled to its last row (50 row(s) loaded)';
    expect(error.message).toMatch(
      new RegExp(
        `Lead \\w+ \\(data "far"\\): expected listed, but it is not — it is not among the rows loaded: ${escapeRegExp(stalled)}`,
      ),
    );
    expect(error.message).toMatch(
      new RegExp(
        `Lead \\w+ \\(data "elsewhere"\\): expected not listed, but absence cannot be proven: ${escapeRegExp(stalled)}`,
      ),
    );
    expect(error.message).toContain(`rows: expected at most 70, but it has 50+ (${stalled})`);
  } finally {
    await cleanUp();
  }
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const report = (checks: Partial<NonNullable<ViewExpectations['report']>>): Step =>
  expectPage({
    report: { includes: [], excludes: [], columns: {}, values: {}, columnsAbsent: [], ...checks },
  });

test('a report longer than its grid renders is read whole by scrolling its grid: a record far down is found, absence is proven', async ({
  browser,
}) => {
  const { context, page, cleanUp } = await sdrWithLongList(browser);
  try {
    const total = LONG + 1 + SDR_OWNED_BEFORE;
    await runStep({ kind: 'open', title: 'open', location, report: 'My_Open_Leads' }, context);
    await runStep(
      report({
        includes: ['far'],
        excludes: ['elsewhere'],
        rows: { exactly: total },
        values: { far: { Company: 'Long List Co' } },
      }),
      context,
    );
    // Read by scrolling: the grid renders only the rows in view, and "far" is its last.
    const rows = page
      .frameLocator('iframe[title="Report Viewer"]')
      .locator('tr.data-grid-table-row:not(.data-grid-header-row)');
    expect(await rows.count()).toBeLessThan(total);
  } finally {
    await cleanUp();
  }
});
