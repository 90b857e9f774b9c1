import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator';
import { sfDateTime } from '../../emulator/model/store';
import { inProcessEmulator, metadataEnvelope } from './api-in-process-helpers';
import { API_VERSION, emulatorWithAdmin, failure, oauthConnection, SDR } from './helpers';

// Sync (updated / deleted), SOSL search, recent items, describe layouts, Tooling describe and the Apex
// answers, through jsforce and plain HTTP.
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
});
test.afterAll(async () => emulator?.stop());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

test('updated / deleted through jsforce: the shapes sync tools read', async () => {
  const updated = await conn.sobject('Lead').updated(minutesAgo(60), new Date());
  expect(Array.isArray(updated.ids)).toBe(true);
  expect(updated.latestDateCovered).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000\+0000$/);
  const deleted = await conn.sobject('Lead').deleted(minutesAgo(60), new Date());
  expect(deleted).toMatchObject({ deletedRecords: expect.any(Array) });
  expect(deleted.earliestDateAvailable).toMatch(/\+0000$/);
  const inverted = await failure(conn.sobject('Lead').updated(new Date(), minutesAgo(60)));
  expect(inverted.errorCode).toBe('INVALID_REPLICATION_DATE');
});

test('updated / deleted list records by SystemModstamp in the window, as the user may see them', async () => {
  const { api, token, state } = inProcessEmulator();
  const admin = await token();
  const create = async (fields: Record<string, string>) =>
    (
      (await (
        await api(admin, '/services/data/v62.0/sobjects/Lead', { method: 'POST', json: fields })
      ).json()) as { id: string }
    ).id;
  const synced = await create({ LastName: 'Synced', Company: 'Sync Co' });
  // Closed leads are outside the "open leads to the sales team" sharing rule: the SDR cannot see this one.
  const hidden = await create({ LastName: 'Hidden', Company: 'Hidden Co', Status: 'Closed - Not Converted' });
  const gone = await create({ LastName: 'Gone', Company: 'Gone Co' });
  await api(admin, `/services/data/v62.0/sobjects/Lead/${gone}`, { method: 'DELETE' });
  // The three changes ten minutes ago, inside a window that ends five minutes ago.
  const stamp = sfDateTime(minutesAgo(10));
  for (const id of [synced, hidden, gone]) {
    const row = state.store.get('Lead', id);
    if (row) row.SystemModstamp = stamp;
  }
  const window = `start=${encodeURIComponent(minutesAgo(20).toISOString())}&end=${encodeURIComponent(minutesAgo(5).toISOString())}`;
  const updated = (await (
    await api(admin, `/services/data/v62.0/sobjects/Lead/updated/?${window}`)
  ).json()) as { ids: string[] };
  expect(updated.ids).toEqual([synced, hidden]);
  const deleted = await (await api(admin, `/services/data/v62.0/sobjects/Lead/deleted/?${window}`)).json();
  expect(deleted).toMatchObject({ deletedRecords: [{ id: gone, deletedDate: stamp }] });

  const sdr = await token(SDR.username);
  const sdrSees = (await (
    await api(
      sdr,
      `/services/data/v62.0/query?q=${encodeURIComponent(`SELECT Id FROM Lead WHERE Id IN ('${synced}', '${hidden}')`)}`,
    )
  ).json()) as { records: { Id: string }[] };
  expect(sdrSees.records.map((record) => record.Id)).toEqual([synced]);
  const sdrUpdated = (await (
    await api(sdr, `/services/data/v62.0/sobjects/Lead/updated/?${window}`)
  ).json()) as { ids: string[] };
  expect(sdrUpdated.ids).toEqual([synced]);
  const missing = await api(admin, '/services/data/v62.0/sobjects/Lead/updated/');
  expect(missing.status).toBe(400);
});

