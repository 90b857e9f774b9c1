import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A Salesforce REST error: answered as `[{message, errorCode, fields}]` with the given HTTP status. */
export class SalesforceError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly errorCode: string,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = errorCode;
  }

  /** Further errors answered with this one (e.g. every failing validation rule). */
  others: SalesforceError[] = [];

  /** One error that answers all of them, in order; the first decides the HTTP status. */
  static all(errors: SalesforceError[]): SalesforceError {
    const [first, ...rest] = errors;
    first.others = rest;
    return first;
  }

  errors(): SalesforceError[] {
    return [this, ...this.others];
  }

  body(): { message: string; errorCode: string; fields: string[] }[] {
    return this.errors().map((error) => ({
      message: error.message,
      errorCode: error.errorCode,
      fields: error.fields,
    }));
  }
}

export function errorResponse(c: Context, error: SalesforceError): Response {
  return c.json(error.body(), error.status);
}

export const invalidSession = () =>
  new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

export const notFound = () => new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');

// Unconfirmed: for sobjects/{Unknown} some releases answer NOT_FOUND; the brief and SOQL use INVALID_TYPE.
export const unknownSObject = (name: string) =>
  new SalesforceError(404, 'INVALID_TYPE', `sObject type '${name}' is not supported.`);

export const apiDisabled = () =>
  new SalesforceError(403, 'API_CURRENTLY_DISABLED', 'API is disabled for this User');

export const malformedJson = (detail: string) => new SalesforceError(400, 'JSON_PARSER_ERROR', detail);

/** Any unexpected failure: a Salesforce-shaped 500 instead of a crash. */
export function unexpected(error: unknown): SalesforceError {
  const errorId = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  console.error(`persona-ux emulator: unexpected error ${errorId}:`, error);
  return new SalesforceError(
    500,
    'UNKNOWN_EXCEPTION',
    `An unexpected error occurred. Please include this ErrorId if you contact support: ${errorId}`,
  );
}
