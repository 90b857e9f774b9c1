import { canReadField, objectAccess } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import { sharingFilter } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { runSoql } from './execute';
import type { JsonRecord } from './record-shape';

/**
 * SOSL as `GET /search?q=` answers it: `FIND {term} [IN ALL|NAME|EMAIL|PHONE FIELDS]
 * [RETURNING Object[(fields [WHERE …] [ORDER BY …] [LIMIT n])], …] [LIMIT n]` (SOQL and SOSL Reference).
 * A record matches when every word of the term equals a word of one of its searched fields (`*` and `?`
 * are wildcards), among the fields the user can read; the rows of each RETURNING object then go through
 * the SOQL engine, so sharing, FLS, WHERE, ORDER BY and LIMIT apply as in a query. Search relevance and
 * stemming are not emulated.
 */
interface Returning {
  object: string;
  fields: string;
  rest: string;
}

const malformed = (message: string) => new SalesforceError(400, 'MALFORMED_SEARCH', message);

export function runSosl(
  state: OrgState,
  user: OrgUser,
  sosl: string,
  version: string,
): { searchRecords: JsonRecord[] } {
  const match = /^\s*FIND\s+(\{(?:[^}\\]|\\.)*\}|'(?:[^'\\]|\\.)*')\s*(.*)$/is.exec(sosl);
  if (!match) throw malformed(`No search term found. The search term must be enclosed in braces.`);
  const term = match[1].slice(1, -1).replace(/\\(.)/g, '$1');
  let rest = match[2];
  let scope = 'ALL';
  const inFields = /^IN\s+(ALL|NAME|EMAIL|PHONE)\s+FIELDS\s*/i.exec(rest);
  if (inFields) {
    scope = inFields[1].toUpperCase();
    rest = rest.slice(inFields[0].length);
  }
  let returning: Returning[] | undefined;
  const returningMatch = /^RETURNING\s+/i.exec(rest);
  if (returningMatch) {
    const parsed = parseReturning(rest.slice(returningMatch[0].length));
    returning = parsed.specs;
    rest = parsed.rest;
  }
  const limitMatch = /^LIMIT\s+(\d+)\s*$/i.exec(rest.trim());
  if (rest.trim() !== '' && !limitMatch)
    throw malformed(`unexpected token: '${rest.trim().split(/\s+/)[0]}'`);
  const overall = limitMatch ? Number(limitMatch[1]) : 2000;

  const words = tokens(term.replace(/\b(AND|OR|AND NOT)\b/g, ' ')).filter((word) => word !== '');
  if (words.length === 0 || words.every((word) => word.replace(/[*?]/g, '').length < 2)) {
    throw malformed('search term must be longer than one character');
  }
  const patterns = words.map(
    (word) =>
      new RegExp(
        `^${word
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      ),
  );

  const specs: Returning[] =
    returning ??
    [...state.objects.values()]
      .filter((type) => !type.options.system && objectAccess(user, type).read)
      .map((type) => ({ object: type.name, fields: '', rest: '' }));
  const searchRecords: JsonRecord[] = [];
  for (const spec of specs) {
    const type = state.object(spec.object);
    if (!type || type.options.system || !objectAccess(user, type).read) {
      throw new SalesforceError(400, 'INVALID_TYPE', `sObject type '${spec.object}' is not supported.`);
    }
    const fields = searchedFields(user, type, scope);
    const sharing = sharingFilter(state, user, type);
    const ids = state.store
      .live(type.name)
      .filter((row) => sharing.visible(row) && matches(row, fields, patterns))
      .map((row) => `'${row.Id}'`);
    if (ids.length === 0) continue;
    const where = /^\s*WHERE\s+/i.test(spec.rest) ? spec.rest.replace(/^\s*WHERE\s+/i, '') : '';
    const condition = where.split(/\s+(?=ORDER\s+BY|LIMIT)/i)[0];
    const tail = where ? where.slice(condition.length) : spec.rest;
    const soql = `SELECT ${spec.fields || 'Id'} FROM ${type.name} WHERE Id IN (${ids.join(',')})${condition ? ` AND (${condition})` : ''} ${tail}`;
    searchRecords.push(...runSoql(state, user, soql, version).records);
    if (searchRecords.length >= overall) break;
  }
  return { searchRecords: searchRecords.slice(0, overall) };
}

function parseReturning(text: string): { specs: Returning[]; rest: string } {
  const specs: Returning[] = [];
  let index = 0;
  for (;;) {
    const name = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*/.exec(text.slice(index));
    if (!name) throw malformed('RETURNING needs an object name');
    index += name[0].length;
    let fields = '';
    let rest = '';
    if (text[index] === '(') {
      const close = closingParen(text, index);
      const inner = text.slice(index + 1, close).trim();
      const split = /\s+(WHERE|ORDER\s+BY|LIMIT)\s+/i.exec(` ${inner} `);
      fields = split ? ` ${inner} `.slice(0, split.index).trim() : inner;
      rest = split ? ` ${inner} `.slice(split.index).trim() : '';
      index = close + 1;
    }
    specs.push({ object: name[1], fields, rest });
    const comma = /^\s*,/.exec(text.slice(index));
    if (!comma) break;
    index += comma[0].length;
  }
  return { specs, rest: text.slice(index).trim() };
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" && text[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return i;
  }
  throw malformed('unbalanced parentheses in RETURNING');
}

const TEXT_TYPES = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);

function searchedFields(user: OrgUser, type: SObjectType, scope: string): SObjectField[] {
  const nameField = type.nameField;
  const names = new Set([nameField?.name, ...(nameField?.compoundOf ?? [])]);
  return type.fields.filter((field) => {
    if (!canReadField(user, type, field) || !TEXT_TYPES.has(field.type)) return false;
    if (scope === 'NAME') return names.has(field.name);
    if (scope === 'EMAIL') return field.type === 'email';
    if (scope === 'PHONE') return field.type === 'phone';
    return true;
  });
}

function matches(row: Row, fields: SObjectField[], patterns: RegExp[]): boolean {
  const words = new Set(fields.flatMap((field) => tokens(String(row[field.name] ?? ''))));
  return patterns.every((pattern) => [...words].some((word) => pattern.test(word)));
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}*?]+/u)
    .filter((word) => word !== '');
}
