import { extract, type Literal, parse } from 'formulon';

/**
 * Salesforce formulas (formula fields, validation rules, flow conditions and values, assignment rule
 * entries), evaluated by formulon: a parser and evaluator made for Salesforce's formula language
 * (chosen over @steedos/formula, a fork of it, sformula and @salto-io/salesforce-formula-parser, which only
 * parses). formulon knows no record, so the functions that look at the save — ISCHANGED, PRIORVALUE,
 * ISNEW — and flow merge fields ({!$Record.Amount}) are rewritten into identifiers before it parses.
 */

export type FormulaResult = string | number | boolean | Date | null;

export interface FormulaScope {
  /** A reference (Amount, Owner.Name, $User.Id, $Profile.Name) as a formulon literal; undefined if unknown. */
  value(path: string): Literal | undefined;
  /** The reference as it was before this save; undefined on insert. */
  prior(path: string): Literal | undefined;
  isNew: boolean;
}

export interface FormulaOptions {
  /** "Treat blank fields as zeroes": blank numbers count as 0. Otherwise arithmetic on a blank is blank. */
  blankAsZero?: boolean;
}

export class FormulaError extends Error {
  constructor(
    readonly formula: string,
    message: string,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

const CHANGED = '$PuxIsChanged.';
const PRIOR = '$PuxPriorValue.';
const IS_NEW = '$PuxIsNew';

// A save evaluates the same few formulas (formula fields, flows, rules) again and again, and extract() parses
// the whole formula to list its references: kept per formula text, the most recently used ones.
const MAX_KEPT_FORMULAS = 1000;
const identifiers = new Map<string, readonly string[]>();

function identifiersOf(formula: string): readonly string[] {
  let found = identifiers.get(formula);
  if (found) identifiers.delete(formula);
  else found = extract(formula);
  identifiers.set(formula, found);
  if (identifiers.size > MAX_KEPT_FORMULAS) identifiers.delete(identifiers.keys().next().value as string);
  return found;
}

export function evaluateFormula(
  formula: string,
  scope: FormulaScope,
  options: FormulaOptions = {},
): FormulaResult {
  const rewritten = rewriteContextFunctions(formula);
  const substitutions: Record<string, Literal> = {};
  let sawBlank = false;
  for (const identifier of identifiersOf(rewritten)) {
    let literal = substitution(identifier, scope);
    if (!literal) throw new FormulaError(formula, `Field ${displayName(identifier)} does not exist.`);
    if (literal.value === null && literal.dataType === 'number') {
      if (options.blankAsZero) literal = { ...literal, value: 0 };
      else sawBlank = true;
    }
    substitutions[identifier] = literal;
  }
  const result = parse(rewritten, substitutions);
  if (result.type === 'error') {
    // formulon refuses arithmetic on a blank number; Salesforce's "treat blanks as blanks" gives blank.
    if (sawBlank && result.errorType === 'ArgumentError') return null;
    throw new FormulaError(formula, result.message);
  }
  return resultValue(result);
}

/** Problems a formula has before any record is involved: syntax, unknown functions and fields, types. */
export function formulaProblem(
  formula: string,
  scope: FormulaScope,
  options: FormulaOptions = {},
): string | undefined {
  try {
    evaluateFormula(formula, scope, options);
    return undefined;
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    throw error;
  }
}

function substitution(identifier: string, scope: FormulaScope): Literal | undefined {
  if (identifier === IS_NEW) return { type: 'literal', dataType: 'checkbox', value: scope.isNew };
  if (identifier.startsWith(PRIOR)) {
    const path = identifier.slice(PRIOR.length);
    const current = scope.value(path);
    if (!current) return undefined;
    return scope.prior(path) ?? blankLike(current);
  }
  if (identifier.startsWith(CHANGED)) {
    const path = identifier.slice(CHANGED.length);
    const current = scope.value(path);
    if (!current) return undefined;
    const prior = scope.prior(path);
    const changed = prior !== undefined && comparable(prior.value) !== comparable(current.value);
    return { type: 'literal', dataType: 'checkbox', value: changed };
  }
  return scope.value(identifier);
}

function blankLike(literal: Literal): Literal {
  const blank = literal.dataType === 'picklist' || literal.dataType === 'text' ? '' : null;
  return { ...literal, value: literal.dataType === 'checkbox' ? false : blank };
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return value === null || value === undefined ? '' : String(value);
}

function displayName(identifier: string): string {
  if (identifier.startsWith(CHANGED)) return identifier.slice(CHANGED.length);
  if (identifier.startsWith(PRIOR)) return identifier.slice(PRIOR.length);
  return identifier;
}

function resultValue(literal: Literal): FormulaResult {
  const { value } = literal;
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

const CONTEXT_CALL =
  /(?<![\w$.])(?:(ISCHANGED|PRIORVALUE)\s*\(\s*([A-Za-z_$][\w$.]*)\s*\)|ISNEW\s*\(\s*\))/gi;
const MERGE_FIELD = /\{!\s*([^}]*?)\s*\}/g;

/**
 * Flow merge fields {!$Record.X} → X, {!$Record__Prior.X} → PRIORVALUE(X), {!$User.Id} → $User.Id; then
 * ISCHANGED(X) → $PuxIsChanged.X, PRIORVALUE(X) → $PuxPriorValue.X, ISNEW() → $PuxIsNew. String literals
 * and comments are left untouched.
 */
/** Whether a formula looks at the save itself (ISCHANGED, PRIORVALUE, ISNEW, {!$Record__Prior.X}). */
export function looksAtTheSave(formula: string): boolean {
  return extract(rewriteContextFunctions(formula)).some(
    (identifier) => identifier === IS_NEW || identifier.startsWith(CHANGED) || identifier.startsWith(PRIOR),
  );
}

export function rewriteContextFunctions(formula: string): string {
  return mapCode(formula, (code) =>
    code
      .replace(MERGE_FIELD, (_merge, expression: string) => {
        const { path, prior } = mergePath(expression);
        return prior ? `PRIORVALUE(${path})` : path;
      })
      .replace(CONTEXT_CALL, (_call, name: string | undefined, path: string | undefined) => {
        if (!name) return IS_NEW;
        return (name.toUpperCase() === 'ISCHANGED' ? CHANGED : PRIOR) + path;
      }),
  );
}

/** Applies `rewrite` to the parts of a formula outside string literals and comments. */
function mapCode(formula: string, rewrite: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end = -1;
    if (ch === '"' || ch === "'") end = stringEnd(formula, i);
    else if (formula.startsWith('/*', i)) {
      const close = formula.indexOf('*/', i + 2);
      end = close === -1 ? formula.length : close + 2;
    }
    if (end === -1) {
      code += ch;
      i++;
      continue;
    }
    out += rewrite(code) + formula.slice(i, end);
    code = '';
    i = end;
  }
  return out + rewrite(code);
}

/** The field path inside a merge field: $Record.Owner.Name → Owner.Name; $Record__Prior.X is the prior X. */
export function mergePath(expression: string): { path: string; prior: boolean } {
  const trimmed = expression.trim();
  const prior = /^\$Record__Prior\./i.exec(trimmed);
  if (prior) return { path: trimmed.slice(prior[0].length), prior: true };
  const record = /^\$Record\./i.exec(trimmed);
  return { path: record ? trimmed.slice(record[0].length) : trimmed, prior: false };
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}
