import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { emulatorWithAdmin, oauthConnection, SDR } from './helpers';

// Bulk API 1.0 (/services/async/{version}/job) through jsforce's bulk (XML jobs, CSV batches) and plain HTTP
// for the XML and JSON shapes simple-salesforce's bulk reads.
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
  conn.bulk.pollInterval = 20;
});
test.afterAll(async () => emulator?.stop());

async function bulkQuery(connection: Connection, soql: string): Promise<Record<string, string>[]> {
  const stream = await connection.bulk.query(soql);
  return new Promise((resolve, reject) => {
    const records: Record<string, string>[] = [];
    stream.on('record', (record) => records.push(record as Record<string, string>));
    stream.on('end', () => resolve(records));
    stream.on('error', reject);
  });
}

test('bulk.load inserts from records; a row that fails comes back with its error, the others are saved', async () => {
  const results = await conn.bulk.load('Lead', 'insert', [
    { LastName: 'Bulk One', Company: 'Bulk V1 Co' },
    { Company: 'No Name Co' },
  ]);
  expect(results).toHaveLength(2);
  expect(results[0]).toMatchObject({ success: true, created: true, errors: [] });
  expect(results[0].id).toMatch(/^00Q/);
  expect(results[1]).toMatchObject({ success: false, created: false, id: null });
  expect(results[1].errors[0]).toMatch(/^REQUIRED_FIELD_MISSING:Required fields are missing: \[LastName\]/);
  const saved = await conn.query<{ Company: string }>(
    `SELECT Company FROM Lead WHERE Id = '${results[0].id}'`,
  );
  expect(saved.records[0].Company).toBe('Bulk V1 Co');

  const removed = await conn.bulk.load('Lead', 'delete', [{ Id: results[0].id as string }]);
  expect(removed[0]).toMatchObject({ success: true, created: false, id: results[0].id });
  expect((await conn.query(`SELECT Id FROM Lead WHERE Id = '${results[0].id}'`)).totalSize).toBe(0);
});

test('bulk.query returns the rows of the SOQL engine as CSV records, relationship columns included', async () => {
  const rest = await conn.query<{ Company: string }>('SELECT Company FROM Lead ORDER BY Company');
  const rows = await bulkQuery(conn, 'SELECT Company, Owner.Name FROM Lead ORDER BY Company');
  expect(rows.map((row) => row.Company)).toEqual(rest.records.map((row) => row.Company));
  expect(rows[0]['Owner.Name']).toBeTruthy();
});

test('a batch runs as the user: the SDR cannot write a field their profile only reads', async () => {
  const sdr = await oauthConnection(emulator, SDR.username);
  sdr.bulk.pollInterval = 20;
  const results = await sdr.bulk.load('Lead', 'insert', [
    { LastName: 'Scored', Company: 'Score Co', Lead_Score__c: '90' },
  ]);
  expect(results[0].success).toBe(false);
  expect(results[0].errors[0]).toMatch(/^INVALID_FIELD_FOR_INSERT_UPDATE:/);
});

const DATALOAD = 'xmlns="http://www.force.com/2009/06/asyncapi/dataload"';

