import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { approvalScope } from '../access/approval-scope';
import { type AccessChange, diffAccess, formatChanges } from '../access/diff';
import { renderDiffHtml } from '../access/diff-html';
import { BaselineError, formatBaseline, parseBaseline } from '../access/facts';
import { openAccessSession } from '../access/org-session';
import { objectScope } from '../access/scope';
import { snapshotAccess } from '../access/snapshot';
import { formatErrors, loadScenarios } from '../loader';
import { loadPersonas } from '../loading/personas';
import { defaultPersonasFile } from '../loading/personas-file-lookup';
import { parse } from './args';
import { endSessionOnSignal } from './end-session-on-signal';
import { resolveInputs } from './inputs';
import { prepareOrgEnv } from './org-env';
import { COMMAND_USAGE } from './usage';

const ACCESS_HELP = COMMAND_USAGE.access();

/** `persona-ux access snapshot|diff`: exit 0 unchanged/written, 1 changed, 2 usage or input problems. */
export async function accessCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'snapshot' && action !== 'diff') {
    console.error(
      `persona-ux access: expected "snapshot" or "diff"${action ? `, but got "${action}"` : ''}.\n\n${ACCESS_HELP}`,
    );
    return 2;
  }
  const { values, positionals } = parse(rest, {
    baseline: { type: 'string' },
    objects: { type: 'string' },
    update: { type: 'boolean' },
    html: { type: 'string' },
  });
  if (action === 'snapshot' && (values.update || values.html)) {
    console.error(
      `persona-ux access snapshot: --update and --html belong to "access diff".\n\n${ACCESS_HELP}`,
    );
    return 2;
  }
  const inputs = resolveInputs(positionals);
  const { scenarios, errors } = loadScenarios(inputs);
  const personasFile = defaultPersonasFile(inputs);
  const { personas, errors: personaErrors } = loadPersonas(personasFile);
  const problems = [...errors, ...(errors.length === 0 ? personaErrors : [])];
  if (problems.length > 0 || !personas) {
    console.error(
      `${formatErrors(problems)}\n\n${problems.length} problem(s) found. Nothing was read from the org.`,
    );
    return 2;
  }
  const objects = values.objects
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (objects?.some((name) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(name))) {
    console.error(
      `persona-ux access: --objects expects object API names separated by commas, e.g. --objects Lead,Account`,
    );
    return 2;
  }
  const baselineFile = path.resolve(
    values.baseline ?? path.join(path.dirname(personasFile), 'access-baseline.jsonl'),
  );
  const shown = path.relative(process.cwd(), baselineFile) || baselineFile;
  let baseline: ReturnType<typeof parseBaseline> | undefined;
  if (action === 'diff') {
    if (!existsSync(baselineFile)) {
      console.error(
        `persona-ux access diff: no baseline at ${shown}. Record one with \`persona-ux access snapshot\`.`,
      );
      return 2;
    }
    try {
      baseline = parseBaseline(readFileSync(baselineFile, 'utf8'), shown);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      console.error(`persona-ux access diff: ${error.message}`);
      return 2;
    }
  }

  const settingsProblems = await prepareOrgEnv({ ...process.env }, undefined);
  if (settingsProblems.length > 0) {
    console.error(
      `persona-ux access: the org settings are not usable:\n  ${settingsProblems.join('\n  ')}\nNothing was read from the org.`,
    );
    return 2;
  }
  const onSignal = endSessionOnSignal('access');
  try {
    let session: Awaited<ReturnType<typeof openAccessSession>>;
    try {
      session = await openAccessSession({ ...process.env }, onSignal.signingIn);
    } catch (error) {
      console.error(`persona-ux access: cannot sign in to the org: ${(error as Error).message}`);
      return 2;
    }
    try {
      const facts = await snapshotAccess(
        session.org.conn,
        [...personas.values()],
        objectScope(scenarios, objects),
        approvalScope(scenarios),
      );
      if (action === 'snapshot' || !baseline) {
        writeFileSync(baselineFile, formatBaseline(facts));
        console.log(
          `Recorded ${facts.length} access facts for ${personas.size} persona(s) of ${session.label} in ${shown}.`,
        );
        return 0;
      }
      const changes: AccessChange[] = diffAccess(baseline, facts);
      console.log(formatChanges(changes, facts, shown));
      if (values.html) {
        writeFileSync(values.html, renderDiffHtml(changes, shown, session.label));
        console.log(`HTML: ${values.html}`);
      }
      if (values.update && changes.length > 0) {
        writeFileSync(baselineFile, formatBaseline(facts));
        console.log(`Baseline ${shown} updated.`);
        return 0;
      }
      return changes.length > 0 ? 1 : 0;
    } finally {
      await session.close();
    }
  } finally {
    onSignal.release();
  }
}
