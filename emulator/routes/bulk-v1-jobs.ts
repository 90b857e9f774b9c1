import { readCsv, writeCsv } from '../api/bulk-csv';
import { bulkQueryRows } from '../api/bulk-query';
import { SalesforceError } from '../api/errors';
import type { OrgState, OrgUser } from '../model/org-state';
import { runSoql } from '../soql/execute';
import { BulkJobs, bulkErrorText, type IngestJob } from './bulk-jobs';
import { visibleObject } from './rest-records';

/**
 * Bulk API 1.0 jobs (/services/async/{version}/job) of one emulated org, as jsforce's `bulk` and
 * simple-salesforce's `bulk` drive them: a job holds batches; each batch runs as soon as it is added, one
 * transaction per row, and is answered Queued, then Completed (or Failed with its stateMessage) when asked again.
 * Batches are CSV or JSON; XML batches are not emulated.
 */
export const V1_OPERATIONS = [
  'insert',
  'update',
  'upsert',
  'delete',
  'hardDelete',
  'query',
  'queryAll',
] as const;
export type V1Operation = (typeof V1_OPERATIONS)[number];
export type V1ContentType = 'CSV' | 'JSON';

export interface V1Job {
  id: string;
  operation: V1Operation;
  object: string;
  externalIdFieldName: string | null;
  contentType: V1ContentType;
  createdById: string;
  createdDate: string;
  systemModstamp: string;
  state: 'Open' | 'Closed' | 'Aborted' | 'Failed';
  apiVersion: string;
  batches: V1Batch[];
}

export interface V1RowResult {
  id: string | null;
  success: boolean;
  created: boolean;
  error?: SalesforceError;
}

export interface V1Batch {
  id: string;
  jobId: string;
  state: 'Queued' | 'Completed' | 'Failed';
  stateMessage?: string;
  createdDate: string;
  systemModstamp: string;
  request: string;
  /** Asked about since it was added: it then reports how it ended. */
  reported: boolean;
  rows: V1RowResult[];
  /** A query batch's one result set. */
  queryResult?: { id: string; text: string };
}

export class BulkV1Jobs {
  readonly jobs = new Map<string, V1Job>();
  private readonly writer: BulkJobs;

  constructor(private readonly state: OrgState) {
    this.writer = new BulkJobs(state);
  }