test('SOSL search: FIND … RETURNING with fields, WHERE and LIMIT; IN EMAIL FIELDS; FLS and sharing apply', async () => {
  const found = await conn.search(
    'FIND {Globex} IN ALL FIELDS RETURNING Lead(Company, Rating), Account(Name)',
  );
  expect(found.searchRecords.length).toBeGreaterThan(0);
  expect(found.searchRecords[0]).toMatchObject({ attributes: { type: 'Lead' }, Company: 'Globex' });
  const none = await conn.search("FIND {Globex} RETURNING Lead(Company WHERE Rating = 'Nope')");
  expect(none.searchRecords).toEqual([]);
  const wildcard = await conn.search('FIND {Glob*} RETURNING Lead(Id LIMIT 1)');
  expect(wildcard.searchRecords).toHaveLength(1);
  const byEmail = await conn.search('FIND {acme-demo} IN EMAIL FIELDS RETURNING Lead(Email)');
  for (const record of byEmail.searchRecords) expect(String(record.Email)).toContain('acme-demo');
  // Internal_Revenue__c is hidden from the SDR: searching for it as the SDR cannot name the field.
  const sdr = await oauthConnection(emulator, SDR.username);
  expect((await failure(sdr.search('FIND {Globex} RETURNING Lead(Internal_Revenue__c)'))).errorCode).toBe(
    'INVALID_FIELD',
  );
  expect((await failure(conn.search('FIND Globex'))).errorCode).toBe('MALFORMED_SEARCH');
  expect((await failure(conn.search('FIND {a}'))).errorCode).toBe('MALFORMED_SEARCH');
});

test('recent: records with attributes, Id and Name, newest first, at most limit', async () => {
  const recent = (await conn.recent(3)) as unknown as {
    attributes: { type: string };
    Id: string;
    Name: string;
  }[];
  expect(recent).toHaveLength(3);
  for (const item of recent) {
    expect(item.attributes.type).toBeTruthy();
    expect(item.Id).toMatch(/^[a-zA-Z0-9]{18}$/);
    expect(item).toHaveProperty('Name');
  }
});

test('describe/layouts: the SDR layout after field-level security, with record type mappings', async () => {
  type Layouts = {
    layouts: {
      id: string;
      detailLayoutSections: {
        heading: string;
        columns: number;
        layoutRows: {
          layoutItems: {
            label: string;
            required: boolean;
            editableForUpdate: boolean;
            layoutComponents: { value: string }[];
          }[];
        }[];
      }[];
    }[];
    recordTypeMappings: { master: boolean; layoutId: string; available: boolean }[];
  };
  const sdr = await oauthConnection(emulator, SDR.username);
  const described = await sdr.request<Layouts>(
    `/services/data/v${API_VERSION}/sobjects/Lead/describe/layouts`,
  );
  expect(described.layouts).toHaveLength(1);
  const fields = described.layouts[0].detailLayoutSections.flatMap((section) =>
    section.layoutRows.flatMap((row) => row.layoutItems.map((item) => item.layoutComponents[0].value)),
  );
  expect(fields).toContain('Lead_Score__c');
  expect(fields).not.toContain('Internal_Revenue__c');
  const items = described.layouts[0].detailLayoutSections.flatMap((section) =>
    section.layoutRows.flatMap((row) => row.layoutItems),
  );
  const score = items.find((item) => item.layoutComponents[0].value === 'Lead_Score__c');
  expect(score?.editableForUpdate).toBe(false);
  expect(items.find((item) => item.layoutComponents[0].value === 'Status')?.required).toBe(true);
  expect(described.recordTypeMappings).toEqual([
    expect.objectContaining({ master: true, available: true, layoutId: described.layouts[0].id }),
  ]);
  // The layout id is the one the Tooling API and the Metadata API give the SDR's lead layout.
  const rows = await conn.tooling.query<{ LayoutId: string }>(
    "SELECT LayoutId FROM ProfileLayout WHERE TableEnumOrId = 'Lead' AND Profile.Name = 'Sales Development Rep'",
  );
  expect(rows.records[0].LayoutId).toBe(described.layouts[0].id);
});

