import { type CsvFormat, DELIMITERS, readCsv, writeCsv } from '../api/bulk-csv';
import { bulkQueryRows } from '../api/bulk-query';
import { SalesforceError } from '../api/errors';
import { valuesToWrite } from '../api/record-values';
import type { OrgState, OrgUser } from '../model/org-state';
import { sfDateTime } from '../model/store';
import { deleteRecord, insertRecord, updateRecord } from '../save/dml';
import { existingRow, visibleObject } from './rest-records';

/**
 * Bulk API 2.0 jobs of one emulated org, with Salesforce's job shapes (Bulk API 2.0 Developer Guide, "Get
 * Information About a Query Job" / "Get Job Info"). Jobs run at once: a query job is JobComplete when first
 * asked about, an ingest job once its data is uploaded and the job closed (UploadComplete).
 */
export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

interface JobBase extends CsvFormat {
  id: string;
  object: string;
  createdById: string;
  createdDate: string;
  systemModstamp: string;
  state: JobState;
  apiVersion: number;
  userId: string;
}

export interface QueryJob extends JobBase {
  kind: 'query';
  operation: 'query' | 'queryAll';
  query: string;
  header: string[];
  rows: (string | number | boolean | null)[][];
}

export interface IngestJob extends JobBase {
  kind: 'ingest';
  operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
  externalIdFieldName: string | null;
  data: string[];
  successful: { header: string[]; rows: string[][] };
  failed: { header: string[]; rows: string[][] };
  processed: number;
}

const INGEST_OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;

export class BulkJobs {
  readonly jobs = new Map<string, QueryJob | IngestJob>();

  constructor(private readonly state: OrgState) {}

  get queryJobCount(): number {
    return [...this.jobs.values()].filter((job) => job.kind === 'query').length;
  }

