import { parseQuery } from '@jetstreamapp/soql-parser-js';
import type { OrgState, OrgUser } from '../model/org-state';
import { runSoql } from '../soql/execute';
import { SalesforceError } from './errors';

/**
 * A Bulk API 2.0 query run as the user: the same SOQL engine as REST, flattened to CSV columns named as in
 * the SELECT (`Owner.Name`). Child subqueries and aggregates are refused, as Bulk API 2.0 refuses them.
 */
export function bulkQueryRows(
  state: OrgState,
  user: OrgUser,
  soql: string,
  version: string,
  includeDeleted: boolean,
): { object: string; header: string[]; rows: (string | number | boolean | null)[][] } {
  const outcome = runSoql(state, user, soql, version, includeDeleted);
  const query = parseQuery(soql);
  const header: string[] = [];
  for (const field of query.fields ?? []) {
    if (field.type === 'Field') header.push(field.field);
    else if (field.type === 'FieldRelationship')
      header.push(field.rawValue ?? [...field.relationships, field.field].join('.'));
    else {
      // Bulk API 2.0 Developer Guide, "Bulk API 2.0 Query Considerations" (unconfirmed wording).
      throw new SalesforceError(
        400,
        'API_ERROR',
        'FeatureNotEnabled : Aggregate Relationships and functions not supported in Bulk Query',
      );
    }
  }
  const alias = query.sObjectAlias?.toLowerCase();
  const rows = outcome.records.map((record) =>
    header.map((path) => {
      let parts = path.split('.');
      if (
        parts.length > 1 &&
        (parts[0].toLowerCase() === alias || parts[0].toLowerCase() === query.sObject?.toLowerCase())
      )
        parts = parts.slice(1);
      let value: unknown = record;
      for (const part of parts) {
        if (!value || typeof value !== 'object') return null;
        const key = Object.keys(value).find((name) => name.toLowerCase() === part.toLowerCase());
        value = key ? (value as Record<string, unknown>)[key] : null;
      }
      return value === undefined || (value !== null && typeof value === 'object')
        ? null
        : (value as string | number | boolean | null);
    }),
  );
  return { object: state.object(query.sObject ?? '')?.name ?? query.sObject ?? '', header, rows };
}
