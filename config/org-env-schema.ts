import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type LoadedDotEnv, loadedDotEnv } from './dotenv';
import { valueProblem, variablePlace, variableProblem } from './env-variable-place';

/**
 * The SF_* / PERSONA_UX_* variables (environment or .env), checked once by the CLI before any browser starts:
 * every missing or malformed variable is named, with where it is set and what to write instead. A field's
 * message says what is wrong with its value; parseOrgEnv puts the variable, its value and its place before it.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An https URL, or http on this machine (the embedded emulator): a password must never cross a network in clear.
 * Empty is unset, as in a copied .env.example.
 */
const orgUrl = (name: string, example: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && !value.trim() ? undefined : value),
    orgUrlText(name, example).optional(),
  );

const orgUrlText = (name: string, example: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `is not a URL. Write e.g. ${name}=${example}`,
        });
        return;
      }
      const loopback = LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.');
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must use https (only a loopback address such as the emulator may use http): ' +
            `credentials and session ids would cross the network in clear. Write e.g. ${name}=${example}`,
        });
      }
    })
    .transform((value) => value.replace(/\/+$/, ''));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const orgEnvSchema = z
  .object({
    SF_LOGIN_URL: orgUrl('SF_LOGIN_URL', 'https://test.salesforce.com'),
    SF_USERNAME: optionalText.refine((value) => !value || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
      message: 'must be a Salesforce username, which looks like an email address: admin@acme.com.uat',
    }),
    SF_PASSWORD: optionalText,
    SF_CLIENT_ID: optionalText,
    SF_CLIENT_SECRET: optionalText,
    SF_JWT_KEY: optionalText,
    SF_JWT_KEY_FILE: optionalText,
    SF_JWT_AUDIENCE: optionalText,
    SF_ACCESS_TOKEN: optionalText,
    SF_INSTANCE_URL: orgUrl('SF_INSTANCE_URL', 'https://acme--uat.sandbox.my.salesforce.com'),
    SF_API_VERSION: optionalText.refine((value) => !value || /^\d{2,3}\.0$/.test(value), {
      message: 'must look like 62.0',
    }),
    PERSONA_UX_TICKET_URL: optionalText.refine((value) => !value || value.includes('%s'), {
      message: 'must contain %s where the ticket goes: https://jira.example.com/browse/%s',
    }),
    PERSONA_UX_TICKET_PATTERN: optionalText.refine((value) => !value || isRegExp(value), {
      message: 'is not a valid regular expression; write e.g. ^[A-Z]+-\\d+$',
    }),
    PERSONA_UX_WORKERS: optionalText.refine((value) => !value || /^[1-9]\d*$/.test(value), {
      message: 'must be a whole number of workers, e.g. 2',
    }),
    PERSONA_UX_ALLURE: optionalText.refine(
      (value) => !value || ['wait', 'background', 'off'].includes(value),
      {
        message: 'must be wait, background or off',
      },
    ),
  })
  .superRefine((env, ctx) => {
    // A problem is placed at the variable it is about: `sentence` starts with that variable's name.
    const problem = (about: keyof OrgEnv, sentence: string) =>
      ctx.addIssue({ code: 'custom', message: sentence, path: [about], params: { sentence: true } });
    if (env.SF_ACCESS_TOKEN || env.SF_INSTANCE_URL) {
      if (!env.SF_ACCESS_TOKEN)
        problem('SF_INSTANCE_URL', 'SF_INSTANCE_URL is set without SF_ACCESS_TOKEN: set both, or neither.');
      if (!env.SF_INSTANCE_URL) {
        problem(
          'SF_ACCESS_TOKEN',
          'SF_ACCESS_TOKEN is set without SF_INSTANCE_URL: set the org URL the token belongs to, e.g. ' +
            'SF_INSTANCE_URL=https://acme--uat.sandbox.my.salesforce.com',
        );
      }
      return;
    }
    if (!env.SF_USERNAME) {
      const credentials = SIGN_IN_VARIABLES.filter((name) => env[name]);
      if (credentials.length > 0) {
        problem(
          credentials[0] as keyof OrgEnv,
          `${listed(credentials)} ${credentials.length === 1 ? 'is' : 'are'} set, but SF_USERNAME is empty: set ` +
            "SF_USERNAME to the sandbox admin's username (e.g. admin@acme.com.uat), or empty " +
            `${credentials.length === 1 ? 'it' : 'them'} to run against the embedded org emulator.`,
        );
      }
      return; // the embedded emulator
    }
    const jwt = env.SF_JWT_KEY ? 'SF_JWT_KEY' : env.SF_JWT_KEY_FILE ? 'SF_JWT_KEY_FILE' : undefined;
    if (env.SF_JWT_KEY_FILE && !env.SF_JWT_KEY) {
      try {
        readFileSync(env.SF_JWT_KEY_FILE, 'utf8');
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['SF_JWT_KEY_FILE'],
          message:
            `cannot be read (${(error as NodeJS.ErrnoException).code}). ` +
            "Point it at the connected app's private key (PEM), or set SF_JWT_KEY to the key itself.",
        });
      }
    }
    if (jwt) {
      if (!env.SF_CLIENT_ID)
        problem(
          jwt,
          `${jwt} is set (the JWT bearer flow) without SF_CLIENT_ID: set SF_CLIENT_ID to the connected app's ` +
            'consumer key (see .env.example), or leave SF_USERNAME empty to use the emulator.',
        );
      return;
    }
    if (!env.SF_PASSWORD) {
      problem(
        'SF_USERNAME',
        'SF_USERNAME is set, but SF_PASSWORD is missing: set SF_PASSWORD, or use SF_JWT_KEY_FILE (JWT bearer), ' +
          'SF_ACCESS_TOKEN with SF_INSTANCE_URL, or --target-org; leave SF_USERNAME empty to use the emulator.',
      );
    }
    if (Boolean(env.SF_CLIENT_ID) !== Boolean(env.SF_CLIENT_SECRET)) {
      const [set, unset] = env.SF_CLIENT_ID
        ? ['SF_CLIENT_ID', 'SF_CLIENT_SECRET']
        : ['SF_CLIENT_SECRET', 'SF_CLIENT_ID'];
      problem(
        set as keyof OrgEnv,
        `${set} is set without ${unset}: set both (OAuth username-password flow), or neither.`,
      );
    }
  });

