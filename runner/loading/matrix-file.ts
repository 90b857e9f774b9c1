import type { z } from 'zod';
import type { DataRecord, Scenario, ScenarioError, Step } from '../model';
import { matrixScenarioSchema, type ParsedMatrixScenario } from '../schema/matrix';
import type { ParsedScenario } from '../schema/scenario';
import { didYouMean, oneOf } from '../schema/wording';
import { creationOrder } from './data-order';
import { dataReferencesExist, dataReferencesHaveNoCycle, recordTypeSetOnce } from './data-rules';
import { isNameNotApiName, standInForNames } from './field-name-stand-ins';
import type { RuleContext } from './scenario-rules';
import type { Violation } from './violation';
import type { YamlSource } from './yaml-source';
import { issuesToErrors, PARSE_OPTIONS } from './zod-issues';

/** Keys of the one-persona form that a matrix replaces with its table. */
const REPLACED_BY_MATRIX = ['persona', 'steps'] as const;

/**
 * A matrix scenario file: one scenario per persona of its table (in the order the table first names them),
 * each opening the matrix's record and reading that persona's access to every field of the table.
 */
export function loadMatrixFile(
  raw: Record<string, unknown>,
  source: YamlSource,
  context: RuleContext,
): { scenarios: Scenario[]; errors: ScenarioError[]; orgCheckOnly?: Scenario[] } {
  const replaced = REPLACED_BY_MATRIX.filter((key) => key in raw).map((key) =>
    source.error(
      [key],
      `a matrix scenario has no "${key}": its table names the personas, and each opens matrix.record and has ` +
        `its access to every field checked. Remove "${key}" (or remove matrix and write a one-persona scenario).`,
      'key',
    ),
  );
  const rest = Object.fromEntries(
    Object.entries(raw).filter(([key]) => !(REPLACED_BY_MATRIX as readonly string[]).includes(key)),
  );
  const parsed = matrixScenarioSchema.safeParse(rest, PARSE_OPTIONS);
  if (!parsed.success) {
    const table = (rest.matrix as { access?: unknown } | undefined)?.access;
    const personaErrors = personasOfRawTable(table).flatMap(({ field, persona }) =>
      unknownPersonaInTable(field, persona, context),
    );
    const errors = [
      ...replaced,
      ...issuesToErrors(parsed.error.issues, source),
      ...personaErrors.map(({ path, message, target }) => source.error(path, message, target)),
    ];
    const orgCheckOnly =
      replaced.length === 0 ? readForOrgCheck(rest, parsed.error.issues, source, context) : [];
    return { scenarios: [], errors, ...(orgCheckOnly.length > 0 ? { orgCheckOnly } : {}) };
  }
  const matrix = parsed.data as ParsedMatrixScenario;
  const violations = matrixRules(matrix, context);
  const errors = [
    ...replaced,
    ...violations.map(({ path, message, target }) => source.error(path, message, target)),
  ];
  if (errors.length > 0 || !context.personas) return { scenarios: [], errors };
  return { scenarios: matrixColumns(matrix, source, context), errors: [] };
}

/**
 * A matrix whose only schema errors are field names that are not API names (labels copied from the page), read
 * with the names as written for validate's org check, which names the API name of each label; never run. None
 * when it is not valid even so.
 */
function readForOrgCheck(
  rest: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  context: RuleContext,
): Scenario[] {
  if (!issues.every(isNameNotApiName)) return [];
  const standIns = standInForNames(rest, issues);
  const parsed = matrixScenarioSchema.safeParse(standIns.raw, PARSE_OPTIONS);
  if (!parsed.success) return [];
  const matrix = standIns.putBack(parsed.data) as ParsedMatrixScenario;
  if (matrixRules(matrix, context).length > 0 || !context.personas) return [];
  return matrixColumns(matrix, source, context);
}

function matrixRules(matrix: ParsedMatrixScenario, context: RuleContext): Violation[] {
  const cells = Object.entries(matrix.matrix.access).flatMap(([field, row]) =>
    Object.keys(row).map((persona) => ({ field, persona })),
  );
  const asScenario = { ...matrix, persona: '', steps: [] } as unknown as ParsedScenario;
  return [
    ...cells.flatMap(({ field, persona }) => unknownPersonaInTable(field, persona, context)),
    ...cells.flatMap(({ field, persona }) => refusedPersonaInTable(field, persona, context)),
    ...recordIsData(matrix),
    ...sensitivePersonasApproved(matrix, context),
    ...dataReferencesExist(asScenario),
    ...dataReferencesHaveNoCycle(asScenario),
    ...recordTypeSetOnce(asScenario),
  ];
}

