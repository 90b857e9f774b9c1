import type { Persona, PersonaCapability, ScenarioError } from '../model';
import { personasFileSchema } from '../schema/personas';
import { explainMisplacedPersonaKeys } from './misplaced-persona-keys';
import { withMisreadValues } from './misread-values';
import { readYaml } from './yaml-source';
import { issuesToErrors, PARSE_OPTIONS } from './zod-issues';

export type Personas = ReadonlyMap<string, Persona>;

/** The personas file, or its errors (then `personas` is undefined and scenarios cannot be checked against it). */
export function loadPersonas(file: string): { personas?: Personas; errors: ScenarioError[] } {
  const { source, errors } = readYaml(file);
  if (!source) {
    if (errors[0]?.line === 0) {
      errors[0].message +=
        ' Expected a personas file mapping persona names to users, e.g. personas: { sdr: { username: sam.sdr@acme-demo.example } }';
    }
    return { errors };
  }
  if (source.isEmpty) {
    return {
      errors: [
        source.error(
          [],
          'The personas file is empty. Expected e.g. personas: { sdr: { username: sam.sdr@acme-demo.example } }',
        ),
      ],
    };
  }
  const raw = source.toJS();
  const parsed = personasFileSchema.safeParse(raw, PARSE_OPTIONS);
  // Values YAML misreads (errors with a source): reported with the schema's errors, and the personas not loaded.
  if (!parsed.success) {
    const schemaErrors = explainMisplacedPersonaKeys(
      issuesToErrors(parsed.error.issues, source),
      raw,
      source,
    );
    return { errors: withMisreadValues(errors, schemaErrors) };
  }
  if (errors.length > 0) return { errors };
  const personas = new Map<string, Persona>();
  for (const [
    name,
    { username, usernames, description, sensitive, loginRefused, ...capability },
  ] of Object.entries(parsed.data.personas)) {
    const declared = Object.fromEntries(
      Object.entries(capability).filter(([, value]) => value !== undefined),
    ) as PersonaCapability;
    personas.set(name, {
      name,
      file,
      ...(username ? { username } : {}),
      ...(usernames && usernames.length > 0 ? { usernames } : {}),
      ...(description ? { description } : {}),
      ...(sensitive ? { sensitive } : {}),
      ...(loginRefused ? { loginRefused } : {}),
      capability: declared,
    });
  }
  return { personas, errors: [] };
}
