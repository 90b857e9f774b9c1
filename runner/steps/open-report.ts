import { ReportPage } from '../../pages/report-page';
import type { StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { reportNamed } from './view-names';

/**
 * Runs a report as the persona (reports run with the viewer's sharing and field-level security). A report that
 * refuses to run is not a failure here: what it shows (rows, or the refusal) is judged by `expect: { report }`.
 */
export async function openReport(developerName: string, context: StepContext): Promise<void> {
  const named = await reportNamed(context, developerName);
  const report = new ReportPage(context.page);
  await explainingTimeouts(
    context.page,
    `${personaName(context)}: report "${named.name}" (${developerName}) showing its results or its error`,
    'the report run did not finish',
    () => report.open(named.id),
  );
  context.openRecord = undefined;
  context.openView = {
    kind: 'report',
    report,
    id: named.id,
    name: named.name,
    developerName,
    folder: named.folder,
    format: named.format,
  };
}