function unknownPersonaInTable(field: string, persona: string, context: RuleContext): Violation[] {
  const { personas, personasFile } = context;
  if (!personas || personas.has(persona)) return [];
  const names = [...personas.keys()];
  return [
    {
      path: ['matrix', 'access', field, persona],
      target: 'key',
      message:
        `unknown persona "${persona}" in the row of ${field}. Expected one of the personas in ${personasFile}: ` +
        `${oneOf(names)}.${didYouMean(persona, names)}`,
    },
  ];
}

/** A persona whose Login-As is expected to be refused never reaches the record: it has no access to read. */
function refusedPersonaInTable(
  field: string,
  persona: string,
  { personas, personasFile }: RuleContext,
): Violation[] {
  const refused = personas?.get(persona)?.loginRefused;
  if (!refused) return [];
  return [
    {
      path: ['matrix', 'access', field, persona],
      target: 'key',
      message:
        `persona "${persona}" is declared loginRefused: ${refused} in ${personasFile}: its Login-As is refused, so ` +
        'it never sees the record. Leave it out of the matrix and prove the refusal in a scenario of its own, ' +
        `e.g. persona: ${persona} with loginRefused: ${refused}.`,
    },
  ];
}

function recordIsData(matrix: ParsedMatrixScenario): Violation[] {
  const keys = Object.keys(matrix.data);
  const record = matrix.matrix.record;
  if (keys.includes(record)) return [];
  return [
    {
      path: ['matrix', 'record'],
      message:
        `no data record "${record}" for the personas to open. ` +
        (keys.length > 0
          ? `Expected a key of data: ${oneOf(keys)}.${didYouMean(record, keys)}`
          : 'This scenario has no data records; add one, e.g. data: { account: { sobject: Account, fields: { Name: "Persona {{run.id}}" } } }'),
    },
  ];
}

/** One approval covers the matrix: it must be there as soon as one of its personas is sensitive. */
function sensitivePersonasApproved(matrix: ParsedMatrixScenario, context: RuleContext): Violation[] {
  if (matrix.approval) return [];
  return personaOrder(matrix).flatMap((persona): Violation[] => {
    if (!context.personas?.get(persona)?.sensitive) return [];
    const field = Object.keys(matrix.matrix.access).find((name) => persona in matrix.matrix.access[name]);
    return [
      {
        path: ['matrix', 'access', field ?? '', persona],
        target: 'key',
        message:
          `persona "${persona}" is marked sensitive in ${context.personasFile}: impersonating it needs a documented ` +
          'approval. Add one to the scenario (it covers every persona of the matrix), e.g. approval: { approver: ' +
          'Dana Lee (Head of Finance), reference: CHG-2291 }',
      },
    ];
  });
}

/** Personas in the order the table first names them. */
function personaOrder(matrix: ParsedMatrixScenario): string[] {
  return [...new Set(Object.values(matrix.matrix.access).flatMap((row) => Object.keys(row)))];
}

function personasOfRawTable(table: unknown): { field: string; persona: string }[] {
  if (!table || typeof table !== 'object' || Array.isArray(table)) return [];
  return Object.entries(table).flatMap(([field, row]) =>
    row && typeof row === 'object' && !Array.isArray(row)
      ? Object.keys(row).map((persona) => ({ field, persona }))
      : [],
  );
}

function matrixColumns(matrix: ParsedMatrixScenario, source: YamlSource, context: RuleContext): Scenario[] {
  const data = creationOrder(matrix.data).map(
    (key): DataRecord => ({ key, ...matrix.data[key], location: source.locate(['data', key], 'key') }),
  );
  const access = matrix.matrix.access;
  return personaOrder(matrix).flatMap((name): Scenario[] => {
    const persona = context.personas?.get(name);
    if (!persona) return [];
    const expected = Object.fromEntries(
      Object.entries(access).flatMap(([field, row]) => (row[name] ? [[field, row[name]]] : [])),
    );
    const firstCell = Object.keys(expected)[0] ?? '';
    const step: Step = {
      kind: 'fieldAccess',
      record: matrix.matrix.record,
      expected,
      matrix: matrix.id,
      personas: personaOrder(matrix),
      title: `access of ${persona.name} to "${matrix.matrix.record}": ${Object.entries(expected)
        .map(([field, level]) => `${field} ${level}`)
        .join(', ')}`,
      location: source.locate(['matrix', 'access', firstCell, name], 'key'),
    };
    return [
      {
        id: matrix.id,
        title: matrix.title,
        persona,
        reason: matrix.reason,
        ticket: matrix.ticket,
        // Recorded with the sessions it approves: those of the sensitive personas.
        ...(matrix.approval && persona.sensitive ? { approval: matrix.approval } : {}),
        tags: matrix.tags,
        data,
        steps: [step],
        file: source.file,
        location: source.locate(['id'], 'key'),
      },
    ];
  });
}
