import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { emulatorWithAdmin, oauthConnection, SDR } from './helpers';

// Bulk API 2.0 (jobs/query, jobs/ingest) through jsforce's bulk2, as `sf data export bulk` / `import bulk`
// and simple-salesforce's bulk2 use it; plain HTTP for the job shapes and CSV.
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
  conn.bulk2.pollInterval = 20;
});
test.afterAll(async () => emulator?.stop());

test('bulk2.query returns the rows of the SOQL engine, relationship columns included', async () => {
  const rest = await conn.query<{ Company: string }>('SELECT Company FROM Lead ORDER BY Company');
  const stream = await conn.bulk2.query('SELECT Company, Owner.Name FROM Lead ORDER BY Company');
  const rows = (await stream.toArray()) as Record<string, string>[];
  expect(rows.map((row) => row.Company)).toEqual(rest.records.map((row) => row.Company));
  expect(rows[0]).toHaveProperty(['Owner.Name']);
});

test('bulk2.loadAndWaitForResults inserts from CSV; failures come back per row with sf__Error', async () => {
  const results = await conn.bulk2.loadAndWaitForResults({
    object: 'Lead',
    operation: 'insert',
    input:
      'LastName,Company,Status\nBulk One,Bulk Co,Open - Not Contacted\n,No Name Co,Open - Not Contacted\n',
  });
  expect(results.successfulResults).toHaveLength(1);
  expect(results.successfulResults[0]).toMatchObject({ sf__Created: 'true', LastName: 'Bulk One' });
  expect(results.successfulResults[0].sf__Id).toMatch(/^00Q/);
  expect(results.failedResults).toHaveLength(1);
  expect(results.failedResults[0].sf__Error).toMatch(
    /^REQUIRED_FIELD_MISSING:Required fields are missing: \[LastName\]/,
  );
  const saved = await conn.query(
    `SELECT Company FROM Lead WHERE Id = '${results.successfulResults[0].sf__Id}'`,
  );
  expect(saved.records[0]).toMatchObject({ Company: 'Bulk Co' });

  const removed = await conn.bulk2.loadAndWaitForResults({
    object: 'Lead',
    operation: 'delete',
    input: `Id\n${results.successfulResults[0].sf__Id}\n`,
  });
  expect(removed.successfulResults[0]).toMatchObject({ sf__Created: 'false' });
  expect(
    (await conn.query(`SELECT Id FROM Lead WHERE Id = '${results.successfulResults[0].sf__Id}'`)).totalSize,
  ).toBe(0);
});

test('ingest runs as the user: the SDR cannot write a field their profile only reads', async () => {
  const sdr = await oauthConnection(emulator, SDR.username);
  sdr.bulk2.pollInterval = 20;
  const results = await sdr.bulk2.loadAndWaitForResults({
    object: 'Lead',
    operation: 'insert',
    input: 'LastName,Company,Lead_Score__c\nScored,Score Co,90\n',
  });
  expect(results.successfulResults).toHaveLength(0);
  expect(results.failedResults[0].sf__Error).toMatch(/^INVALID_FIELD_FOR_INSERT_UPDATE:/);
});

test('plain HTTP: query job shapes, CSV pages chained by Sforce-Locator, limits count the job', async () => {
  const { api, token } = inProcessEmulator();
  const sid = await token();
  const base = '/services/data/v62.0';
  const created = await api(sid, `${base}/jobs/query`, {
    method: 'POST',
    json: { operation: 'query', query: 'SELECT Id, Company FROM Lead' },
  });
  expect(created.status).toBe(200);
  const job = (await created.json()) as Record<string, unknown>;
  expect(job).toMatchObject({
    operation: 'query',
    object: 'Lead',
    state: 'UploadComplete',
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: 62,
    lineEnding: 'LF',
    columnDelimiter: 'COMMA',
  });
  expect(job.id).toMatch(/^750/);
  const info = (await (await api(sid, `${base}/jobs/query/${job.id}`)).json()) as Record<string, unknown>;
  expect(info).toMatchObject({ state: 'JobComplete', jobType: 'V2Query', retries: 0 });
  const total = info.numberRecordsProcessed as number;
  expect(total).toBeGreaterThan(2);

  const first = await api(sid, `${base}/jobs/query/${job.id}/results?maxRecords=2`);
  expect(first.headers.get('content-type')).toContain('text/csv');
  expect(first.headers.get('sforce-numberofrecords')).toBe('2');
  const locator = first.headers.get('sforce-locator') ?? 'null';
  expect(locator).not.toBe('null');
  expect((await first.text()).split('\n')[0]).toBe('"Id","Company"');
  const rest = await api(sid, `${base}/jobs/query/${job.id}/results?locator=${locator}`);
  expect(rest.headers.get('sforce-locator')).toBe('null');
  expect(Number(rest.headers.get('sforce-numberofrecords'))).toBe(total - 2);

  const limits = (await (await api(sid, `${base}/limits`)).json()) as Record<
    string,
    { Max: number; Remaining: number }
  >;
  expect(limits.DailyBulkV2QueryJobs.Max - limits.DailyBulkV2QueryJobs.Remaining).toBe(1);

  const bad = await api(sid, `${base}/jobs/query`, {
    method: 'POST',
    json: { operation: 'query', query: 'SELECT Nope FROM Lead' },
  });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { errorCode: string }[])[0].errorCode).toBe('INVALID_FIELD');
  const other = await api(await token(SDR.username), `${base}/jobs/query/${job.id}`);
  expect(other.status).toBe(404);
});

test('plain HTTP: ingest job from Open to JobComplete, with its contentUrl and counts', async () => {
  const { api, token } = inProcessEmulator();
  const sid = await token();
  const base = '/services/data/v62.0';
  const job = (await (
    await api(sid, `${base}/jobs/ingest`, {
      method: 'POST',
      json: { object: 'Account', operation: 'insert', lineEnding: 'LF' },
    })
  ).json()) as Record<string, string>;
  expect(job).toMatchObject({
    state: 'Open',
    operation: 'insert',
    object: 'Account',
    contentUrl: `services/data/v62.0/jobs/ingest/${job.id}/batches`,
  });
  const upload = await api(sid, `/${job.contentUrl}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/csv' },
    body: 'Name\nBulk Account A\nBulk Account B\n',
  });
  expect(upload.status).toBe(201);
  const closed = await api(sid, `${base}/jobs/ingest/${job.id}`, {
    method: 'PATCH',
    json: { state: 'UploadComplete' },
  });
  expect(closed.status).toBe(200);
  const info = (await (await api(sid, `${base}/jobs/ingest/${job.id}`)).json()) as Record<string, unknown>;
  expect(info).toMatchObject({
    state: 'JobComplete',
    jobType: 'V2Ingest',
    numberRecordsProcessed: 2,
    numberRecordsFailed: 0,
  });
  const successful = await (await api(sid, `${base}/jobs/ingest/${job.id}/successfulResults`)).text();
  expect(successful.split('\n')[0]).toBe('"sf__Id","sf__Created","Name"');
  const unknownOperation = await api(sid, `${base}/jobs/ingest`, {
    method: 'POST',
    json: { object: 'Account', operation: 'merge' },
  });
  expect(((await unknownOperation.json()) as { errorCode: string }[])[0].errorCode).toBe('INVALIDJOB');
});