  createQuery(user: OrgUser, body: Record<string, unknown>, version: string): QueryJob {
    const operation =
      body.operation === 'queryAll' ? 'queryAll' : body.operation === 'query' ? 'query' : undefined;
    if (!operation) throw invalidJob(`Invalid operation: ${String(body.operation)}`);
    if (typeof body.query !== 'string' || body.query.trim() === '') throw invalidJob('The query is required');
    const format = formatOf(body);
    const result = bulkQueryRows(this.state, user, body.query, version, operation === 'queryAll');
    const job: QueryJob = {
      ...this.base(user, result.object, version, format),
      kind: 'query',
      operation,
      query: body.query,
      state: 'UploadComplete',
      header: result.header,
      rows: result.rows,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  createIngest(user: OrgUser, body: Record<string, unknown>, version: string): IngestJob {
    const operation = INGEST_OPERATIONS.find((name) => name === body.operation);
    if (!operation) throw invalidJob(`Invalid operation: ${String(body.operation)}`);
    const type = visibleObject(this.state, user, String(body.object ?? ''));
    const externalIdFieldName =
      typeof body.externalIdFieldName === 'string' ? body.externalIdFieldName : null;
    if (operation === 'upsert' && !externalIdFieldName)
      throw invalidJob('externalIdFieldName is required for upsert');
    const job: IngestJob = {
      ...this.base(user, type.name, version, formatOf(body)),
      kind: 'ingest',
      operation,
      externalIdFieldName,
      state: 'Open',
      data: [],
      successful: { header: [], rows: [] },
      failed: { header: [], rows: [] },
      processed: 0,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** The job of this kind, visible to its creator (and to administrators with Modify All Data, unconfirmed). */
  find(kind: 'query' | 'ingest', id: string): QueryJob | IngestJob {
    const job = this.jobs.get(id);
    if (!job || job.kind !== kind)
      throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
    return job;
  }

  /** Runs an ingest job's uploaded rows, each in its own transaction: one failure does not stop the others. */
  process(job: IngestJob, user: OrgUser): void {
    const type = visibleObject(this.state, user, job.object);
    const { header, rows } = readCsv(job.data.join('\n'), job);
    job.successful = { header: ['sf__Id', 'sf__Created', ...header], rows: [] };
    job.failed = { header: ['sf__Id', 'sf__Error', ...header], rows: [] };
    for (const row of rows) {
      const values = Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));
      const id = values.Id ?? values.id ?? '';
      try {
        const outcome = this.writeRow(job, type.name, user, values);
        job.successful.rows.push([outcome.id, String(outcome.created), ...row]);
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        job.failed.rows.push([job.operation === 'insert' ? '' : id, bulkErrorText(error), ...row]);
      }
      job.processed++;
    }
    job.state = 'JobComplete';
    job.systemModstamp = sfDateTime(new Date());
  }

  /** Rows uploaded but never run: all of them for an aborted job, none once it ran. */
  unprocessed(job: IngestJob): { header: string[]; rows: string[][] } {
    const uploaded = readCsv(job.data.join('\n'), job);
    return { header: uploaded.header, rows: job.state === 'Aborted' ? uploaded.rows : [] };
  }

  /** Writes one row of a bulk upload (Bulk API 2.0 or 1.0) as the user; throws its SalesforceError. */
  writeRow(
    job: Pick<IngestJob, 'operation' | 'externalIdFieldName'>,
    object: string,
    user: OrgUser,
    csvValues: Record<string, string>,
  ): { id: string; created: boolean } {
    const type = visibleObject(this.state, user, object);
    const { Id: rawId, id: lowerId, ...rest } = csvValues;
    const idValue = rawId ?? lowerId ?? '';
    // Bulk API: an empty cell leaves a field alone; #N/A sets it to null.
    const fields = Object.fromEntries(
      Object.entries(rest)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => [key, value === '#N/A' ? null : value]),
    );
    const context = { user, autoAssign: false };
    const insert = () => {
      const row = insertRecord(
        this.state,
        type,
        valuesToWrite(this.state, user, type, fields, 'create'),
        context,
      );
      return { id: row.Id, created: true };
    };
    switch (job.operation) {
      case 'insert': {
        return insert();
      }
      case 'delete':
      case 'hardDelete': {
        const row = existingRow(this.state, type, idValue);
        deleteRecord(this.state, type, row, context);
        return { id: row.Id, created: false };
      }
      default: {
        const key = job.operation === 'upsert' ? (job.externalIdFieldName ?? 'Id') : 'Id';
        const match = key.toLowerCase() === 'id' ? idValue : (csvValues[key] ?? '');
        const existing =
          key.toLowerCase() === 'id'
            ? match
              ? existingRow(this.state, type, match)
              : undefined
            : this.state.store
                .live(type.name)
                .find((candidate) => String(candidate[key] ?? '') === match && match !== '');
        if (!existing) {
          if (job.operation === 'update')
            throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']);
          return insert();
        }
        updateRecord(
          this.state,
          type,
          existing,
          valuesToWrite(this.state, user, type, fields, 'update'),
          context,
        );
        return { id: existing.Id, created: false };
      }
    }
  }

  private base(user: OrgUser, object: string, version: string, format: CsvFormat) {
    const now = sfDateTime(new Date());
    return {
      id: this.state.ids.next('750'),
      object,
      createdById: user.id,
      createdDate: now,
      systemModstamp: now,
      apiVersion: Number(version),
      userId: user.id,
      ...format,
    };
  }
}

function formatOf(body: Record<string, unknown>): CsvFormat {
  const columnDelimiter = String(body.columnDelimiter ?? 'COMMA');
  if (!(columnDelimiter in DELIMITERS)) throw invalidJob(`Invalid columnDelimiter: ${columnDelimiter}`);
  if (body.contentType !== undefined && body.contentType !== 'CSV') throw invalidJob('Only CSV is supported');
  const lineEnding = body.lineEnding === 'CRLF' ? 'CRLF' : 'LF';
  return { columnDelimiter, lineEnding };
}

/**
 * A row's errors as bulk results write them: "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"
 * (the format the Bulk API guides show; unconfirmed for several errors on one row).
 */
export function bulkErrorText(error: SalesforceError): string {
  return error
    .errors()
    .map((e) => `${e.errorCode}:${e.message}:${e.fields.join(',')} --`)
    .join(' ');
}

const invalidJob = (message: string) => new SalesforceError(400, 'INVALIDJOB', message);

type JobHeader = Pick<QueryJob, 'id' | 'object' | 'createdById' | 'createdDate' | 'systemModstamp'> & {
  operation: string;
  state: string;
};

/** What a job's info starts with in both Bulk APIs (1.0 jobInfo, 2.0 Get Job Info), in their element order. */
export function jobHeader(job: JobHeader): JobHeader {
  const { id, operation, object, createdById, createdDate, systemModstamp, state } = job;
  return { id, operation, object, createdById, createdDate, systemModstamp, state };
}

/** A job as the API answers it; `full` adds what GET on the job adds to the create answer. */
export function jobInfo(job: QueryJob | IngestJob, version: string, full: boolean): Record<string, unknown> {
  const common = {
    ...jobHeader(job),
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
  };
  if (job.kind === 'query') {
    return {
      ...common,
      lineEnding: job.lineEnding,
      columnDelimiter: job.columnDelimiter,
      ...(full
        ? {
            jobType: 'V2Query',
            numberRecordsProcessed: job.state === 'JobComplete' ? job.rows.length : 0,
            retries: 0,
            totalProcessingTime: 0,
            isPkChunkingSupported: true,
          }
        : {}),
    };
  }
  return {
    ...common,
    ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
    contentUrl: `services/data/v${version}/jobs/ingest/${job.id}/batches`,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
    ...(full
      ? {
          jobType: 'V2Ingest',
          numberRecordsProcessed: job.processed,
          numberRecordsFailed: job.failed.rows.length,
          retries: 0,
          totalProcessingTime: 0,
          apiActiveProcessingTime: 0,
          apexProcessingTime: 0,
        }
      : {}),
  };
}

export function csvOf(
  header: string[],
  rows: (string | number | boolean | null)[][],
  format: CsvFormat,
): string {
  return writeCsv(header, rows, format);
}
