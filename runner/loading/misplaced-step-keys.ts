import type { ScenarioError } from '../model';
import { STEP_KINDS, stepSchema } from '../schema/steps';
import { formatPath } from './property-path';
import type { YamlSource } from './yaml-source';
import { PARSE_OPTIONS } from './zod-issues';

/**
 * `- expect:` with the key meant for it written at its own indent (`visible: [Status]` under `expect:`, not
 * deeper): YAML reads an empty expect step and a second key of the list item, which the schema reports as an
 * empty value and an unknown step kind. Here both become one error at the misplaced key, saying to indent it.
 * `errors`: the file's schema errors; `raw`: the file as plain data.
 */
export function explainMisplacedStepKeys(
  errors: ScenarioError[],
  raw: unknown,
  source: YamlSource,
): ScenarioError[] {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return errors;
  // The errors each misplaced key explains (the empty step, the unknown step kind), and the hint replacing them.
  const groups: { paths: Set<string>; hints: ScenarioError[] }[] = [];
  steps.forEach((step, index) => {
    for (const { kind, keys } of misplacedKeys(step)) {
      const paths = new Set([kind, ...keys].map((key) => formatPath(['steps', index, key])));
      const hints = keys.map((key) =>
        source.error(
          ['steps', index, key],
          `${key}: is at the indent of ${kind}:; indent it 2 more spaces so it belongs to ${kind}:`,
          'key',
        ),
      );
      groups.push({ paths, hints });
    }
  });
  if (groups.length === 0) return errors;
  const shown = new Set<(typeof groups)[number]>();
  const result: ScenarioError[] = [];
  for (const error of errors) {
    const group = groups.find(({ paths }) => paths.has(error.path));
    if (!group) result.push(error);
    else if (!shown.has(group)) {
      shown.add(group);
      result.push(...group.hints);
    }
  }
  for (const group of groups) if (!shown.has(group)) result.push(...group.hints);
  return result;
}

/** In one list item: each step kind with an empty value, and the keys after it that belong to that kind. */
function misplacedKeys(step: unknown): { kind: string; keys: string[] }[] {
  if (!step || typeof step !== 'object' || Array.isArray(step)) return [];
  const entries = Object.entries(step);
  const found: { kind: string; keys: string[] }[] = [];
  entries.forEach(([kind, value], index) => {
    if (value !== null || !(STEP_KINDS as string[]).includes(kind)) return;
    const keys: string[] = [];
    for (const [key, keyValue] of entries.slice(index + 1)) {
      if (!isKeyOf(kind, key, keyValue)) break;
      keys.push(key);
    }
    if (keys.length > 0) found.push({ kind, keys });
  });
  return found;
}

/** A key no step kind has, to tell a kind that names its unknown keys from one that takes no mapping at all. */
const NO_SUCH_KEY = 'no step has this key';

/** Whether the `kind` step knows `key` (its value may still be wrong: the schema says so once it is indented). */
function isKeyOf(kind: string, key: string, value: unknown): boolean {
  const parsed = stepSchema.safeParse({ [kind]: { [key]: value, [NO_SUCH_KEY]: null } }, PARSE_OPTIONS);
  const unknown = (parsed.error?.issues ?? []).flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.path.length === 1 && issue.path[0] === kind ? issue.keys : [],
  );
  return unknown.includes(NO_SUCH_KEY) && !unknown.includes(key);
}
