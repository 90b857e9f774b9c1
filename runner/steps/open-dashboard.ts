import { DashboardPage } from '../../pages/dashboard-page';
import type { StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './open-list-view';
import { dashboardNamed } from './view-names';

/** Opens a dashboard as the persona; its components show data as its running user (or the viewer, if dynamic). */
export async function openDashboard(developerName: string, context: StepContext): Promise<void> {
  const named = await dashboardNamed(context, developerName);
  const dashboard = new DashboardPage(context.page);
  await explainingTimeouts(
    context.page,
    `${personaName(context)}: dashboard "${named.title}" (${developerName}) naming its running user and showing its components`,
    'the dashboard did not finish loading, or the persona cannot open its folder',
    () => dashboard.open(named.id),
  );
  context.openRecord = undefined;
  context.openView = {
    kind: 'dashboard',
    dashboard,
    title: named.title,
    developerName,
    runningUser: named.runningUser,
  };
}
