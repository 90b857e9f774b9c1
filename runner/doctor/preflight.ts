import { authMethod, orgSettingsFromEnv } from '../../config/org-settings';
import { type OrgConnection, type OrgFacts, readOrganization } from '../../fixtures/org-connection';
import { describeOrg, type GuardVerdict, productionGuard } from '../../fixtures/production-guard';
import { type Check, fail, ok } from './check';
import { endAdminSession } from './end-admin-session';
import { apiVersionCheck, orgChecks } from './org-checks';
import { signInFix } from './sign-in-fix';
import { type SigningIn, signIn } from './signing-in';

export interface Preflight {
  checks: Check[];
  org?: OrgConnection;
  facts?: OrgFacts;
  guard?: GuardVerdict;
  /** The run was stopped (a signal) while the org was checked: the checks after sign-in were not all made. */
  stopped?: true;
}

/** What a run watches while its preflight checks the org. */
export interface PreflightWatch {
  signingIn?: SigningIn;
  /** Called as soon as the admin's API session exists, before anything else is asked of the org. */
  signedIn?(org: OrgConnection): void;
  /** True once the run has been told to stop: no further check is started. */
  stopped?(): boolean;
}

const AUTH_LABELS = {
  jwt: 'JWT bearer flow',
  'oauth-password': 'OAuth username-password flow',
  soap: 'SOAP login() (retired from API 65.0)',
  'access-token': 'existing access token',
} as const;

/**
 * The cheap checks `run` makes before any browser starts, and `doctor` starts with: the admin signs in, the
 * org is what it should be (the production guard), and the org-wide settings Login-As needs. The caller ends
 * the returned connection; when a check throws instead, the connection is ended here, as no caller has it.
 */
export async function preflight(
  env: NodeJS.ProcessEnv,
  allowProduction?: string,
  watch: PreflightWatch = {},
): Promise<Preflight> {
  const settings = orgSettingsFromEnv(env);
  const method = `${AUTH_LABELS[authMethod(settings)]}${env.PERSONA_UX_AUTH_SOURCE ? ` (${env.PERSONA_UX_AUTH_SOURCE})` : ''}`;
  let org: OrgConnection;
  try {
    org = await signIn(settings, watch.signingIn);
  } catch (error) {
    const message = (error as Error).message;
    return {
      checks: [
        fail(
          'admin signs in',
          `${method}: ${message}`,
          signInFix(message, settings, Boolean(env.PERSONA_UX_AUTH_SOURCE)),
        ),
      ],
    };
  }
  watch.signedIn?.(org);
  try {
    return await checkOrg(org, method, settings.apiVersion, env, allowProduction, watch);
  } catch (error) {
    await endAdminSession(org);
    throw error;
  }
}

async function checkOrg(
  org: OrgConnection,
  method: string,
  apiVersion: string,
  env: NodeJS.ProcessEnv,
  allowProduction: string | undefined,
  watch: PreflightWatch,
): Promise<Preflight> {
  const checks: Check[] = [ok('admin signs in', `${org.admin.username} through the ${method}`)];
  if (watch.stopped?.()) return { checks, org, stopped: true };
  // Before anything is read at SF_API_VERSION: a version the org does not serve fails every later read.
  const version = await apiVersionCheck(org, apiVersion);
  checks.push(version);
  if (version.status === 'fail') return { checks, org };
  let facts: OrgFacts;
  try {
    facts = await readOrganization(org);
  } catch (error) {
    checks.push(fail('org', (error as Error).message, 'Give the admin View Setup and Configuration.'));
    return { checks, org };
  }
  const guard = productionGuard(facts, allowProduction);
  checks.push(
    guard.allowed
      ? guard.override
        ? {
            name: 'production guard',
            status: 'warn',
            detail: guard.message,
            fix: 'Recorded in the audit log.',
          }
        : ok('production guard', `${describeOrg(facts)}: not production`)
      : fail(
          'production guard',
          guard.message,
          'Run against a sandbox, or give --allow-production "<reason>".',
        ),
  );
  if (watch.stopped?.()) return { checks, org, facts, guard, stopped: true };
  if (guard.allowed) checks.push(...(await orgChecks(org, env)));
  return { checks, org, facts, guard };
}
