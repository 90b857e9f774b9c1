import type { LoginRefusal, Persona } from '../model';
import type { ParsedScenario } from '../schema/scenario';
import { parsePlaceholder, placeholdersIn } from '../template';
import { placeholderTexts } from './data-rules';
import { expectedRecordName, recordNames } from './record-names';
import { unknownPersonaMessage } from './unknown-persona';
import type { Violation } from './violation';

/** What scenario-rules.ts's RuleContext holds (declared here too, so the two files do not import each other). */
interface RuleContext {
  personas?: ReadonlyMap<string, Persona>;
  personasFile: string;
}

type AsStep = Extract<ParsedScenario['steps'][number], { kind: 'as' }>;

function asSteps(scenario: ParsedScenario): { step: AsStep; index: number }[] {
  return scenario.steps.flatMap((step, index) => (step.kind === 'as' ? [{ step, index }] : []));
}

function unknownPersona(name: string, { personas, personasFile }: RuleContext): string {
  return unknownPersonaMessage(name, personas ?? new Map(), personasFile);
}

/** Every `as:` names a persona of personas.yaml, and one the scenario is not already logged in as. */
function asNamesAnotherKnownPersona(scenario: ParsedScenario, context: RuleContext): Violation[] {
  if (!context.personas) return [];
  let current = scenario.persona;
  return asSteps(scenario).flatMap(({ step, index }): Violation[] => {
    const path = ['steps', index, 'as'];
    const previous = current;
    current = step.persona;
    if (!context.personas?.has(step.persona)) {
      return [{ path, message: unknownPersona(step.persona, context) }];
    }
    if (step.persona !== previous) return [];
    return [
      {
        path,
        message:
          `the scenario is already logged in as persona "${step.persona}" here. Expected another persona — ` +
          'remove this step, or switch to another persona first.',
      },
    ];
  });
}

/** `{{personas.<name>.*}}` names a persona of personas.yaml. */
function personaPlaceholdersAreKnown(scenario: ParsedScenario, context: RuleContext): Violation[] {
  if (!context.personas) return [];
  return placeholderTexts(scenario).flatMap(({ path, value }) =>
    placeholdersIn(value).flatMap((name): Violation[] => {
      const placeholder = parsePlaceholder(name);
      if (placeholder?.kind !== 'persona' || context.personas?.has(placeholder.persona)) return [];
      return [{ path, message: `"{{${name}}}": ${unknownPersona(placeholder.persona, context)}` }];
    }),
  );
}

/** Impersonating a sensitive persona mid-scenario needs the scenario's approval, as for its main persona. */
function sensitiveAsPersonaIsApproved(scenario: ParsedScenario, { personas, personasFile }: RuleContext) {
  if (scenario.approval) return [];
  return asSteps(scenario).flatMap(({ step, index }): Violation[] =>
    personas?.get(step.persona)?.sensitive
      ? [
          {
            path: ['steps', index, 'as'],
            message:
              `persona "${step.persona}" is marked sensitive in ${personasFile}: impersonating it needs a documented ` +
              'approval. Add one to the scenario, e.g. approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }',
          },
        ]
      : [],
  );
}

/**
 * A persona declared `loginRefused` in personas.yaml exists to prove that refusal: every Login-As of it must
 * expect it. A frozen or inactive refusal needs the persona to declare it, so its contract expects that user state.
 */
function refusalsMatchPersonas(scenario: ParsedScenario, context: RuleContext): Violation[] {
  const { personas, personasFile } = context;
  if (!personas) return [];
  const check = (name: string, expected: LoginRefusal | undefined, path: Violation['path']): Violation[] => {
    const persona: Persona | undefined = personas.get(name);
    if (!persona) return [];
    const declared = persona.loginRefused;
    if (declared && expected !== declared) {
      return [
        {
          path,
          message:
            `persona "${name}" is declared loginRefused: ${declared} in ${personasFile}, so Login-As of it must be ` +
            `expected refused. Write loginRefused: ${declared} ${path[0] === 'steps' ? `in this step, e.g. as: { persona: ${name}, loginRefused: ${declared} }` : 'in the scenario'}.`,
        },
      ];
    }
    if (!declared && (expected === 'frozen' || expected === 'inactive')) {
      return [
        {
          path,
          message:
            `persona "${name}" does not declare loginRefused: ${expected} in ${personasFile}, so its contract ` +
            `requires an active, unfrozen user. Declare it there (loginRefused: ${expected}) for a persona whose user is ${expected}.`,
        },
      ];
    }
    return [];
  };
  return [
    ...check(scenario.persona, scenario.loginRefused, scenario.loginRefused ? ['loginRefused'] : ['persona']),
    ...asSteps(scenario).flatMap(({ step, index }) =>
      check(step.persona, step.loginRefused, ['steps', index, 'as']),
    ),
  ];
}

/** After a refused Login-As no persona is logged in: only another `as:` may follow. */
function onlyAsFollowsARefusal(scenario: ParsedScenario): Violation[] {
  let refused = scenario.loginRefused !== undefined;
  return scenario.steps.flatMap((step, index): Violation[] => {
    if (step.kind === 'as') {
      refused = step.loginRefused !== undefined;
      return [];
    }
    if (!refused) return [];
    refused = false; // one report per refusal
    return [
      {
        path: ['steps', index],
        message:
          `Expected an "as:" step here: Login-As was expected to be refused just before, so no persona is logged in ` +
          `to run this ${step.kind} step. Switch to a persona first, e.g. - as: ae`,
      },
    ];
  });
}

/** cannotOpen, wait and expectApi name a data record (or one a `create` step names). */
function journeyStepsNameDataRecords(scenario: ParsedScenario): Violation[] {
  const keys = recordNames(scenario);
  return scenario.steps.flatMap((step, index): Violation[] => {
    if (step.kind !== 'cannotOpen' && step.kind !== 'wait' && step.kind !== 'expectApi') return [];
    if (keys.includes(step.record)) return [];
    return [
      {
        path: ['steps', index, step.kind, ...(step.kind === 'cannotOpen' ? [] : ['record'])],
        message:
          `no data record "${step.record}". ` +
          expectedRecordName(
            step.record,
            keys,
            scenario,
            'This scenario has no data records; add one under data:.',
          ),
      },
    ];
  });
}

export const personaJourneyRules = [
  asNamesAnotherKnownPersona,
  personaPlaceholdersAreKnown,
  sensitiveAsPersonaIsApproved,
  refusalsMatchPersonas,
  onlyAsFollowsARefusal,
  journeyStepsNameDataRecords,
] as const;

/** Every persona a valid scenario uses, its own first, each once (for resolving users and scheduling). */
export function personasUsed(scenario: ParsedScenario): string[] {
  const names = [scenario.persona, ...asSteps(scenario).map(({ step }) => step.persona)];
  for (const { value } of placeholderTexts(scenario)) {
    for (const name of placeholdersIn(value)) {
      const placeholder = parsePlaceholder(name);
      if (placeholder?.kind === 'persona') names.push(placeholder.persona);
    }
  }
  return [...new Set(names)];
}
