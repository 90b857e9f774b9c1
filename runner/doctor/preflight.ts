import { authMethod, orgSettingsFromEnv } from '../../config/org-settings';
import {
  connectAdmin,
  type OrgConnection,
  type OrgFacts,
  readOrganization,
} from '../../fixtures/org-connection';
import { describeOrg, type GuardVerdict, productionGuard } from '../../fixtures/production-guard';
import { type Check, fail, ok } from './check';
import { orgChecks } from './org-checks';

export interface Preflight {
  checks: Check[];
  org?: OrgConnection;
  facts?: OrgFacts;
  guard?: GuardVerdict;
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
 * the returned connection.
 */
export async function preflight(env: NodeJS.ProcessEnv, allowProduction?: string): Promise<Preflight> {
  const settings = orgSettingsFromEnv(env);
  const method = `${AUTH_LABELS[authMethod(settings)]}${env.PERSONA_UX_AUTH_SOURCE ? ` (${env.PERSONA_UX_AUTH_SOURCE})` : ''}`;
  let org: OrgConnection;
  try {
    org = await connectAdmin(settings);
  } catch (error) {
    return {
      checks: [
        fail(
          'admin signs in',
          `${method}: ${(error as Error).message}`,
          'Check the SF_* settings in .env (username, password or key, connected app) and that the admin is ' +
            'active and API Enabled; `persona-ux doctor` explains each setting.',
        ),
      ],
    };
  }
  const checks: Check[] = [ok('admin signs in', `${org.admin.username} through the ${method}`)];
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
  if (guard.allowed) checks.push(...(await orgChecks(org, settings.apiVersion, env)));
  return { checks, org, facts, guard };
}
