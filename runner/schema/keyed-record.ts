import { z } from 'zod';

/**
 * A mapping of names (fields, data keys, personas…) to values, like z.record, except that a key the key schema
 * refuses still has its value checked: z.record skips the value of a refused key, so a misspelt key would hide
 * the mistakes in its value until it is fixed. Each key's error comes before the errors in its value. The JSON
 * Schema for editors still constrains the keys.
 */
export function keyedRecord<Value extends z.ZodType>(
  key: z.ZodType<string, string>,
  value: Value,
  params?: Parameters<typeof z.record>[2],
) {
  return z
    .record(z.string(), value, params)
    .superRefine((_, context) => checkKeys(context, key), { when: (payload) => isMapping(payload.value) })
    .meta({ propertyNames: keyJsonSchema(key) });
}

function checkKeys(payload: z.core.ParsePayload<Record<string, unknown>>, key: z.ZodType<string, string>) {
  const keys = Object.keys(payload.value);
  let refused = false;
  for (const written of keys) {
    // Messages the key schema does not write itself are left empty, as the loader's parse options leave them.
    const parsed = key.safeParse(written, { error: () => '' });
    if (parsed.success) continue;
    refused = true;
    payload.issues.push({
      code: 'invalid_key',
      origin: 'record',
      issues: parsed.error.issues,
      input: written,
      path: [written],
    });
  }
  if (!refused) return;
  const order = (issue: z.core.$ZodRawIssue) => {
    const at = keys.indexOf(String(issue.path?.[0]));
    return at * 2 + (issue.code === 'invalid_key' ? 0 : 1);
  };
  payload.issues.sort((a, b) => order(a) - order(b));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyJsonSchema(key: z.ZodType): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(key, { io: 'input', unrepresentable: 'any' });
  return rest;
}
