import type { Scenario, Step } from '../model';

/**
 * The objects whose access a persona's baseline records: every object it touches in any step of any scenario —
 * as the scenario's persona or after an `as:` step — plus the objects of the test data of scenarios it is the
 * persona of; or the list given on the command line. A persona without scenarios gets the objects of all.
 */
export function objectScope(scenarios: Scenario[], given?: string[]): (persona: string) => string[] {
  if (given && given.length > 0) return () => given;
  const byPersona = new Map<string, Set<string>>();
  const all = new Set<string>();
  const touch = (persona: string, objects: string[]) => {
    const scope = byPersona.get(persona) ?? new Set<string>();
    for (const object of objects) {
      scope.add(object);
      all.add(object);
    }
    byPersona.set(persona, scope);
  };
  for (const scenario of scenarios) {
    const sobjectOf = new Map(scenario.data.map((record) => [record.key, record.sobject]));
    const ofRecords = (keys: (string | undefined)[]) =>
      keys.flatMap((key) => (key && sobjectOf.has(key) ? [sobjectOf.get(key) as string] : []));
    touch(scenario.persona.name, [...sobjectOf.values()]);
    let persona = scenario.persona.name;
    let opened: string | undefined;
    for (const step of scenario.steps) {
      if (step.kind === 'as') {
        persona = step.persona;
        opened = undefined;
        continue;
      }
      if (step.kind === 'create' && step.record) sobjectOf.set(step.record, step.sobject);
      const { objects, opens } = objectsOfStep(step, ofRecords, opened);
      if (opens !== undefined) opened = opens;
      touch(persona, objects);
    }
  }
  return (persona) => [...(byPersona.get(persona) ?? all)];
}

const PRICE_BOOKS = ['Pricebook2'];
const PRODUCTS = ['Product2', 'Pricebook2', 'PricebookEntry'];

/**
 * What one step reads or writes as its persona (the record last opened is `opened`); `opens` is the object
 * the step leaves opened. Steps the admin runs (wait, expectApi) and views named by label (report, dashboard,
 * tab, related list) name no object.
 */
function objectsOfStep(
  step: Step,
  ofRecords: (keys: (string | undefined)[]) => string[],
  opened: string | undefined,
): { objects: string[]; opens?: string } {
  const onOpened = opened ? [opened] : [];
  switch (step.kind) {
    case 'open': {
      if (step.record) {
        const [object] = ofRecords([step.record]);
        return { objects: object ? [object] : [], opens: object };
      }
      return { objects: step.object ? [step.object] : [] };
    }
    case 'listView':
      return { objects: [step.object] };
    case 'create':
      return { objects: [step.sobject], opens: step.sobject };
    case 'cannotOpen':
    case 'fieldAccess':
      return { objects: ofRecords([step.record]) };
    case 'approve':
    case 'reject':
      return { objects: step.record ? ofRecords([step.record]) : onOpened };
    case 'itemsToApprove':
      return { objects: ofRecords([...step.includes, ...step.excludes]) };
    case 'addProducts':
      return { objects: [...onOpened, 'OpportunityLineItem', ...PRODUCTS] };
    case 'offered':
      return {
        objects: [
          ...(step.priceBooks || step.products ? onOpened : []),
          ...(step.priceBooks ? PRICE_BOOKS : []),
          ...(step.products ? PRODUCTS : []),
          ...(step.quoteTemplates
            ? step.quoteTemplates.quote
              ? ofRecords([step.quoteTemplates.quote])
              : onOpened
            : []),
        ],
      };
    case 'wait':
    case 'expectApi':
      return { objects: [] };
    default:
      return { objects: onOpened };
  }
}