export type OrgEnv = z.infer<typeof orgEnvSchema>;

/**
 * What signs an admin in to a real org besides the username. Set without SF_USERNAME they mean a sandbox was
 * meant and its username forgotten; SF_LOGIN_URL and SF_API_VERSION do not, as .env.example fills them in.
 */
const SIGN_IN_VARIABLES = [
  'SF_PASSWORD',
  'SF_CLIENT_ID',
  'SF_CLIENT_SECRET',
  'SF_JWT_KEY',
  'SF_JWT_KEY_FILE',
  'SF_JWT_AUDIENCE',
] as const;

const listed = (names: readonly string[]) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function isRegExp(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

/** The variables whose value a message never shows: passwords, tokens, secrets and private keys. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set<keyof OrgEnv>([
  'SF_PASSWORD',
  'SF_CLIENT_SECRET',
  'SF_JWT_KEY',
  'SF_ACCESS_TOKEN',
]);

/** Every variable the schema checks, as it declares them. */
export const ORG_ENV_VARIABLES: readonly string[] = Object.keys(orgEnvSchema.shape);

/**
 * The checked variables, or one sentence per problem, each naming where the variable is set: its line in the .env
 * file this process loaded, or the environment.
 */
export function parseOrgEnv(
  env: NodeJS.ProcessEnv,
  dotEnv: LoadedDotEnv | undefined = loadedDotEnv(),
): { env?: OrgEnv; problems: string[] } {
  const result = orgEnvSchema.safeParse(env);
  if (result.success) return { env: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const name = issue.path[0];
      if (typeof name !== 'string') return issue.message;
      const place = variablePlace(name, env, dotEnv);
      return (issue as { params?: { sentence?: boolean } }).params?.sentence
        ? variableProblem(name, issue.message, place)
        : valueProblem(name, env[name], issue.message, place, SECRET_VARIABLES.has(name));
    }),
  };
}
