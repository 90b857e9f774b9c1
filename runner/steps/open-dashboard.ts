import { DashboardPage, DashboardPageError } from '../../pages/dashboard-page';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { dashboardNamed } from './view-names';

/** Opens a dashboard as the persona; its components show data as its running user (or the viewer, if dynamic). */
export async function openDashboard(developerName: string, context: StepContext): Promise<void> {
  const named = await dashboardNamed(context, developerName);
  const dashboard = new DashboardPage(context.page);
  try {
    await explainingTimeouts(
      context.page,
      `${personaName(context)}: dashboard "${named.title}" (${developerName}) showing its components`,
      'the dashboard did not finish loading',
      () => dashboard.open(named.id),
    );
  } catch (error) {
    if (!(error instanceof DashboardPageError)) throw error;
    // The admin's API lists the dashboard, so it exists: what the persona lacks is access to its folder.
    throw new ExpectationError(
      `${personaName(context)} cannot open dashboard "${named.title}" (${developerName}): Lightning shows "${error.message}" — ` +
        `it exists in folder "${named.folder}", which is not shared with them (folders are shared with users, roles and groups; View All Data opens every folder)`,
    );
  }
  context.openRecord = undefined;
  context.openView = {
    kind: 'dashboard',
    dashboard,
    title: named.title,
    developerName,
    runningUser: named.runningUser,
  };
}
