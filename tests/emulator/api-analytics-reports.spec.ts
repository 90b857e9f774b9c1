import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { definitionProblems, demoOrg, editedDemoText, failure, oauthConnection, SDR } from './helpers';

// Reports through the Analytics REST API: a report's metadata, and runs of it with its filters and scope as saved
// or changed for one run, as the session's user with their sharing.
let emulator: RunningEmulator;
let admin: Connection;
let sdr: Connection;
test.beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      org.reports.push({
        developerName: 'Hot_Or_Web_Leads',
        name: 'Hot or Web Leads',
        folder: 'Sales Reports',
        object: 'Lead',
        filterScope: 'Everything',
        filters: [
          { field: 'Rating', operator: 'equals', value: 'Hot' },
          { field: 'LeadSource', operator: 'equals', value: 'Web' },
        ],
        booleanFilter: '1 OR 2',
        columns: ['Name', 'Rating', 'LeadSource', 'OwnerId'],
        summaries: [],
        groupings: [],
        groupingsAcross: [],
      });
    }),
  });
  admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  sdr = await oauthConnection(emulator, SDR.username);
});
test.afterAll(async () => emulator?.stop());

interface Cell {
  label: string;
  value: unknown;
}
interface Run {
  reportMetadata: { reportFilters: unknown[]; scope: string; reportBooleanFilter: string | null };
  factMap: Record<string, { aggregates: { value: number }[]; rows: { dataCells: Cell[] }[] }>;
  groupingsDown: { groupings: { key: string; label: string; groupings: { key: string }[] }[] };
}

const reportId = async (developerName: string) =>
  (await admin.query<{ Id: string }>(`SELECT Id FROM Report WHERE DeveloperName = '${developerName}'`))
    .records[0].Id;
const url = (conn: Connection, id: string, rest = '') =>
  `/services/data/v${conn.version}/analytics/reports/${id}${rest}`;
const run = async (conn: Connection, id: string, reportMetadata?: object) =>
  reportMetadata
    ? conn.requestPost<Run>(url(conn, id, '?includeDetails=true'), { reportMetadata })
    : conn.request<Run>(url(conn, id, '?includeDetails=true'));
const listedIds = (result: Run) =>
  Object.values(result.factMap).flatMap((fact) => fact.rows.map((row) => row.dataCells[0]?.value));

test('describe gives the filters, their logic, the scope and each column with its label', async () => {
  const id = await reportId('Hot_Or_Web_Leads');
  const describe = await admin.request<{
    reportMetadata: Record<string, unknown>;
    reportExtendedMetadata: { detailColumnInfo: Record<string, { label: string }> };
  }>(url(admin, id, '/describe'));
  expect(describe.reportMetadata).toMatchObject({
    id,
    developerName: 'Hot_Or_Web_Leads',
    reportFormat: 'TABULAR',
    reportFilters: [
      { column: 'Lead.Rating', operator: 'equals', value: 'Hot' },
      { column: 'Lead.LeadSource', operator: 'equals', value: 'Web' },
    ],
    reportBooleanFilter: '1 OR 2',
    scope: 'organization',
    detailColumns: ['Lead.Name', 'Lead.Rating', 'Lead.LeadSource', 'Lead.OwnerId'],
  });
  expect(describe.reportExtendedMetadata.detailColumnInfo['Lead.LeadSource']?.label).toBe('Lead Source');
});

test("a run lists what its filter logic keeps, each name cell carrying the record's Id", async () => {
  const made = async (fields: Record<string, string>) =>
    (await admin.sobject('Lead').create({ LastName: 'Report', Company: 'Analytics', ...fields })) as {
      id: string;
    };
  const hot = await made({ Rating: 'Hot', LeadSource: 'Phone Inquiry' });
  const web = await made({ Rating: 'Cold', LeadSource: 'Web' });
  const neither = await made({ Rating: 'Cold', LeadSource: 'Phone Inquiry' });
  const result = await run(admin, await reportId('Hot_Or_Web_Leads'));
  const ids = listedIds(result);
  expect(ids).toEqual(expect.arrayContaining([hot.id, web.id]));
  expect(ids).not.toContain(neither.id);
  const cells = result.factMap['T!T']?.rows.find((row) => row.dataCells[0]?.value === hot.id)?.dataCells;
  const me = await admin.query<{ Name: string }>(`SELECT Name FROM User WHERE Id = '${admin.userInfo?.id}'`);
  expect(cells?.map((cell) => cell.label)).toEqual(['Report', 'Hot', 'Phone Inquiry', me.records[0]?.Name]);
  expect(result.factMap['T!T']?.aggregates[0]?.value).toBe(ids.length);

  // One run's columns, filters, logic and scope replace the saved ones for that run only.
  const changed = await run(admin, await reportId('Hot_Or_Web_Leads'), {
    reportFilters: [{ column: 'Lead.Rating', operator: 'equals', value: 'Cold' }],
    reportBooleanFilter: null,
    detailColumns: ['Lead.Name', 'Lead.Status'],
  });
  const webRow = changed.factMap['T!T']?.rows.find((row) => row.dataCells[0]?.value === web.id);
  expect(webRow?.dataCells.map((cell) => cell.label)).toEqual(['Report', 'Open - Not Contacted']);
  expect(listedIds(changed)).toEqual(expect.arrayContaining([web.id, neither.id]));
  expect(listedIds(changed)).not.toContain(hot.id);
  expect((await run(admin, await reportId('Hot_Or_Web_Leads'))).reportMetadata.reportBooleanFilter).toBe(
    '1 OR 2',
  );
});

