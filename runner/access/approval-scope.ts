import type { Scenario } from '../model';

/** Per object, the scenarios (by id) whose approval steps act on its records as one persona. */
export type ApprovalUses = Map<string, string[]>;

/**
 * The objects whose approval processes each persona's scenarios rely on: the records it submits, recalls, approves,
 * rejects, whose approval it checks or that it expects in Items to Approve — as the scenario's persona or after an
 * `as:` step. A persona without such steps relies on none.
 */
export function approvalScope(scenarios: Scenario[]): (persona: string) => ApprovalUses {
  const byPersona = new Map<string, ApprovalUses>();
  const use = (persona: string, objects: (string | undefined)[], scenario: string) => {
    const uses = byPersona.get(persona) ?? new Map<string, string[]>();
    for (const object of objects) {
      if (!object) continue;
      const ids = uses.get(object) ?? [];
      if (!ids.includes(scenario)) uses.set(object, [...ids, scenario]);
    }
    byPersona.set(persona, uses);
  };
  for (const scenario of scenarios) {
    const sobjectOf = new Map(scenario.data.map((record) => [record.key, record.sobject]));
    let persona = scenario.persona.name;
    let opened: string | undefined;
    for (const step of scenario.steps) {
      switch (step.kind) {
        case 'as':
          persona = step.persona;
          opened = undefined;
          break;
        case 'open':
          opened = step.record ? sobjectOf.get(step.record) : undefined;
          break;
        case 'create':
          if (step.record) sobjectOf.set(step.record, step.sobject);
          opened = step.sobject;
          break;
        case 'submitForApproval':
        case 'recall':
        case 'approval':
          use(persona, [opened], scenario.id);
          break;
        case 'approve':
        case 'reject':
          use(persona, [step.record ? sobjectOf.get(step.record) : opened], scenario.id);
          break;
        case 'itemsToApprove':
          use(
            persona,
            [...step.includes, ...step.excludes].map((key) => sobjectOf.get(key)),
            scenario.id,
          );
          break;
      }
    }
  }
  return (persona) => byPersona.get(persona) ?? new Map();
}
