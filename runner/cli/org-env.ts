import { parseOrgEnv } from '../../config/org-env-schema';
import { readCliOrg } from './target-org';

/**
 * Fills `env` from --target-org (a Salesforce CLI org's access token), then checks every SF_* / PERSONA_UX_*
 * variable once. Returns one sentence per problem; none means the workers will find usable settings.
 */
export async function prepareOrgEnv(
  env: NodeJS.ProcessEnv,
  targetOrg: string | undefined,
): Promise<string[]> {
  if (targetOrg !== undefined) {
    try {
      const cliOrg = await readCliOrg(targetOrg, env);
      Object.assign(env, {
        SF_ACCESS_TOKEN: cliOrg.accessToken,
        SF_INSTANCE_URL: cliOrg.instanceUrl,
        SF_USERNAME: cliOrg.username,
        PERSONA_UX_AUTH_SOURCE: `Salesforce CLI org "${targetOrg}"`,
      });
    } catch (error) {
      return [(error as Error).message];
    }
  }
  return parseOrgEnv(env).problems;
}
