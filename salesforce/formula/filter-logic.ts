import { evaluateFormula } from './evaluate';

/**
 * Filter logic over numbered conditions — "and", "or", or custom logic such as "1 AND (2 OR NOT 3)", as a
 * flow's filterLogic, an approval process's booleanFilter and a report's reportBooleanFilter write it — as one
 * formula of the conditions' formulas. Flow Builder and Setup refuse AND and OR side by side without
 * parentheses, and so does this.
 */
export class FilterLogicError extends Error {}

export function logicFormula(logic: string, parts: string[]): string {
  if (/^and$/i.test(logic.trim())) return parts.join(' && ');
  if (/^or$/i.test(logic.trim())) return parts.join(' || ');
  const tokens = logic.match(/\d+|\(|\)|[A-Za-z]+|\S/g) ?? [];
  let at = 0;
  const refuse = (why: string): never => {
    throw new FilterLogicError(
      `"${logic}": ${why}. Expected and, or, or condition numbers joined by AND, OR, NOT and parentheses, such as "1 AND (2 OR 3)"`,
    );
  };
  const operand = (): string => {
    const token = tokens[at++];
    if (token === undefined) return refuse('it ends too early');
    if (token.toUpperCase() === 'NOT') return `NOT(${operand()})`;
    if (token === '(') {
      const inner = expression();
      if (tokens[at++] !== ')') refuse('a parenthesis is not closed');
      return `(${inner})`;
    }
    const part = /^\d+$/.test(token) ? parts[Number(token) - 1] : undefined;
    return part ?? refuse(`"${token}" is not the number of one of its ${parts.length} condition(s)`);
  };
  const expression = (): string => {
    let formula = operand();
    const joiner = tokens[at]?.toUpperCase();
    while (tokens[at]?.toUpperCase() === 'AND' || tokens[at]?.toUpperCase() === 'OR') {
      if (tokens[at]?.toUpperCase() !== joiner) refuse('AND and OR side by side need parentheses');
      at++;
      formula += ` ${joiner === 'AND' ? '&&' : '||'} ${operand()}`;
    }
    return formula;
  };
  const formula = expression();
  if (at < tokens.length) refuse(`"${tokens[at]}" is not expected there`);
  return formula;
}

const NO_RECORD = { value: () => undefined, prior: () => undefined, isNew: false };

// A report run asks the same logic of each row, with few distinct verdicts: kept per logic and verdicts.
const MAX_KEPT = 1000;
const kept = new Map<string, boolean>();

/** Whether the logic holds over the conditions' verdicts (true or false each, in their numbered order). */
export function logicHolds(logic: string, verdicts: boolean[]): boolean {
  const key = `${logic}|${verdicts.map(Number).join('')}`;
  let holds = kept.get(key);
  if (holds === undefined) {
    const parts = verdicts.map((verdict) => (verdict ? 'TRUE' : 'FALSE'));
    holds = verdicts.length === 0 || evaluateFormula(logicFormula(logic, parts), NO_RECORD) === true;
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, holds);
  }
  return holds;
}
