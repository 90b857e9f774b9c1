import { type Context, Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { malformedJson, SalesforceError } from '../api/errors';
import { type BulkJobs, csvOf, type IngestJob, jobInfo, type QueryJob } from './bulk-jobs';

// Bulk API 2.0 caps a job's upload at 150 MB (Bulk API 2.0 Developer Guide, "Limits"); the emulator at 20 MB.
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * /services/data/vXX.X/jobs/query and /jobs/ingest: Bulk API 2.0 as jsforce's bulk2, `sf data export bulk` /
 * `import bulk` and simple-salesforce's bulk2 drive it. Results are CSV; a query's pages are cut by
 * `maxRecords` and chained with the Sforce-Locator header ("null" on the last page).
 */
export function bulkV2Routes(jobs: BulkJobs): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const owned = <T extends QueryJob | IngestJob>(c: Context<ApiEnv>, job: T): T => {
    if (job.userId !== c.get('user').id)
      throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
    return job;
  };

  api.post('/query', async (c) => {
    const job = jobs.createQuery(c.get('user'), await jsonObject(c.req.raw), c.get('version'));
    return c.json(jobInfo(job, c.get('version'), false), 200);
  });
  api.post('/ingest', async (c) => {
    const job = jobs.createIngest(c.get('user'), await jsonObject(c.req.raw), c.get('version'));
    return c.json(jobInfo(job, c.get('version'), false), 200);
  });

  for (const kind of ['query', 'ingest'] as const) {
    api.get(`/${kind}`, (c) =>
      c.json({
        done: true,
        records: [...jobs.jobs.values()]
          .filter((job) => job.kind === kind && job.userId === c.get('user').id)
          .map((job) => jobInfo(job, c.get('version'), false)),
        nextRecordsUrl: null,
      }),
    );
    api.get(`/${kind}/:id`, (c) => {
      const job = owned(c, jobs.find(kind, c.req.param('id')));
      // A query job has run by the time anyone asks.
      if (job.kind === 'query' && job.state === 'UploadComplete') job.state = 'JobComplete';
      return c.json(jobInfo(job, c.get('version'), true));
    });
    api.patch(`/${kind}/:id`, async (c) => {
      const job = owned(c, jobs.find(kind, c.req.param('id')));
      const wanted = (await jsonObject(c.req.raw)).state;
      if (wanted === 'Aborted' && job.state !== 'JobComplete') job.state = 'Aborted';
      else if (wanted === 'UploadComplete' && job.kind === 'ingest' && job.state === 'Open') {
        job.state = 'UploadComplete';
        jobs.process(job, c.get('user'));
      } else {
        throw new SalesforceError(
          400,
          'INVALIDJOBSTATE',
          `Cannot change the state of a ${job.state} job to ${String(wanted)}`,
        );
      }
      return c.json(jobInfo(job, c.get('version'), false));
    });
    api.delete(`/${kind}/:id`, (c) => {
      const job = owned(c, jobs.find(kind, c.req.param('id')));
      if (job.state === 'Open' || job.state === 'UploadComplete' || job.state === 'InProgress') {
        throw new SalesforceError(
          400,
          'INVALIDJOBSTATE',
          'Only jobs that are complete, failed or aborted can be deleted',
        );
      }
      jobs.jobs.delete(job.id);
      return c.body(null, 204);
    });
  }

  api.get('/query/:id/results', (c) => {
    const job = owned(c, jobs.find('query', c.req.param('id'))) as QueryJob;
    if (job.state === 'UploadComplete') job.state = 'JobComplete';
    if (job.state !== 'JobComplete')
      throw new SalesforceError(400, 'INVALIDJOBSTATE', `The job is ${job.state}`);
    const offset = Number(Buffer.from(c.req.query('locator') ?? '', 'base64url').toString() || '0');
    const max = Number(c.req.query('maxRecords') ?? job.rows.length) || job.rows.length;
    const page = job.rows.slice(offset, offset + max);
    const next = offset + page.length;
    c.header('Sforce-NumberOfRecords', String(page.length));
    c.header(
      'Sforce-Locator',
      next < job.rows.length ? Buffer.from(String(next)).toString('base64url') : 'null',
    );
    return c.body(csvOf(job.header, page, job), 200, { 'Content-Type': 'text/csv' });
  });

  api.put('/ingest/:id/batches', async (c) => {
    const job = owned(c, jobs.find('ingest', c.req.param('id'))) as IngestJob;
    if (job.state !== 'Open')
      throw new SalesforceError(400, 'INVALIDJOBSTATE', 'Data can only be uploaded to an Open job');
    const text = await c.req.text();
    if (job.data.join('\n').length + text.length > MAX_UPLOAD_BYTES) {
      throw new SalesforceError(400, 'API_ERROR', 'The upload is larger than the emulator accepts (20 MB)');
    }
    // Only the first upload's header counts; later uploads of the same columns add rows.
    job.data.push(job.data.length === 0 ? text : text.split(/\r?\n/).slice(1).join('\n'));
    return c.body(null, 201);
  });

  const results =
    (pick: (job: IngestJob) => { header: string[]; rows: string[][] }) => (c: Context<ApiEnv>) => {
      const job = owned(c, jobs.find('ingest', c.req.param('id') ?? '')) as IngestJob;
      const { header, rows } = pick(job);
      return c.body(csvOf(header, rows, job), 200, { 'Content-Type': 'text/csv' });
    };
  api.get(
    '/ingest/:id/successfulResults',
    results((job) => job.successful),
  );
  api.get(
    '/ingest/:id/failedResults',
    results((job) => job.failed),
  );
  api.get(
    '/ingest/:id/unprocessedrecords',
    results((job) => jobs.unprocessed(job)),
  );
  return api;
}

async function jsonObject(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = JSON.parse(await request.text());
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw malformedJson('The request body must be a JSON object');
}
