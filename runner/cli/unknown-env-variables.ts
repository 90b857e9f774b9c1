import type { LoadedDotEnv } from '../../config/dotenv';
import { envFileAssignments } from '../../config/env-file-assignments';
import { shownFile } from '../../config/env-variable-place';
import { ORG_ENV_VARIABLES } from '../../config/org-env-schema';
import { HANDED_OVER_VARIABLES, OTHER_SETTINGS } from '../../config/persona-ux-variables';
import { didYouMean } from '../schema/wording';

/** Names persona-ux takes for its own, in any case: sf_username is SF_USERNAME mistyped, not someone else's. */
const OWN_NAME = /^(SF|PERSONA_UX)_/i;

/**
 * One sentence per SF_* / PERSONA_UX_* name the .env file assigns that persona-ux does not read, which it would
 * otherwise ignore: a misspelt ticket pattern left unenforced, a lowercase sf_username leaving the run on the
 * emulator. Only the file: the environment of a CI job or shell carries other programs' SF_* variables.
 */
export function unknownEnvVariables(dotEnv: Pick<LoadedDotEnv, 'file' | 'text'> | undefined): string[] {
  if (!dotEnv) return [];
  const settings: readonly string[] = [...ORG_ENV_VARIABLES, ...OTHER_SETTINGS];
  const known = new Set<string>([...settings, ...HANDED_OVER_VARIABLES]);
  const file = shownFile(dotEnv.file);
  const problems: string[] = [];
  for (const [name, at] of envFileAssignments(dotEnv.text)) {
    if (!OWN_NAME.test(name) || known.has(name)) continue;
    const sameButCase = settings.find((setting) => setting.toLowerCase() === name.toLowerCase());
    const suggestion = didYouMean(name, settings);
    problems.push(
      `${file}:${at.line}:${at.column} ${name} is not a variable persona-ux reads, so it would be ignored` +
        (sameButCase ? ': names are case-sensitive.' : '.') +
        (suggestion ||
          ` The variables persona-ux reads are listed in .env.example and README.md; one meant for another program (the ` +
            `Salesforce CLI, say) belongs in the environment, not in ${file}.`),
    );
  }
  return problems;
}
