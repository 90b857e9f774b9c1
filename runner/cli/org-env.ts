import { loadedDotEnv } from '../../config/dotenv';
import { parseOrgEnv } from '../../config/org-env-schema';
import { readCliOrg } from './target-org';
import { TARGET_ORG } from './target-org-renewal';
import { unknownEnvVariables } from './unknown-env-variables';

/**
 * Fills `env` from --target-org (a Salesforce CLI org's access token), then checks every SF_* / PERSONA_UX_*
 * variable once. Returns one sentence per problem, names in .env persona-ux does not read first (a follow-on
 * problem, such as SF_USERNAME empty, is then read as the typo's effect); none means the workers will find usable
 * settings.
 */
export async function prepareOrgEnv(
  env: NodeJS.ProcessEnv,
  targetOrg: string | undefined,
): Promise<string[]> {
  const cliProblem = await useTargetOrg(env, targetOrg);
  return [...unknownEnvVariables(loadedDotEnv()), ...(cliProblem ? [cliProblem] : parseOrgEnv(env).problems)];
}

/** Fills `env` from --target-org; what the Salesforce CLI could not give, if anything. */
export async function useTargetOrg(
  env: NodeJS.ProcessEnv,
  targetOrg: string | undefined,
): Promise<string | undefined> {
  if (targetOrg === undefined) return undefined;
  try {
    const cliOrg = await readCliOrg(targetOrg, env);
    Object.assign(env, {
      SF_ACCESS_TOKEN: cliOrg.accessToken,
      SF_INSTANCE_URL: cliOrg.instanceUrl,
      SF_USERNAME: cliOrg.username,
      PERSONA_UX_AUTH_SOURCE: `Salesforce CLI org "${targetOrg}"`,
      [TARGET_ORG]: targetOrg,
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
