import type { OrgFacts } from '../../fixtures/org-connection';
import { describeOrg } from '../../fixtures/production-guard';

/**
 * The org a command talks to, in one line: the embedded emulator and its URL (PERSONA_UX_TARGET, set when it
 * starts), else the org's instance or login URL; once signed in, also what the org says it is.
 */
export function describeTarget(
  env: NodeJS.ProcessEnv,
  reached?: { facts: OrgFacts; instanceUrl: string },
): string {
  const emulator = env.PERSONA_UX_TARGET?.startsWith('org emulator') ? env.PERSONA_UX_TARGET : undefined;
  if (reached) {
    const org = describeOrg(reached.facts);
    return emulator ? `${emulator} — ${org}` : `${org} at ${reached.instanceUrl}`;
  }
  if (emulator) return emulator;
  const source = env.PERSONA_UX_AUTH_SOURCE ? ` (${env.PERSONA_UX_AUTH_SOURCE})` : '';
  return env.SF_INSTANCE_URL?.trim()
    ? `the org at ${env.SF_INSTANCE_URL.trim()}${source}`
    : `the org signed in to at ${env.SF_LOGIN_URL?.trim() || 'https://test.salesforce.com'}${source}`;
}