  create(user: OrgUser, info: Record<string, string>, version: string): V1Job {
    const operation = V1_OPERATIONS.find((name) => name === info.operation);
    if (!operation) throw v1Error('InvalidJob', `Invalid operation: ${info.operation ?? '(none)'}`);
    const contentType = (info.contentType ?? 'XML') as string;
    if (contentType !== 'CSV' && contentType !== 'JSON') {
      throw v1Error(
        'InvalidJob',
        `The persona-ux org emulator reads Bulk API 1.0 batches as CSV or JSON; contentType ${contentType} is not emulated`,
      );
    }
    const type = visibleObject(this.state, user, info.object ?? '');
    const externalIdFieldName = info.externalIdFieldName ?? null;
    if (operation === 'upsert' && !externalIdFieldName) {
      throw v1Error(
        'InvalidJob',
        `External ID was blank for ${type.name}. An External ID must be specified for upsert.`,
      );
    }
    const now = bulkDate();
    const job: V1Job = {
      id: this.state.ids.next('750'),
      operation,
      object: type.name,
      externalIdFieldName,
      contentType,
      createdById: user.id,
      createdDate: now,
      systemModstamp: now,
      state: 'Open',
      apiVersion: version,
      batches: [],
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** The user's job; another user's is as unknown as a missing one (unconfirmed). */
  find(user: OrgUser, id: string): V1Job {
    const job = this.jobs.get(id);
    if (!job || job.createdById !== user.id) throw v1Error('InvalidJob', `Invalid job id: ${id}`);
    return job;
  }

  batch(job: V1Job, id: string): V1Batch {
    const batch = job.batches.find((candidate) => candidate.id === id);
    if (!batch) throw v1Error('InvalidBatch', `Invalid batch id: ${id}`);
    return batch;
  }

  setState(job: V1Job, wanted: string | undefined): void {
    if (job.state !== 'Open' || (wanted !== 'Closed' && wanted !== 'Aborted')) {
      throw v1Error(
        'InvalidJobState',
        `Cannot change the state of a ${job.state} job to ${wanted ?? '(none)'}`,
      );
    }
    job.state = wanted;
    job.systemModstamp = bulkDate();
  }

  /** Adds a batch and runs it at once. */
  add(job: V1Job, user: OrgUser, request: string): V1Batch {
    if (job.state !== 'Open')
      throw v1Error('InvalidJobState', `Job ${job.id} is not open: it is ${job.state}`);
    const now = bulkDate();
    const batch: V1Batch = {
      id: this.state.ids.next('751'),
      jobId: job.id,
      state: 'Queued',
      createdDate: now,
      systemModstamp: now,
      request,
      reported: false,
      rows: [],
    };
    job.batches.push(batch);
    try {
      if (job.operation === 'query' || job.operation === 'queryAll') this.runQuery(job, user, batch);
      else this.runIngest(job, user, batch);
      batch.state = 'Completed';
    } catch (error) {
      if (!(error instanceof SalesforceError)) throw error;
      batch.state = 'Failed';
      batch.stateMessage = `${error.errorCode} : ${error.message}`;
    }
    batch.systemModstamp = bulkDate();
    return batch;
  }

  private runQuery(job: V1Job, user: OrgUser, batch: V1Batch): void {
    const all = job.operation === 'queryAll';
    // Refuses what Bulk queries refuse (aggregates, child subqueries) and names the CSV columns.
    const table = bulkQueryRows(this.state, user, batch.request, job.apiVersion, all);
    const text =
      job.contentType === 'CSV'
        ? writeCsv(table.header, table.rows, { columnDelimiter: 'COMMA', lineEnding: 'LF' })
        : JSON.stringify(runSoql(this.state, user, batch.request, job.apiVersion, all).records);
    batch.queryResult = { id: this.state.ids.next('752'), text };
    batch.rows = table.rows.map(() => ({ id: null, success: true, created: false }));
  }

  private runIngest(job: V1Job, user: OrgUser, batch: V1Batch): void {
    const write = {
      operation: job.operation as IngestJob['operation'],
      externalIdFieldName: job.externalIdFieldName,
    };
    for (const values of this.records(job, batch.request)) {
      const id = values.Id ?? values.id ?? '';
      try {
        const outcome = this.writer.writeRow(write, job.object, user, values);
        batch.rows.push({ id: outcome.id, success: true, created: outcome.created });
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        batch.rows.push({
          id: job.operation === 'insert' ? null : id || null,
          success: false,
          created: false,
          error,
        });
      }
    }
  }

  /** A batch's records as the string cells a CSV row has; JSON null is "#N/A" (set to null), as in CSV. */
  private records(job: V1Job, request: string): Record<string, string>[] {
    if (job.contentType === 'CSV') {
      const { header, rows } = readCsv(request, { columnDelimiter: 'COMMA', lineEnding: 'LF' });
      return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
    }
    let body: unknown;
    try {
      body = JSON.parse(request);
    } catch {
      throw v1Error('InvalidBatch', 'The batch is not valid JSON');
    }
    if (!Array.isArray(body)) throw v1Error('InvalidBatch', 'A JSON batch is an array of records');
    return body.map((record) =>
      Object.fromEntries(
        Object.entries((record ?? {}) as Record<string, unknown>)
          .filter(([key]) => key !== 'attributes')
          .map(([key, value]) => [
            key,
            value === null ? '#N/A' : typeof value === 'object' ? JSON.stringify(value) : String(value),
          ]),
      ),
    );
  }
}

/** Bulk API 1.0 writes dates as UTC with a "Z": 2015-12-15T21:41:45.000Z. */
export const bulkDate = (date = new Date()) => date.toISOString();

/** A Bulk API 1.0 error (answered 400 with exceptionCode / exceptionMessage). */
export const v1Error = (exceptionCode: string, message: string) =>
  new SalesforceError(400, exceptionCode, message);

/** The errors of a failed row as a JSON result lists them (unconfirmed: the SOAP Error shape). */
export function rowErrors(row: V1RowResult): { statusCode: string; message: string; fields: string[] }[] {
  return (row.error?.errors() ?? []).map((error) => ({
    statusCode: error.errorCode,
    message: error.message,
    fields: error.fields,
  }));
}

export { bulkErrorText };
