import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { failure, oauthConnection } from './helpers';

// composite/sobjects through save/dml.ts, queryMore paging, queryAll and SOQL features via jsforce.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

const admin = () => oauthConnection(emulator, emulator.admin.username, emulator.admin.password);

test('composite/sobjects: allOrNone false saves the valid records and reports the invalid one', async () => {
  const conn = await admin();
  const results = await conn
    .sobject('Lead')
    .create(
      [
        { LastName: 'Batch-One', Company: 'Composite Co' },
        { LastName: 'Batch-Two' },
        { LastName: 'Batch-Three', Company: 'Composite Co' },
      ],
      { allOrNone: false },
    );
  expect(results.map((result) => result.success)).toEqual([true, false, true]);
  const failed = results[1] as unknown as { errors: { statusCode: string; fields: string[] }[] };
  expect(failed.errors[0]).toMatchObject({ statusCode: 'REQUIRED_FIELD_MISSING', fields: ['Company'] });
  const saved = await conn.query("SELECT Id FROM Lead WHERE LastName LIKE 'Batch-%'");
  expect(saved.totalSize).toBe(2);
});

test('composite/sobjects: allOrNone true rolls every record back; update and delete by ids', async () => {
  const conn = await admin();
  const results = await conn
    .sobject('Lead')
    .create([{ LastName: 'Atomic-One', Company: 'Atomic Co' }, { LastName: 'Atomic-Two' }], {
      allOrNone: true,
    });
  expect(results.map((result) => result.success)).toEqual([false, false]);
  const rolledBack = results[0] as unknown as { errors: { statusCode: string }[] };
  expect(rolledBack.errors[0].statusCode).toBe('ALL_OR_NONE_OPERATION_ROLLED_BACK');
  expect((await conn.query("SELECT Id FROM Lead WHERE LastName LIKE 'Atomic-%'")).totalSize).toBe(0);

  const created = await conn.sobject('Lead').create([
    { LastName: 'Pair-One', Company: 'Pair Co' },
    { LastName: 'Pair-Two', Company: 'Pair Co' },
  ]);
  const ids = created.map((result) => result.id as string);
  const updated = await conn.sobject('Lead').update(ids.map((Id) => ({ Id, Company: 'Pair Renamed' })));
  expect(updated.every((result) => result.success)).toBe(true);
  const renamed = await conn.query<{ Company: string }>(
    `SELECT Company FROM Lead WHERE Id IN ('${ids.join("','")}')`,
  );
  expect(renamed.records.map((row) => row.Company)).toEqual(['Pair Renamed', 'Pair Renamed']);
  const deleted = await conn.sobject('Lead').destroy(ids);
  expect(deleted.every((result) => result.success)).toBe(true);
  expect((await conn.query("SELECT Id FROM Lead WHERE LastName LIKE 'Pair-%'")).totalSize).toBe(0);
  const all = await conn.query<{ IsDeleted: boolean }>(
    "SELECT Id, IsDeleted FROM Lead WHERE LastName LIKE 'Pair-%'",
    { scanAll: true },
  );
  expect(all.records.map((row) => row.IsDeleted)).toEqual([true, true]);
});

test('query paging: batchSize header gives nextRecordsUrl pages that queryMore walks to the end', async () => {
  const conn = await admin();
  const records = Array.from({ length: 450 }, (_, index) => ({
    LastName: `Page-${index}`,
    Company: 'Paging Co',
  }));
  for (let start = 0; start < records.length; start += 200) {
    await conn.sobject('Lead').create(records.slice(start, start + 200));
  }
  const first = await conn.request<{
    done: boolean;
    nextRecordsUrl: string;
    records: unknown[];
    totalSize: number;
  }>({
    method: 'GET',
    url: `/services/data/v${conn.version}/query?q=${encodeURIComponent("SELECT Id FROM Lead WHERE Company = 'Paging Co'")}`,
    headers: { 'Sforce-Query-Options': 'batchSize=200' },
  });
  expect([first.done, first.records.length, first.totalSize]).toEqual([false, 200, 450]);
  const second = await conn.queryMore(first.nextRecordsUrl);
  expect([second.done, second.records.length]).toEqual([false, 200]);
  const last = await conn.queryMore(second.nextRecordsUrl as string);
  expect([last.done, last.records.length]).toEqual([true, 50]);
  expect((await failure(conn.queryMore(first.nextRecordsUrl.replace(/-\d+$/, '-x')))).errorCode).toBe(
    'INVALID_QUERY_LOCATOR',
  );
});

