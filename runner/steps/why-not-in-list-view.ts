import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { sameId } from '../../fixtures/same-id';
import { ownerName, ownerOf } from './record-owner';
import { storedValue } from './stored-value';

/**
 * Which part of a list view leaves a record out, read as the admin: the list view's describe
 * (`/sobjects/{T}/listviews/{id}/describe`: its scope and its filters as SOQL conditions), each filter tried on
 * the record with a query, and the record's value of the filtered field.
 */
interface Condition {
  field?: string;
  operator?: string;
  values?: string[];
  conditions?: Condition[];
  conjunction?: string;
}
interface ListViewDescribe {
  scope?: string | null;
  scopeEntityId?: string | null;
  whereCondition?: Condition | null;
}

/**
 * What the org says of a record a list view or report does not show: what leaves it out (its scope, a filter, or
 * a part that cannot be tried on the record), or that its scope and every filter keep it, tried on the record
 * through the API.
 */
export type ListedVerdict = { leftOutBy: string } | { keptBy: string };

/** Scopes whose meaning is tried on the record: all records, the persona's own, a queue's. */
const TRIED_SCOPES = ['everything', 'mine', 'queue'];

export async function whyNotInListView(
  org: OrgConnection,
  record: CreatedRecord,
  developerName: string,
  persona: { id: string; name: string },
): Promise<ListedVerdict | undefined> {
  const found = await org.conn.query<{ Id: string }>(
    `SELECT Id FROM ListView WHERE SobjectType = ${soqlString(record.sobject)} AND DeveloperName = ${soqlString(developerName)}`,
  );
  const id = found.records[0]?.Id;
  if (!id) return undefined;
  const describe = await org.conn.request<ListViewDescribe>(
    `/services/data/v${org.conn.version}/sobjects/${record.sobject}/listviews/${id}/describe`,
  );
  const reasons: string[] = [];
  const untried: string[] = [];
  const scope = describe.scope?.toLowerCase() ?? 'everything';
  const scopeLeavesOut = await scopeReason(org, record, describe, persona);
  if (scopeLeavesOut) reasons.push(scopeLeavesOut);
  if (!TRIED_SCOPES.includes(scope)) untried.push(`scope "${scope}"`);
  const where = describe.whereCondition;
  const filters = !where ? [] : where.conjunction === 'and' && where.conditions ? where.conditions : [where];
  for (const filter of filters) {
    const soql = soqlOf(filter);
    if (!soql) {
      untried.push(wordsOf(filter));
      continue;
    }
    const rows = await org.conn.query<{ Id: string }>(
      `SELECT Id FROM ${record.sobject} WHERE Id = ${soqlString(record.id)} AND ${soql}`,
    );
    if (rows.records.length > 0) continue;
    reasons.push(
      `${wordsOf(filter)}${filter.field ? ` (${await storedValue(org, record, filter.field)})` : ''}`,
    );
  }
  if (reasons.length > 0) return { leftOutBy: `the list view's ${reasons.join('; ')} leaves it out` };
  if (untried.length > 0) {
    return {
      leftOutBy: `the list view's ${untried.join('; ')}, which cannot be tried on the record through the API, may leave it out`,
    };
  }
  const kept =
    filters.length > 0 ? ` and its ${filters.map(wordsOf).join('; ')} keep it` : ', with no filter, keeps it';
  return { keptBy: `the list view's scope "${scope}"${kept} (tried on the record through the API)` };
}

async function scopeReason(
  org: OrgConnection,
  record: CreatedRecord,
  describe: ListViewDescribe,
  persona: { id: string; name: string },
): Promise<string | undefined> {
  const scope = describe.scope?.toLowerCase();
  if (scope !== 'mine' && scope !== 'queue') return undefined;
  const ownerId = await ownerOf(org, record);
  const owner = ownerId ? await ownerName(org, ownerId) : 'nobody';
  const same = (a?: string | null, b?: string | null) => !!a && !!b && sameId(a, b);
  if (scope === 'mine' && !same(ownerId, persona.id)) {
    return `scope "mine" (records the persona owns: the record is owned by ${owner}, not ${persona.name})`;
  }
  if (scope === 'queue' && !same(ownerId, describe.scopeEntityId)) {
    const queue = describe.scopeEntityId ? await ownerName(org, describe.scopeEntityId) : 'the queue';
    return `scope "queue" (records ${queue} owns: the record is owned by ${owner})`;
  }
  return undefined;
}

const COMPARE: Record<string, string> = {
  equals: '=',
  notEquals: '!=',
  lessThan: '<',
  greaterThan: '>',
  lessThanOrEqualTo: '<=',
  greaterThenOrEqualTo: '>=',
  greaterThanOrEqualTo: '>=',
};

/** A SoqlWhereCondition as a SOQL condition; undefined for what cannot be tried this way (within). */
function soqlOf(condition: Condition): string | undefined {
  if (condition.conditions) {
    const parts = condition.conditions.map(soqlOf);
    if (parts.some((part) => part === undefined)) return undefined;
    if (condition.conjunction === 'not') return `(NOT ${parts[0]})`;
    return `(${parts.join(condition.conjunction === 'or' ? ' OR ' : ' AND ')})`;
  }
  const { field, operator = '', values = [] } = condition;
  if (!field || values.length === 0) return undefined;
  const list = `(${values.join(', ')})`;
  // A filter of several values ("Status equals Open, Working") may describe as equals with each value: any of them.
  const many = values.length > 1;
  switch (many && operator === 'equals' ? 'in' : many && operator === 'notEquals' ? 'notIn' : operator) {
    case 'in':
      return `${field} IN ${list}`;
    case 'notIn':
      return `${field} NOT IN ${list}`;
    case 'includes':
      return `${field} INCLUDES ${list}`;
    case 'excludes':
      return `${field} EXCLUDES ${list}`;
    case 'like':
      return `(${values.map((value) => `${field} LIKE ${value}`).join(' OR ')})`;
    case 'notLike':
      return `(${values.map((value) => `(NOT ${field} LIKE ${value})`).join(' AND ')})`;
    default:
      return COMPARE[operator] ? `${field} ${COMPARE[operator]} ${values[0]}` : undefined;
  }
}

const WORDS: Record<string, string> = {
  equals: 'equals',
  in: 'equals',
  notEquals: 'not equal to',
  notIn: 'not equal to',
  like: 'matches',
  notLike: 'does not match',
  lessThan: 'less than',
  greaterThan: 'greater than',
  lessThanOrEqualTo: 'less or equal',
  greaterThenOrEqualTo: 'greater or equal',
  greaterThanOrEqualTo: 'greater or equal',
  includes: 'includes',
  excludes: 'excludes',
};

/** "filter Rating equals Hot", a group in words with its conjunction. */
function wordsOf(condition: Condition): string {
  if (condition.conditions) {
    return `filters (${condition.conditions.map(wordsOf).join(` ${condition.conjunction ?? 'and'} `)})`;
  }
  const values = (condition.values ?? []).map((value) =>
    value.replace(/^'(.*)'$/, '$1').replace(/\\'/g, "'"),
  );
  return `filter ${condition.field} ${WORDS[condition.operator ?? ''] ?? condition.operator} ${values.join(', ')}`;
}
