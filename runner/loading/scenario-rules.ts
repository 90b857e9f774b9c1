import type { ParsedScenario } from '../schema/scenario';
import { approvalRules } from './approval-rules';
import { autoNumberNamesNotWritten } from './auto-number-data';
import { createdRecordNames } from './create-rules';
import { dataReferencesExist, dataReferencesHaveNoCycle, recordTypeSetOnce } from './data-rules';
import { stepsFindTheirPage } from './opened-page-rules';
import { personaJourneyRules } from './persona-journey-rules';
import type { Personas } from './personas';
import { expectedRecordName, recordNames } from './record-names';
import { unknownPersonaMessage } from './unknown-persona';
import type { Violation } from './violation';

export interface RuleContext {
  /** Undefined when the personas file itself has errors; persona checks are skipped then. */
  personas?: Personas;
  personasFile: string;
}

/** A check the schema cannot express because it relates one part of the scenario to another (or to personas). */
type Rule = (scenario: ParsedScenario, context: RuleContext) => Violation[];

const personaIsDefined: Rule = (scenario, context) => unknownPersona(scenario.persona, context);

function unknownPersona(persona: string, { personas, personasFile }: RuleContext): Violation[] {
  if (!personas || personas.has(persona)) return [];
  return [{ path: ['persona'], message: unknownPersonaMessage(persona, personas, personasFile) }];
}

/**
 * The unknown personas a file names, its own and those of its `as:` steps, read from the file as written: run on
 * files whose schema has errors, so that these are reported in the same pass.
 */
export function unknownPersonasWritten(raw: unknown, context: RuleContext): Violation[] {
  const { personas, personasFile } = context;
  if (!personas || raw === null || typeof raw !== 'object') return [];
  const { persona, steps } = raw as { persona?: unknown; steps?: unknown };
  const own = typeof persona === 'string' ? unknownPersona(persona.trim(), context) : [];
  const switched = (Array.isArray(steps) ? steps : []).flatMap((step, index): Violation[] => {
    const as: unknown = step !== null && typeof step === 'object' ? (step as { as?: unknown }).as : undefined;
    const name = typeof as === 'object' && as !== null ? (as as { persona?: unknown }).persona : as;
    if (typeof name !== 'string' || personas.has(name.trim())) return [];
    return [
      { path: ['steps', index, 'as'], message: unknownPersonaMessage(name.trim(), personas, personasFile) },
    ];
  });
  return [...own, ...switched];
}

const sensitivePersonaIsApproved: Rule = (scenario, { personas, personasFile }) => {
  if (!personas?.get(scenario.persona)?.sensitive || scenario.approval) return [];
  return [
    {
      path: ['persona'],
      message:
        `persona "${scenario.persona}" is marked sensitive in ${personasFile}: impersonating it needs a documented ` +
        'approval. Add one, e.g. approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }',
    },
  ];
};

const stepsNameDataRecords: Rule = (scenario) => {
  // Records the persona creates (create: { record: deal }) are named like test data.
  const keys = recordNames(scenario);
  const expected = (name: string) =>
    expectedRecordName(
      name,
      keys,
      scenario,
      'This scenario has no data records; add one, e.g. data: { lead: { sobject: Lead, fields: { LastName: Doe, Company: Acme } } }',
    );
  return scenario.steps.flatMap((step, index): Violation[] => {
    if (step.kind === 'open') {
      if (step.record === undefined || keys.includes(step.record)) return [];
      return [
        {
          path: ['steps', index, 'open', 'record'],
          message: `no data record "${step.record}" to open. ${expected(step.record)}`,
        },
      ];
    }
    const listed =
      step.kind === 'listView'
        ? { keys: step, path: ['steps', index, 'listView'] }
        : step.kind === 'expect' && (step.list ?? step.report)
          ? {
              keys: step.list ?? step.report,
              path: ['steps', index, 'expect', step.list ? 'list' : 'report'],
            }
          : undefined;
    if (!listed?.keys) return [];
    const { keys: named, path } = listed;
    return (['includes', 'excludes'] as const).flatMap((list) =>
      named[list].flatMap((key, position) =>
        keys.includes(key)
          ? []
          : [
              {
                path: [...path, list, position],
                message: `no data record "${key}". ${expected(key)}`,
              },
            ],
      ),
    );
  });
};

const fieldIsNotBothShownAndHidden: Rule = (scenario) =>
  scenario.steps.flatMap((step, index) => {
    if (step.kind !== 'expect') return [];
    const shown = new Set([...step.visible, ...step.readOnly]);
    return step.hidden.flatMap((field, position) =>
      shown.has(field)
        ? [
            {
              path: ['steps', index, 'expect', 'hidden', position],
              message: `"${field}" is expected both hidden and visible (or read-only). Expected it in only one of them — remove it from one list.`,
            },
          ]
        : [],
    );
  });

export const scenarioRules: readonly Rule[] = [
  personaIsDefined,
  sensitivePersonaIsApproved,
  stepsNameDataRecords,
  stepsFindTheirPage,
  fieldIsNotBothShownAndHidden,
  dataReferencesExist,
  dataReferencesHaveNoCycle,
  recordTypeSetOnce,
  autoNumberNamesNotWritten,
  createdRecordNames,
  ...personaJourneyRules,
  ...approvalRules,
];
