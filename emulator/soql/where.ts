import type { Condition, ConditionWithValueQuery, Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import { malformedQuery } from './query-errors';

/**
 * The parser gives WHERE as a right-leaning chain with parenthesis counts on the conditions; this rebuilds
 * the real tree (NOT binds tightest, then AND, then OR).
 */
export type ConditionLeaf = Exclude<
  ConditionWithValueQuery,
  { openParen: number } & { field?: undefined }
> & {
  field?: string;
};

export type Predicate =
  | { kind: 'leaf'; condition: ConditionLeaf }
  | { kind: 'not'; operand: Predicate }
  | { kind: 'and' | 'or'; left: Predicate; right: Predicate };

type Token =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'leaf'; condition: ConditionLeaf };

export function buildPredicate(where: WhereClause, soql: string): Predicate {
  const tokens: Token[] = [];
  flatten(where, tokens);
  let position = 0;
  const peek = () => tokens[position];
  const fail = (): never => {
    throw malformedQuery(soql, 'WHERE', 'unexpected token in WHERE clause');
  };

  // OR binds looser than AND: each is a left-associative chain of the level below it.
  const chain = (op: 'OR' | 'AND', operand: () => Predicate) => (): Predicate => {
    let left = operand();
    while (peek()?.kind === 'op' && (peek() as { op: string }).op === op) {
      position++;
      left = { kind: op === 'OR' ? 'or' : 'and', left, right: operand() };
    }
    return left;
  };
  const parseAnd = chain('AND', () => parseUnary());
  const parseOr = chain('OR', parseAnd);
  const parseUnary = (): Predicate => {
    const token = tokens[position++];
    if (!token) return fail();
    if (token.kind === 'op' && token.op === 'NOT') return { kind: 'not', operand: parseUnary() };
    if (token.kind === 'open') {
      const inner = parseOr();
      if (tokens[position++]?.kind !== 'close') fail();
      return inner;
    }
    if (token.kind === 'leaf') return { kind: 'leaf', condition: token.condition };
    return fail();
  };

  const predicate = parseOr();
  if (position !== tokens.length) fail();
  return predicate;
}

function flatten(clause: WhereClause | undefined, tokens: Token[]): void {
  if (!clause) return;
  const left = clause.left as
    | (Condition & { openParen?: number; closeParen?: number; field?: string })
    | null;
  const operator = 'operator' in clause ? clause.operator : undefined;
  const right = 'right' in clause ? clause.right : undefined;
  if (left) {
    for (let i = 0; i < (left.openParen ?? 0); i++) tokens.push({ kind: 'open' });
    const isCondition = 'operator' in left;
    if (isCondition) tokens.push({ kind: 'leaf', condition: left as ConditionLeaf });
    for (let i = 0; i < (left.closeParen ?? 0); i++) tokens.push({ kind: 'close' });
  }
  if (operator) tokens.push({ kind: 'op', op: operator });
  flatten(right, tokens);
}

export type SubqueryCondition = { valueQuery: Query };