test('SOQL: nested AND/OR/NOT, IN/NOT IN, LIKE, ORDER BY several keys with NULLS LAST, LIMIT/OFFSET, COUNT', async () => {
  const conn = await admin();
  await conn.sobject('Lead').create([
    { LastName: 'Soql-A', Company: 'Soql Co', Status: 'Open - Not Contacted', Rating: 'Hot' },
    { LastName: 'Soql-B', Company: 'Soql Co', Status: 'Working - Contacted', Rating: null },
    { LastName: 'Soql-C', Company: 'Soql Co', Status: 'Working - Contacted', Rating: 'Cold' },
  ]);
  const names = async (soql: string) =>
    (await conn.query<{ LastName: string }>(soql)).records.map((row) => row.LastName);
  expect(
    await names(
      "SELECT LastName FROM Lead WHERE Company = 'Soql Co' AND (Rating = 'Hot' OR (NOT Rating = null AND Status IN ('Working - Contacted'))) ORDER BY LastName",
    ),
  ).toEqual(['Soql-A', 'Soql-C']);
  expect(
    await names(
      "SELECT LastName FROM Lead WHERE LastName LIKE 'Soql-%' AND Rating NOT IN ('Hot') ORDER BY LastName DESC",
    ),
  ).toEqual(['Soql-C', 'Soql-B']);
  expect(
    await names(
      "SELECT LastName FROM Lead WHERE LastName LIKE 'soql%' ORDER BY Rating ASC NULLS LAST, LastName DESC LIMIT 2 OFFSET 1",
    ),
  ).toEqual(['Soql-A', 'Soql-B']);
  const count = await conn.query(
    "SELECT COUNT() FROM Lead WHERE Company = 'Soql Co' AND CreatedDate = TODAY",
  );
  expect(count.totalSize).toBe(3);
  const none = await conn.query(
    "SELECT COUNT() FROM Lead WHERE Company = 'Soql Co' AND CreatedDate = LAST_N_WEEKS:2",
  );
  expect(none.totalSize).toBe(0);
  const countId = await conn.query<{ expr0: number }>("SELECT COUNT(Id) FROM Lead WHERE Company = 'Soql Co'");
  expect(countId.records[0].expr0).toBe(3);
});

test('SOQL date literals: TODAY, YESTERDAY, THIS_WEEK, LAST_N_DAYS, NEXT_N_DAYS, THIS_YEAR, N_DAYS_AGO', async () => {
  const conn = await admin();
  await conn.sobject('Lead').create({ LastName: 'Dated', Company: 'Date Co' });
  const count = async (literal: string) =>
    (await conn.query(`SELECT COUNT() FROM Lead WHERE Company = 'Date Co' AND CreatedDate = ${literal}`))
      .totalSize;
  expect(await count('TODAY')).toBe(1);
  expect(await count('YESTERDAY')).toBe(0);
  expect(await count('TOMORROW')).toBe(0);
  expect(await count('THIS_WEEK')).toBe(1);
  expect(await count('LAST_N_DAYS:7')).toBe(1);
  expect(await count('NEXT_N_DAYS:7')).toBe(0);
  expect(await count('THIS_MONTH')).toBe(1);
  expect(await count('THIS_QUARTER')).toBe(1);
  expect(await count('THIS_YEAR')).toBe(1);
  expect(await count('LAST_YEAR')).toBe(0);
  expect(await count('N_DAYS_AGO:3')).toBe(0);
  expect(await count('NEXT_QUARTER')).toBe(0);
  expect(await count('LAST_N_MONTHS:3')).toBe(0);
  expect(await count('THIS_FISCAL_YEAR')).toBe(1);
});

