import type { OpenStep } from '../model';
import type { StepContext } from './context';
import { openDashboard } from './open-dashboard';
import { openListView } from './open-list-view';
import { openRecord } from './open-record';
import { openRelatedList } from './open-related-list';
import { openReport } from './open-report';
import { openTab } from './open-tab';

/** `open`: a record (and maybe one of its related lists), a list view, an object home, a report, a dashboard or a tab. */
export async function openTarget(step: Omit<OpenStep, 'kind'>, context: StepContext): Promise<void> {
  if (step.record !== undefined) {
    context.openView = undefined;
    await openRecord(step.record, context);
    if (step.relatedList !== undefined) await openRelatedList(step.relatedList, context);
    return;
  }
  if (step.object !== undefined) return openListView(step.object, step.listView, context);
  if (step.report !== undefined) return openReport(step.report, context);
  if (step.dashboard !== undefined) return openDashboard(step.dashboard, context);
  if (step.tab !== undefined) return openTab(step.tab, context);
  if (step.relatedList !== undefined) return openRelatedList(step.relatedList, context);
  throw new Error('Nothing to open: the step names no record, list view, object, report, dashboard or tab.');
}
