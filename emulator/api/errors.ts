import type { Context } from 'hono';
import { SalesforceError } from '../model/salesforce-error';

// Every layer throws it; the API answers it (errorResponse).
export { SalesforceError };

export function errorResponse(c: Context, error: SalesforceError): Response {
  // A 401 names its scheme (RFC 9110, "WWW-Authenticate"); Salesforce's "Token" is unconfirmed.
  if (error.status === 401) c.header('WWW-Authenticate', 'Token');
  return c.json(error.body(), error.status);
}

export const invalidSession = () =>
  new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

export const notFound = () => new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');

// Unconfirmed: for sobjects/{Unknown} some releases answer NOT_FOUND; SOQL and this emulator use INVALID_TYPE.
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
