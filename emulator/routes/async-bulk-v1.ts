import { stringify } from 'csv-stringify/sync';
import { type Context, Hono } from 'hono';
import {
  readJobInfo,
  type Wire,
  type WireBody,
  wireError,
  wireList,
  wireObject,
  wireResultList,
} from '../api/bulk-v1-wire';
import { SalesforceError } from '../api/errors';
import { apiSession } from '../api/session-auth';
import { servedVersions } from '../api/versions';
import { hasPermission } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import { jobHeader } from './bulk-jobs';
import { BulkV1Jobs, bulkErrorText, rowErrors, type V1Batch, type V1Job, v1Error } from './bulk-v1-jobs';

type Env = { Variables: { user: OrgUser; version: string; wire: Wire } };

/**
 * /services/async/{version}/job…: Bulk API 1.0 (Bulk API Developer Guide). The session comes in the
 * X-SFDC-Session header; a bad one is 400 InvalidSessionId (what jsforce's bulk tests for before logging in
 * again). Answers are XML, or JSON for a JSON job or a JSON request; batch results follow the batch's format.
 */
export function asyncBulkV1Routes(state: OrgState): Hono<Env> {
  const api = new Hono<Env>();
  const jobs = new BulkV1Jobs(state);
  const answer = (c: Context<Env>, body: WireBody, status: 200 | 201 = 200) =>
    c.body(body.text, status, { 'Content-Type': body.contentType });

  api.onError((error, c) => {
    const wire = c.get('wire') ?? requestWire(c);
    if (!(error instanceof SalesforceError)) throw error;
    const body = wireError(wire, error.errorCode, error.message);
    return c.body(body.text, 400, { 'Content-Type': body.contentType });
  });
  api.notFound((c) => {
    const body = wireError(requestWire(c), 'InvalidUrl', `Unknown Bulk API resource: ${c.req.path}`);
    return c.body(body.text, 404, { 'Content-Type': body.contentType });
  });

  api.use('/:version/*', async (c, next) => {
    c.set('wire', requestWire(c));
    const version = c.req.param('version');
    if (!servedVersions(state).includes(version))
      throw v1Error('InvalidVersion', `Invalid API version: ${version}`);
    const token =
      c.req.header('x-sfdc-session') ?? /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const live = apiSession(state, token);
    if (!live) throw v1Error('InvalidSessionId', 'Invalid session id');
    if (!hasPermission(live.user, 'ApiEnabled'))
      throw v1Error('InvalidSessionId', 'API is disabled for this User');
    c.set('user', live.user);
    c.set('version', version);
    state.apiCalls++;
    await next();
  });

  api.post('/:version/job', async (c) => {
    const info = readJobInfo(c.get('wire'), await c.req.text());
    if (!info) throw v1Error('InvalidJob', 'The request body is not a jobInfo');
    const job = jobs.create(c.get('user'), info, c.get('version'));
    return answer(c, wireObject(jobWire(job), 'jobInfo', jobFields(job)), 201);
  });
  api.get('/:version/job/:jobId', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    return answer(c, wireObject(jobWire(job), 'jobInfo', jobFields(job)));
  });
  api.post('/:version/job/:jobId', async (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const info = readJobInfo(c.get('wire'), await c.req.text());
    jobs.setState(job, info?.state);
    return answer(c, wireObject(jobWire(job), 'jobInfo', jobFields(job)));
  });

  api.post('/:version/job/:jobId/batch', async (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const batch = jobs.add(job, c.get('user'), await c.req.text());
    return answer(c, wireObject(jobWire(job), 'batchInfo', batchFields(job, batch)), 201);
  });
  api.get('/:version/job/:jobId/batch', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const infos = job.batches.map((batch) => batchFields(job, batch));
    return answer(c, wireList(jobWire(job), 'batchInfoList', 'batchInfo', infos));
  });
  api.get('/:version/job/:jobId/batch/:batchId', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    return answer(
      c,
      wireObject(jobWire(job), 'batchInfo', batchFields(job, jobs.batch(job, c.req.param('batchId')))),
    );
  });
  api.get('/:version/job/:jobId/batch/:batchId/request', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const batch = jobs.batch(job, c.req.param('batchId'));
    return c.body(batch.request, 200, { 'Content-Type': dataContentType(job) });
  });
  api.get('/:version/job/:jobId/batch/:batchId/result', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const batch = jobs.batch(job, c.req.param('batchId'));
    if (batch.state !== 'Completed')
      throw v1Error('InvalidBatch', `Batch not completed: it is ${batch.state}`);
    if (batch.queryResult) return answer(c, wireResultList(jobWire(job), [batch.queryResult.id]));
    if (job.contentType === 'JSON') {
      const rows = batch.rows.map((row) => ({
        success: row.success,
        created: row.created,
        id: row.id,
        errors: rowErrors(row),
      }));
      return c.json(rows);
    }
    const rows = batch.rows.map((row) => [
      row.id ?? '',
      String(row.success),
      String(row.created),
      row.error ? bulkErrorText(row.error) : '',
    ]);
    // Every cell quoted, empty ones too, as the guide's example: "003x0000004ouM4AAI","true","true","".
    const csv = stringify([['Id', 'Success', 'Created', 'Error'], ...rows], {
      quoted: true,
      quoted_empty: true,
    });
    return c.body(csv, 200, { 'Content-Type': 'text/csv' });
  });
  api.get('/:version/job/:jobId/batch/:batchId/result/:resultId', (c) => {
    const job = jobs.find(c.get('user'), c.req.param('jobId'));
    const batch = jobs.batch(job, c.req.param('batchId'));
    if (batch.queryResult?.id !== c.req.param('resultId')) {
      throw v1Error('InvalidBatch', `Invalid result id: ${c.req.param('resultId')}`);
    }
    return c.body(batch.queryResult.text, 200, { 'Content-Type': dataContentType(job) });
  });
  return api;
}