test("a run has the running user's sharing, and a scope of user keeps their own records", async () => {
  const id = await reportId('Hot_Or_Web_Leads');
  // Closed leads are shared with nobody: only their owner (and those who view all) can read them.
  const closed = (await admin.sobject('Lead').create({
    LastName: 'Closed',
    Company: 'Analytics',
    Rating: 'Hot',
    Status: 'Closed - Not Converted',
  })) as {
    id: string;
  };
  expect(listedIds(await run(admin, id))).toContain(closed.id);
  expect(listedIds(await run(sdr, id))).not.toContain(closed.id);
  expect(listedIds(await run(admin, id, { scope: 'user' }))).toContain(closed.id);
  const mine = await run(sdr, id, { scope: 'user' });
  expect(mine.reportMetadata.scope).toBe('user');
  expect(listedIds(mine)).not.toContain(closed.id);
});

test('a summary report keys each group in the fact map, its rows under the innermost groups', async () => {
  const result = await run(admin, await reportId('Pipeline_By_Owner'));
  const [first] = result.groupingsDown.groupings;
  expect(first?.key).toBe('0');
  expect(first?.groupings[0]?.key).toBe('0_0');
  expect(result.factMap['0!T']?.rows).toEqual([]);
  expect(result.factMap['0_0!T']?.rows.length).toBeGreaterThan(0);
  expect(result.factMap['T!T']?.rows).toEqual([]);
});

test('a run refuses an unknown column or scope, an unknown report, a folder not shared, and another method', async () => {
  const id = await reportId('Hot_Or_Web_Leads');
  const unknownColumn = await failure(
    run(admin, id, { reportFilters: [{ column: 'Lead.Nope__c', operator: 'equals', value: 'x' }] }),
  );
  expect(unknownColumn.message).toContain('Lead.Nope__c');
  expect((await failure(run(admin, id, { scope: 'galaxy' }))).message).toContain('galaxy');
  expect((await failure(run(admin, '00O000000000000AAA'))).errorCode).toBe('NOT_FOUND');
  expect((await failure(run(sdr, await reportId('Credit_Limits')))).errorCode).toBe('FORBIDDEN');
  const put = await failure(admin.request({ method: 'PUT', url: url(admin, id), body: '{}' }));
  expect(put.errorCode).toBe('METHOD_NOT_ALLOWED');
});

test("a report's filter logic naming a filter it does not have is refused when the org loads", () => {
  const filter =
    'filters: [{ field: Status, operator: notEqual, value: "Closed - Converted,Closed - Not Converted" }]\n    columns: [Name, Company, Status, OwnerId]';
  expect(definitionProblems(editedDemoText([filter, `${filter}\n    booleanFilter: "1 AND 2"`]))).toEqual([
    expect.stringMatching(
      /reports\[3\]\.booleanFilter: booleanFilter "1 AND 2": "2" is not the number of one of its 1 condition\(s\)/,
    ),
  ]);
});

test('a run answers its first 2,000 detail rows, and says when that was not all', async () => {
  const many = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      for (let n = 0; n < 2001; n++)
        org.records.push({ object: 'Lead', fields: { LastName: `Many ${n}`, Company: 'Bulk' } });
    }),
  });
  try {
    const conn = await oauthConnection(many, many.admin.username, many.admin.password);
    const id = (
      await conn.query<{ Id: string }>("SELECT Id FROM Report WHERE DeveloperName = 'All_Open_Leads'")
    ).records[0].Id;
    const result = await conn.request<Run & { allData: boolean }>(url(conn, id, '?includeDetails=true'));
    expect(result.allData).toBe(false);
    expect(result.factMap['T!T']?.rows).toHaveLength(2000);
    expect(result.factMap['T!T']?.aggregates[0]?.value).toBeGreaterThan(2000);
    const fewer = await conn.requestPost<Run & { allData: boolean }>(url(conn, id, '?includeDetails=true'), {
      reportMetadata: { reportFilters: [{ column: 'Lead.LastName', operator: 'equals', value: 'Many 7' }] },
    });
    expect(fewer.allData).toBe(true);
    expect(fewer.factMap['T!T']?.rows).toHaveLength(1);
  } finally {
    await many.stop();
  }
});
