import type { WhereClause } from '@jetstreamapp/soql-parser-js';
import { systemField } from '../model/fields';
import type { FieldValue, Row } from '../model/store';
import { reduceAggregate } from './aggregates';
import type { FieldPath } from './field-paths';
import { matches, parseLiteral } from './literals';
import { malformedQuery, notEmulated } from './query-errors';
import { buildPredicate, type Predicate } from './where';

interface HavingInput {
  soql: string;
  having: WhereClause;
  /** Lower-case names of the GROUP BY fields: the only plain fields HAVING may name. */
  groupNames: Set<string>;
  resolve: (raw: string) => FieldPath;
  valueOf: (row: Row, path: FieldPath) => FieldValue;
}

type LeafCondition = {
  field?: string;
  fn?: { functionName: string; parameters?: unknown[] };
  operator: string;
  value?: string | string[];
  literalType?: string | string[];
};

const AGGREGATES = ['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX'];

/** HAVING: a condition on each group's aggregates (COUNT(Id) > 1) or grouped fields, with AND/OR/NOT. */
export function compileHaving(input: HavingInput): (members: Row[]) => boolean {
  const compile = (predicate: Predicate): ((members: Row[]) => boolean) => {
    switch (predicate.kind) {
      case 'not': {
        const operand = compile(predicate.operand);
        return (members) => !operand(members);
      }
      case 'and':
      case 'or': {
        const [left, right] = [compile(predicate.left), compile(predicate.right)];
        return predicate.kind === 'and'
          ? (members) => left(members) && right(members)
          : (members) => left(members) || right(members);
      }
      default:
        return leaf(input, predicate.condition as LeafCondition);
    }
  };
  return compile(buildPredicate(input.having, input.soql));
}

function leaf(input: HavingInput, condition: LeafCondition): (members: Row[]) => boolean {
  const operator = condition.operator.toUpperCase();
  if (operator === 'IN' || operator === 'NOT IN' || Array.isArray(condition.value)) {
    throw notEmulated(input.soql, operator, `${operator} in HAVING`);
  }
  const raw = condition.value ?? 'NULL';
  const literalType = Array.isArray(condition.literalType) ? condition.literalType[0] : condition.literalType;
  if (condition.fn) {
    const fn = condition.fn.functionName.toUpperCase();
    if (!AGGREGATES.includes(fn)) throw notEmulated(input.soql, fn, `The function ${fn}`);
    const parameter = condition.fn.parameters?.[0];
    if (parameter !== undefined && typeof parameter !== 'string') {
      throw notEmulated(input.soql, fn, 'A nested function');
    }
    const path = parameter === undefined ? undefined : input.resolve(parameter);
    // COUNT and the averages compare as numbers; MIN and MAX as the field's own type.
    const field =
      path && (fn === 'MIN' || fn === 'MAX')
        ? path.field
        : systemField(fn, fn, fn.startsWith('COUNT') ? 'int' : 'double');
    const literal = parseLiteral(raw, literalType, field, input.soql);
    return (members) => {
      const values = path
        ? members.map((row) => input.valueOf(row, path)).filter((value) => value !== null)
        : members.map(() => 1);
      return matches(reduceAggregate(fn, values, path), operator, literal, field);
    };
  }
  const name = condition.field ?? '';
  if (!input.groupNames.has(name.toLowerCase())) {
    throw malformedQuery(input.soql, name, `Field must be grouped or aggregated: ${name}`);
  }
  const path = input.resolve(name);
  const literal = parseLiteral(raw, literalType, path.field, input.soql);
  return (members) => matches(input.valueOf(members[0], path), operator, literal, path.field);
}