test('describe/layouts: record type mappings (jsforce layouts()) and one layout per record type id', async () => {
  const ae = await oauthConnection(emulator, 'ava.ae@acme-demo.example');
  const all = (await ae.sobject('Opportunity').layouts()) as unknown as {
    layouts: { id: string }[];
    recordTypeMappings: {
      developerName: string;
      available: boolean;
      defaultRecordTypeMapping: boolean;
      master: boolean;
      recordTypeId: string;
    }[];
    recordTypeSelectorRequired: boolean[];
  };
  expect(
    all.recordTypeMappings.map((mapping) => [
      mapping.developerName,
      mapping.available,
      mapping.defaultRecordTypeMapping,
    ]),
  ).toEqual([
    ['New_Business', true, true],
    ['Renewal', true, false],
    ['Master', false, false],
  ]);
  expect(all.recordTypeSelectorRequired).toEqual([true]);
  const renewal = all.recordTypeMappings.find((mapping) => mapping.developerName === 'Renewal');
  const stages = (
    renewal as unknown as {
      picklistsForRecordType: { picklistName: string; picklistValues: { value: string }[] }[];
    }
  ).picklistsForRecordType.find((picklist) => picklist.picklistName === 'StageName');
  // The demo's Renewal record type offers a subset of the stages (no Prospecting).
  expect(stages?.picklistValues.map((value) => value.value)).toEqual([
    'Qualification',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost',
  ]);
  // jsforce's layouts(name) asks for named layouts; a record type's layout is describe/layouts/{recordTypeId}.
  const one = await ae.request<{ id: string; detailLayoutSections: unknown[] }>(
    `/services/data/v${API_VERSION}/sobjects/Opportunity/describe/layouts/${renewal?.recordTypeId}`,
  );
  expect(all.layouts.map((layout) => layout.id)).toContain(one.id);
  expect(one.detailLayoutSections.length).toBeGreaterThan(0);
});

test('Tooling: sobjects/ProfileLayout/describe and query columns', async () => {
  const describe = await conn.tooling.sobject('ProfileLayout').describe();
  expect(describe.name).toBe('ProfileLayout');
  expect(describe.fields.map((field) => field.name)).toEqual([
    'Id',
    'TableEnumOrId',
    'LayoutId',
    'ProfileId',
    'RecordTypeId',
  ]);
  const columns = await conn.request<{
    columnMetadata: { columnName: string; joinColumns: { columnName: string }[] }[];
  }>(
    `/services/data/v${API_VERSION}/tooling/query?q=${encodeURIComponent('SELECT Id, Layout.Name FROM ProfileLayout')}&columns=true`,
  );
  expect(
    columns.columnMetadata.map((column) => [
      column.columnName,
      column.joinColumns.map((join) => join.columnName),
    ]),
  ).toEqual([
    ['Id', []],
    ['Layout', ['Name']],
  ]);
  // The CLI reads this answer for SourceMember as "this sandbox has no source tracking".
  const sourceMember = await failure(conn.tooling.sobject('SourceMember').describe());
  expect([sourceMember.errorCode, sourceMember.message]).toEqual([
    'NOT_FOUND',
    'The requested resource does not exist',
  ]);
});

test('Apex is not emulated: executeAnonymous does not compile and says why; runTests is a clear error', async () => {
  const result = await conn.tooling.executeAnonymous('System.debug(1);');
  expect(result).toMatchObject({ compiled: false, success: false });
  expect(result.compileProblem).toContain('Apex is not emulated');
  const tests = await failure(
    conn.requestPost(`/services/data/v${API_VERSION}/tooling/runTestsSynchronous`, {
      tests: [{ className: 'MyTest' }],
    }),
  );
  expect(tests.errorCode).toBe('INVALID_OPERATION');
  expect(tests.message).toContain('Apex is not emulated');
  const asGet = await failure(conn.request(`/services/data/v${API_VERSION}/tooling/runTestsAsynchronous`));
  expect([asGet.errorCode, asGet.message]).toEqual([
    'METHOD_NOT_ALLOWED',
    "HTTP Method 'GET' not allowed. Allowed are POST",
  ]);

  const { request, token, state } = inProcessEmulator();
  const soap = await request(`/services/Soap/s/62.0/${state.orgId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml', SOAPAction: '""' },
    body: metadataEnvelope(
      await token(),
      '<executeAnonymous><String>System.debug(1);</String></executeAnonymous>',
    ),
  });
  expect(soap.status).toBe(200);
  const text = await soap.text();
  expect(text).toContain('<compiled>false</compiled>');
  expect(text).toContain('<debugLog>Apex is not emulated');
  const runTests = await request('/services/Soap/s/62.0', {
    method: 'POST',
    body: metadataEnvelope(await token(), '<runTests><RunTestsRequest/></runTests>'),
  });
  expect(runTests.status).toBe(500);
  expect(await runTests.text()).toContain('Apex is not emulated');
});
