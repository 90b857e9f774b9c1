import type { DashboardPage } from '../../pages/dashboard-page';
import type { ReportPage } from '../../pages/report-page';
import type { ShownList } from '../../pages/shown-list';

/** What the last `open` showed when it was not a record page itself: a list, a report or a dashboard. */
export type OpenedView =
  | { kind: 'list'; list: ShownList }
  | {
      kind: 'report';
      report: ReportPage;
      /** The report's Id, for reading it through the Analytics REST API. */
      id: string;
      name: string;
      developerName: string;
      folder: string;
      /** Report.Format from the org: only a Tabular report's grid rows are all records. */
      format: string | undefined;
    }
  | {
      kind: 'dashboard';
      dashboard: DashboardPage;
      title: string;
      developerName: string;
      /** From the org: the fixed running user's name, or undefined for a dynamic dashboard (runs as the viewer). */
      runningUser: string | undefined;
    };