test('SOQL aggregates: GROUP BY with COUNT, SUM, AVG, MIN, MAX as AggregateResult rows', async () => {
  const conn = await admin();
  await conn.sobject('Opportunity').create([
    { Name: 'Agg-1', StageName: 'Prospecting', CloseDate: '2026-12-01', Amount: 100 },
    { Name: 'Agg-2', StageName: 'Prospecting', CloseDate: '2026-12-02', Amount: 300 },
    { Name: 'Agg-3', StageName: 'Closed Won', CloseDate: '2026-12-03', Amount: 50 },
  ]);
  const result = await conn.query<Record<string, unknown>>(
    "SELECT StageName, COUNT(Id), SUM(Amount) total, AVG(Amount), MIN(Amount), MAX(Name) FROM Opportunity WHERE Name LIKE 'Agg-%' GROUP BY StageName ORDER BY StageName DESC",
  );
  expect(result.records.map(({ attributes: _attributes, ...row }) => row)).toEqual([
    { StageName: 'Prospecting', expr0: 2, total: 400, expr1: 200, expr2: 100, expr3: 'Agg-2' },
    { StageName: 'Closed Won', expr0: 1, total: 50, expr1: 50, expr2: 50, expr3: 'Agg-3' },
  ]);
  expect(result.records[0].attributes).toEqual({ type: 'AggregateResult' });
  const ungrouped = await failure(
    conn.query("SELECT StageName, COUNT(Id) FROM Opportunity WHERE Name LIKE 'Agg-%'"),
  );
  expect(ungrouped.errorCode).toBe('MALFORMED_QUERY');
  const sumText = await failure(conn.query('SELECT SUM(Name) FROM Opportunity'));
  expect(sumText.message).toContain('does not support aggregate operator SUM');
});

test('SOQL HAVING filters the groups on aggregates and grouped fields', async () => {
  const conn = await admin();
  await conn.sobject('Opportunity').create([
    { Name: 'Hav-1', StageName: 'Prospecting', CloseDate: '2026-12-01', Amount: 100 },
    { Name: 'Hav-2', StageName: 'Prospecting', CloseDate: '2026-12-02', Amount: 300 },
    { Name: 'Hav-3', StageName: 'Closed Won', CloseDate: '2026-12-03', Amount: 900 },
    { Name: 'Hav-4', StageName: 'Closed Lost', CloseDate: '2026-12-04', Amount: 10 },
  ]);
  const stages = async (having: string) =>
    (
      await conn.query<{ StageName: string }>(
        `SELECT StageName, COUNT(Id) FROM Opportunity WHERE Name LIKE 'Hav-%' GROUP BY StageName HAVING ${having} ORDER BY StageName`,
      )
    ).records.map((row) => row.StageName);
  expect(await stages('COUNT(Id) > 1')).toEqual(['Prospecting']);
  expect(await stages('SUM(Amount) >= 400')).toEqual(['Closed Won', 'Prospecting']);
  expect(await stages("(COUNT(Id) > 1 OR MAX(Amount) < 50) AND StageName != 'Closed Won'")).toEqual([
    'Closed Lost',
    'Prospecting',
  ]);
  expect(await stages("NOT StageName LIKE 'Closed%'")).toEqual(['Prospecting']);
  const ungrouped = await failure(
    conn.query("SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY StageName HAVING Name = 'x'"),
  );
  expect(ungrouped.message).toContain('Field must be grouped or aggregated: Name');
  const noGroup = await failure(conn.query('SELECT COUNT(Id) FROM Opportunity HAVING COUNT(Id) > 1'));
  expect(noGroup.errorCode).toBe('MALFORMED_QUERY');
});

test('SOQL child relationship subqueries: Contacts of each Account, null when there are none', async () => {
  const conn = await admin();
  const account = await conn.sobject('Account').create({ Name: 'Parent Co' });
  const lonely = await conn.sobject('Account').create({ Name: 'Parent Co Empty' });
  await conn.sobject('Contact').create([
    { LastName: 'Child-B', AccountId: account.id },
    { LastName: 'Child-A', AccountId: account.id },
  ]);
  const result = await conn.query<{
    Name: string;
    Contacts: { totalSize: number; records: { LastName: string }[] } | null;
  }>(
    "SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Name LIKE 'Parent Co%' ORDER BY Name",
  );
  expect(result.records.map((row) => row.Name)).toEqual(['Parent Co', 'Parent Co Empty']);
  expect(result.records[0].Contacts?.totalSize).toBe(2);
  expect(result.records[0].Contacts?.records.map((row) => row.LastName)).toEqual(['Child-A', 'Child-B']);
  expect(result.records[1].Contacts).toBeNull();
  expect(lonely.success).toBe(true);
  const unknown = await failure(conn.query('SELECT Name, (SELECT Id FROM Nothings) FROM Account'));
  expect(unknown.errorCode).toBe('INVALID_TYPE');
});
