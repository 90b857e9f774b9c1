import { RecordPath } from '../../pages/record-path';
import type { ShownToast } from '../../pages/toast';
import type { ExpectStep } from '../model';
import type { PathExpectation, ToastExpectation } from '../model-path';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { otherChecksMismatch } from './other-checks';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { savingStepRan, toastsSeen } from './seen-toasts';

// Keys that are not field checks: the step's own, these checks', and the list/report/dashboard checks run around them.
const OWN_KEYS = new Set(['kind', 'title', 'location', 'path', 'toast', 'list', 'report', 'dashboard']);

/**
 * Runs an expect step's other checks (`others`) and its Path and toast checks, and reports every mismatch
 * of the step together, in one ExpectationError.
 */
export async function withPathAndToastChecks(
  step: ExpectStep,
  context: StepContext,
  others: () => Promise<void>,
): Promise<void> {
  if (!step.path && !step.toast) return others();
  const problems: string[] = [];
  const failure = await otherChecksMismatch(step, OWN_KEYS, others);
  const who = personaName(context);
  if (step.toast) problems.push(...(await toastProblems(step.toast, context)));
  if (step.path) problems.push(...(await pathProblems(step.path, context, who)));
  if (problems.length === 0) {
    if (failure) throw failure;
    return;
  }
  const where = context.openRecord ? ` on ${recordName(context, context.openRecord.record)}` : '';
  const own = `${who}${where}:\n  - ${problems.join('\n  - ')}`;
  throw new ExpectationError(failure ? `${failure.message}\n${own}` : own);
}

async function toastProblems(expected: ToastExpectation, context: StepContext): Promise<string[]> {
  const toasts = await toastsSeen(context.page);
  const matches = (toast: ShownToast) =>
    (!expected.kind || toast.kind === expected.kind) &&
    `${toast.title} ${toast.message}`.includes(expected.text);
  if (toasts.some(matches)) return [];
  const wanted = `toast: expected ${expected.kind ? `a ${expected.kind} toast` : 'a toast'} containing "${expected.text}", but `;
  if (toasts.length === 0 && !savingStepRan(context.page)) {
    return [
      `${wanted}no create, edit or path step ran before this expect, so nothing was saved to show one — add the step that saves before it.`,
    ];
  }
  const seen = toasts.map(
    (toast) => `${toast.kind} "${[toast.title, toast.message].filter(Boolean).join(' ')}"`,
  );
  return [
    wanted +
      (seen.length > 0
        ? `the toasts shown were ${seen.join(', ')}`
        : 'no toast showed after the last save (create, edit or path)') +
      " — the save answered differently than expected (a refusal shows an error toast or the form's errors).",
  ];
}

async function pathProblems(expected: PathExpectation, context: StepContext, who: string): Promise<string[]> {
  const open = context.openRecord;
  if (!open) throw new Error('No record to check Path on: add "- open: { record: <data key> }" first.');
  const path = new RecordPath(context.page);
  await explainingTimeouts(
    context.page,
    `${who}: Path on ${recordName(context, open.record)} showing its stages`,
    'the object or the record type has no Path (Setup > Path Settings), or the page kept a spinner',
    () => path.waitUntilShown(),
  );
  const problems: string[] = [];
  const stages = await path.stages();
  if (expected.current !== undefined) {
    const current = await path.current();
    if (current !== expected.current) {
      problems.push(
        `path current stage: expected "${expected.current}", but Path shows "${current ?? 'none'}" as current` +
          (stages.includes(expected.current)
            ? ' — the record is at another stage (an automation or an earlier step moved it)'
            : ` — "${expected.current}" is not a stage of this record's record type (Path offers ${stages.join(', ')})`),
      );
    }
  }
  if (expected.offers && expected.offers.join('|') !== stages.join('|')) {
    const missing = expected.offers.filter((stage) => !stages.includes(stage));
    const extra = stages.filter((stage) => !expected.offers?.includes(stage));
    problems.push(
      `path stages: expected ${expected.offers.join(', ')}, but Path offers ${stages.join(', ')}` +
        (missing.length + extra.length > 0
          ? ` (${[missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `also ${extra.join(', ')}` : ''].filter(Boolean).join('; ')})`
          : ' (in another order)') +
        " — Path shows the stage field's values for the record's record type, in picklist order",
    );
  }
  if (expected.keyFields) {
    const shown = await path.keyFieldLabels();
    const prediction = await open.prediction.catch(() => undefined);
    const labelOf = (name: string) => prediction?.fields.get(name)?.label ?? name;
    const wanted = expected.keyFields.map(labelOf);
    if (wanted.join('|') !== shown.join('|')) {
      const hidden = wanted.filter((label) => !shown.includes(label));
      // Path leaves out key fields the persona cannot read; other differences are the stage's configuration.
      const unreadable = expected.keyFields.filter(
        (name) =>
          hidden.includes(labelOf(name)) && prediction?.fields.has(name) && !prediction.readable.has(name),
      );
      const why = await Promise.all(
        unreadable.map(
          async (name) =>
            `${name}: ${(await context.explainField(open.record.sobject, name, false)) ?? 'the persona cannot read it'}`,
        ),
      );
      problems.push(
        `path key fields: expected ${wanted.join(', ')}, but Path shows ${shown.join(', ') || 'none'} for the current stage` +
          (why.length > 0
            ? ` — ${why.join('; ')} (Path leaves out key fields the persona cannot read)`
            : " — the stage's key fields differ (Setup > Path Settings, this record type's path)"),
      );
    }
  }
  return problems;
}
