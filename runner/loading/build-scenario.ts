import type { DataRecord, Persona, Scenario, Step } from '../model';
import type { ParsedScenario } from '../schema/scenario';
import { creationOrder } from './data-order';
import { personasUsed } from './persona-journey-rules';
import type { YamlSource } from './yaml-source';

/** The runner's model of a valid scenario, each part carrying where it is written. */
export function buildScenario(
  parsed: ParsedScenario,
  persona: Persona,
  source: YamlSource,
  personas?: ReadonlyMap<string, Persona>,
): Scenario {
  const data = creationOrder(parsed.data).map(
    (key): DataRecord => ({ key, ...parsed.data[key], location: source.locate(['data', key], 'key') }),
  );
  const steps = parsed.steps.map(
    (step, index): Step => ({ ...step, location: source.locate(['steps', index]) }),
  );
  return {
    id: parsed.id,
    title: parsed.title,
    persona,
    ...personasOf(parsed, persona, personas),
    ...(parsed.loginRefused ? { loginRefused: parsed.loginRefused } : {}),
    reason: parsed.reason,
    ticket: parsed.ticket,
    ...(parsed.approval ? { approval: parsed.approval } : {}),
    tags: parsed.tags,
    data,
    steps,
    file: source.file,
    location: source.locate(['id'], 'key'),
  };
}

/** `personas` only when the scenario uses more than its own persona (`as:` steps, {{personas.<name>.*}}). */
function personasOf(
  parsed: ParsedScenario,
  persona: Persona,
  personas: ReadonlyMap<string, Persona> | undefined,
): { personas?: Persona[] } {
  const used = personasUsed(parsed).flatMap((name) => {
    const found = name === persona.name ? persona : personas?.get(name);
    return found ? [found] : [];
  });
  return used.length > 1 ? { personas: used } : {};
}