test('plain HTTP: XML job and batch shapes, Queued then Completed, CSV results, a closed job takes no batch', async () => {
  const { request, token } = inProcessEmulator();
  const session = { 'X-SFDC-Session': await token() };
  const base = '/services/async/62.0';
  const created = await request(`${base}/job`, {
    method: 'POST',
    headers: { ...session, 'Content-Type': 'application/xml; charset=UTF-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?><jobInfo ${DATALOAD}><operation>insert</operation><object>Lead</object><contentType>CSV</contentType></jobInfo>`,
  });
  expect(created.status).toBe(201);
  const jobXml = await created.text();
  expect(jobXml).toContain(`<jobInfo ${DATALOAD}><id>750`);
  expect(jobXml).toMatch(
    /<operation>insert<\/operation><object>Lead<\/object><createdById>005\w+<\/createdById><createdDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/createdDate>/,
  );
  expect(jobXml).toContain(
    '<state>Open</state><concurrencyMode>Parallel</concurrencyMode><contentType>CSV</contentType>',
  );
  expect(jobXml).toContain('<apiVersion>62.0</apiVersion>');
  const jobId = /<id>(\w+)<\/id>/.exec(jobXml)?.[1];

  const batch = await request(`${base}/job/${jobId}/batch`, {
    method: 'POST',
    headers: { ...session, 'Content-Type': 'text/csv' },
    body: 'LastName,Company\nPlain One,Plain Co\n,Nameless Co\n',
  });
  expect(batch.status).toBe(201);
  const batchXml = await batch.text();
  expect(batchXml).toMatch(
    new RegExp(`<batchInfo ${DATALOAD}><id>751\\w+</id><jobId>${jobId}</jobId><state>Queued</state>`),
  );
  const batchId = /<id>(\w+)<\/id>/.exec(batchXml)?.[1];
  const info = await (await request(`${base}/job/${jobId}/batch/${batchId}`, { headers: session })).text();
  expect(info).toContain('<state>Completed</state>');
  expect(info).toContain(
    '<numberRecordsProcessed>2</numberRecordsProcessed><numberRecordsFailed>1</numberRecordsFailed>',
  );

  const result = await request(`${base}/job/${jobId}/batch/${batchId}/result`, { headers: session });
  expect(result.headers.get('content-type')).toContain('text/csv');
  const lines = (await result.text()).trim().split('\n');
  expect(lines[0]).toBe('"Id","Success","Created","Error"');
  expect(lines[1]).toMatch(/^"00Q\w{15}","true","true",""$/);
  expect(lines[2]).toMatch(
    /^"","false","false","REQUIRED_FIELD_MISSING:Required fields are missing: \[LastName\]/,
  );

  const closed = await request(`${base}/job/${jobId}`, {
    method: 'POST',
    headers: { ...session, 'Content-Type': 'application/xml' },
    body: `<jobInfo ${DATALOAD}><state>Closed</state></jobInfo>`,
  });
  const closedXml = await closed.text();
  expect(closedXml).toContain('<state>Closed</state>');
  expect(closedXml).toContain('<numberBatchesCompleted>1</numberBatchesCompleted>');
  expect(closedXml).toContain('<numberRecordsProcessed>2</numberRecordsProcessed>');
  expect(closedXml).toContain('<numberRecordsFailed>1</numberRecordsFailed>');
  const late = await request(`${base}/job/${jobId}/batch`, {
    method: 'POST',
    headers: { ...session, 'Content-Type': 'text/csv' },
    body: 'LastName\nLate\n',
  });
  expect(late.status).toBe(400);
  expect(await late.text()).toContain('<exceptionCode>InvalidJobState</exceptionCode>');
});

/** Bulk API 1.0 over plain HTTP in JSON, as the admin: each call answers the parsed JSON body. */
async function jsonBulk() {
  const { request, token } = inProcessEmulator();
  const headers = { 'X-SFDC-Session': await token(), 'Content-Type': 'application/json' };
  const call = async <T = Record<string, unknown>>(path: string, init: RequestInit = {}) =>
    (await (await request(`/services/async/62.0${path}`, { headers, ...init })).json()) as T;
  return {
    request,
    headers,
    call,
    queryJob: () =>
      call('/job', {
        method: 'POST',
        body: JSON.stringify({ operation: 'query', object: 'Lead', contentType: 'JSON' }),
      }),
    addBatch: (jobId: unknown, soql: string) => call(`/job/${jobId}/batch`, { method: 'POST', body: soql }),
  };
}

test('plain HTTP: a JSON job answers JSON — query result ids, then records with attributes', async () => {
  const { call, queryJob, addBatch } = await jsonBulk();
  const job = await queryJob();
  expect(job).toMatchObject({
    operation: 'query',
    object: 'Lead',
    state: 'Open',
    contentType: 'JSON',
    apiVersion: 62,
  });
  const batch = await addBatch(job.id, 'SELECT Id, Company FROM Lead');
  expect(batch).toMatchObject({ jobId: job.id, state: 'Queued' });
  const done = await call(`/job/${job.id}/batch/${batch.id}`);
  expect(done.state).toBe('Completed');
  const ids = await call<string[]>(`/job/${job.id}/batch/${batch.id}/result`);
  expect(ids).toHaveLength(1);
  expect(ids[0]).toMatch(/^752/);
  const records = await call<Record<string, unknown>[]>(`/job/${job.id}/batch/${batch.id}/result/${ids[0]}`);
  expect(records.length).toBe(done.numberRecordsProcessed);
  expect(records[0]).toMatchObject({ attributes: { type: 'Lead' } });
  expect(records[0].Id).toMatch(/^00Q/);
});

test('plain HTTP: a bad session is 400 InvalidSessionId; a bad query fails its batch with a stateMessage; XML batches are refused by name', async () => {
  const { request, headers, call, queryJob, addBatch } = await jsonBulk();
  const base = '/services/async/62.0';
  const bad = await request(`${base}/job`, {
    method: 'POST',
    headers: { 'X-SFDC-Session': 'nope', 'Content-Type': 'application/xml' },
    body: `<jobInfo ${DATALOAD}><operation>insert</operation><object>Lead</object></jobInfo>`,
  });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain(
    `<error ${DATALOAD}><exceptionCode>InvalidSessionId</exceptionCode><exceptionMessage>Invalid session id</exceptionMessage></error>`,
  );

  const xmlJob = await request(`${base}/job`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ operation: 'insert', object: 'Lead', contentType: 'XML' }),
  });
  expect(xmlJob.status).toBe(400);
  expect(await xmlJob.json()).toEqual({
    exceptionCode: 'InvalidJob',
    exceptionMessage: expect.stringContaining('contentType XML is not emulated'),
  });

  const job = await queryJob();
  const batch = await addBatch(job.id, 'SELECT NoSuchField__c FROM Lead');
  const failed = await call(`/job/${job.id}/batch/${batch.id}`);
  expect(failed.state).toBe('Failed');
  expect(failed.stateMessage).toMatch(
    /^INVALID_FIELD : [\s\S]*No such column 'NoSuchField__c' on entity 'Lead'/,
  );
});