function requestWire(c: Context): Wire {
  return /json/i.test(c.req.header('content-type') ?? '') ? 'json' : 'xml';
}

const jobWire = (job: V1Job): Wire => (job.contentType === 'JSON' ? 'json' : 'xml');

const dataContentType = (job: V1Job) => (job.contentType === 'JSON' ? 'application/json' : 'text/csv');

/** jobInfo in the guide's element order; counts from the job's batches. */
function jobFields(job: V1Job) {
  const reported = (state: V1Batch['state']) =>
    job.batches.filter((batch) => batch.reported && batch.state === state).length;
  const rows = job.batches.flatMap((batch) => batch.rows);
  return {
    ...jobHeader(job),
    externalIdFieldName: job.externalIdFieldName ?? undefined,
    concurrencyMode: 'Parallel',
    contentType: job.contentType,
    numberBatchesQueued: job.batches.filter((batch) => !batch.reported).length,
    numberBatchesInProgress: 0,
    numberBatchesCompleted: reported('Completed'),
    numberBatchesFailed: reported('Failed'),
    numberBatchesTotal: job.batches.length,
    numberRecordsProcessed: rows.length,
    numberRetries: 0,
    apiVersion: job.contentType === 'JSON' ? Number(job.apiVersion) : job.apiVersion,
    numberRecordsFailed: rows.filter((row) => !row.success).length,
    totalProcessingTime: 0,
    apiActiveProcessingTime: 0,
    apexProcessingTime: 0,
  };
}

/** batchInfo: Queued when added, then how it ended (it ran at once). */
function batchFields(job: V1Job, batch: V1Batch) {
  const reported = batch.reported;
  batch.reported = true;
  return {
    id: batch.id,
    jobId: job.id,
    state: reported ? batch.state : 'Queued',
    stateMessage: reported ? batch.stateMessage : undefined,
    createdDate: batch.createdDate,
    systemModstamp: batch.systemModstamp,
    numberRecordsProcessed: reported ? batch.rows.length : 0,
    numberRecordsFailed: reported ? batch.rows.filter((row) => !row.success).length : 0,
    totalProcessingTime: 0,
    apiActiveProcessingTime: 0,
    apexProcessingTime: 0,
  };
}
