import { OPEN_VIEW_EXAMPLE, VIEW_KINDS, type ViewKind } from '../model-views';
import type { ParsedScenario } from '../schema/scenario';
import type { Violation } from './violation';

type Step = ParsedScenario['steps'][number];

/**
 * What the browser shows after each step, as far as the scenario file tells: a record page (the one later
 * steps act on), a list, report or dashboard (what `expect: { list | report | dashboard }` reads), or nothing
 * a later step may act on. `cause` says which step put the page there, for the message.
 */
interface Shown {
  record: boolean;
  /** `tab`: an app tab, whose page is a list when it is an object's tab. */
  view?: ViewKind | 'tab';
  cause: string;
}

const NOTHING_YET: Shown = { record: false, cause: 'no record has been opened yet' };
// Keys of `expect` that read neither the record page nor a view: the toast of the last save shows on any page.
const ANYWHERE_KEYS = new Set(['kind', 'title', 'location', 'toast', ...VIEW_KINDS]);

/**
 * Each step finds the page it needs: `edit`, `path`, `click`, the record keys of `expect` and the approval and
 * product steps that act on "the record last opened" need a record page opened, as the persona who acts now;
 * `expect: { list | report | dashboard }` needs the last open to have shown that. The run would otherwise fail
 * after Login-As and test data, or read a page the scenario did not mean.
 */
export function stepsFindTheirPage(scenario: ParsedScenario): Violation[] {
  let shown = NOTHING_YET;
  const violations: Violation[] = [];
  const created = scenario.steps.flatMap((step) =>
    step.kind === 'create' && step.record ? [step.record] : [],
  );
  const openExample = `- open: { record: ${[...Object.keys(scenario.data), ...created][0] ?? 'lead'} }`;
  scenario.steps.forEach((step, index) => {
    const problem = pageProblem(step, index, shown, openExample);
    if (problem) violations.push(problem);
    shown = shownAfter(step, index, shown);
  });
  return violations;
}

function pageProblem(step: Step, index: number, shown: Shown, openExample: string): Violation | undefined {
  if (step.kind === 'expect') return expectProblem(step, index, shown, openExample);
  if (step.kind === 'open' && step.record === undefined && step.relatedList !== undefined && !shown.record)
    return noRecord(step, index, shown, openExample);
  if (actsOnOpenedRecord(step) && !shown.record) return noRecord(step, index, shown, openExample);
  return undefined;
}

function expectProblem(
  step: Extract<Step, { kind: 'expect' }>,
  index: number,
  shown: Shown,
  openExample: string,
): Violation | undefined {
  const recordKey = Object.entries(step).find(
    ([key, value]) => !ANYWHERE_KEYS.has(key) && hasContent(value),
  )?.[0];
  if (recordKey && !shown.record) {
    if (!shown.view) return noRecord(step, index, shown, openExample);
    return {
      path: ['steps', index, 'expect', recordKey],
      message:
        `"${recordKey}" checks a record page, but ${shown.cause}. ` +
        `Open the record before this expect step, e.g. ${openExample}`,
    };
  }
  for (const view of VIEW_KINDS) {
    if (step[view] === undefined) continue;
    if (shown.view === view || (view === 'list' && shown.view === 'tab')) continue;
    return {
      path: ['steps', index, 'expect', view],
      message:
        `Nothing to check "${view}" on: ${shown.view || shown.record ? shown.cause : 'no list, report or dashboard has been opened yet'}. ` +
        `Add e.g. - ${OPEN_VIEW_EXAMPLE[view]} before this expect step.`,
    };
  }
  return undefined;
}

function noRecord(step: Step, index: number, shown: Shown, openExample: string): Violation {
  return {
    path: ['steps', index],
    message:
      shown === NOTHING_YET
        ? `Expected an open step before this ${step.kind} step, but no record has been opened yet. ` +
          `Add one before it, e.g. ${openExample}`
        : `Expected an open step before this ${step.kind} step: ${shown.cause}. Add one, e.g. ${openExample}`,
  };
}

/** Steps that act on the record page opened before them. */
function actsOnOpenedRecord(step: Step): boolean {
  switch (step.kind) {
    case 'edit':
    case 'path':
    case 'click':
    case 'submitForApproval':
    case 'recall':
    case 'approval':
    case 'addProducts':
      return true;
    case 'approve':
    case 'reject':
      return !step.record;
    case 'offered':
      return Boolean(step.priceBooks || step.products || (step.quoteTemplates && !step.quoteTemplates.quote));
    default:
      return false;
  }
}

function shownAfter(step: Step, index: number, before: Shown): Shown {
  // Named as the error paths name steps (steps[0] is the first), so a message and its path agree.
  const by = `steps[${index}]`;
  switch (step.kind) {
    case 'open':
      if (step.record !== undefined)
        return {
          record: true,
          view: step.relatedList ? 'list' : undefined,
          cause: `${by} opened record "${step.record}"`,
        };
      if (step.relatedList !== undefined)
        return { ...before, view: 'list', cause: `${by} opened related list "${step.relatedList}"` };
      if (step.object !== undefined)
        return {
          record: false,
          view: 'list',
          cause: `${by} opened ${step.listView ? `list view ${step.listView}` : `the ${step.object} home`}`,
        };
      if (step.report !== undefined)
        return { record: false, view: 'report', cause: `${by} opened report ${step.report}` };
      if (step.dashboard !== undefined)
        return { record: false, view: 'dashboard', cause: `${by} opened dashboard ${step.dashboard}` };
      if (step.tab !== undefined)
        return { record: false, view: 'tab', cause: `${by} opened tab "${step.tab}"` };
      return before;
    case 'listView':
      return { record: false, view: 'list', cause: `${by} opened list view ${step.view}` };
    case 'create':
      return step.expectError
        ? { record: false, cause: `${by}'s New form was refused as expected, so no record was opened` }
        : { record: true, cause: `${by} created and opened a ${step.sobject}` };
    case 'fieldAccess':
      return { record: true, cause: `${by} opened record "${step.record}"` };
    case 'as':
      return {
        record: false,
        cause: `${by} switched persona, and the record opened before it was opened as the previous persona`,
      };
    case 'cannotOpen':
      return { record: false, cause: `${by} left the record page for Insufficient Privileges` };
    case 'approve':
    case 'reject':
    case 'itemsToApprove':
      return { record: false, cause: `${by} went to Items to Approve` };
    case 'offered':
      return step.quoteTemplates?.quote
        ? { record: false, cause: `${by} opened quote "${step.quoteTemplates.quote}" to read its templates` }
        : before;
    default:
      return before;
  }
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
