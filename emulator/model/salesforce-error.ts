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
