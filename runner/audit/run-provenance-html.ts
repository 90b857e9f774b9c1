import type { RunProvenance } from '../../fixtures/audit-facts';
import { htmlText } from './html-text';
import type { Session } from './sessions';

/** "alice (GITHUB_ACTOR; OS user runner on ci-7)": who started a run, and how persona-ux knows. */
export function operatorText(operator: RunProvenance['operator'] | undefined): string {
  if (!operator) return '';
  const via = operator.via === 'os' ? 'OS user' : `${operator.via}; OS user ${operator.osUser}`;
  return `${operator.name} (${via} on ${operator.host})`;
}

/** "3f9c2ab1d4e0 (main)": the scenarios' commit, shortened, with its branch or tag when recorded. */
function commitText(scenarios: RunProvenance['scenarios'] | undefined, length = 12): string {
  if (!scenarios) return '';
  return `${scenarios.commit.slice(0, length)}${scenarios.ref ? ` (${scenarios.ref})` : ''}`;
}

const runAnchor = (runId: string) => `run-${encodeURIComponent(runId)}`;

/** A session's run in its row: who started it and the scenarios commit, linked to the run in the runs list. */
export function runCell(session: Session): string {
  const who = session.operator ? htmlText(session.operator.name) : 'not recorded';
  const commit = session.scenariosCommit
    ? `<br><small title="${htmlText(session.scenariosCommit.commit)}">${htmlText(commitText(session.scenariosCommit))}</small>`
    : '';
  return `<a href="#${htmlText(runAnchor(session.runId))}">${who}</a>${commit}`;
}

/**
 * Every run the sessions belong to: its id, who started it, from which scenarios commit and with which persona-ux,
 * as its run.start line recorded them ("not recorded" for a log written before they were, or a run with no
 * run.start line).
 */
export function runsSection(sessions: Session[]): string {
  const runs = new Map<string, Session[]>();
  for (const s of sessions) runs.set(s.runId, [...(runs.get(s.runId) ?? []), s]);
  if (runs.size === 0) return '';
  const rows = [...runs]
    .map(([runId, list]) => {
      const [first] = list;
      const operator = operatorText(first.operator) || 'not recorded';
      const commit = first.scenariosCommit
        ? `${first.scenariosCommit.commit}${first.scenariosCommit.ref ? ` (${first.scenariosCommit.ref})` : ''}`
        : 'not recorded';
      const tool = first.tool ? `${first.tool.name} ${first.tool.version}` : 'not recorded';
      return (
        `<tr id="${htmlText(runAnchor(runId))}"><td>${htmlText(runId)}</td><td>${htmlText(first.start)}</td>` +
        `<td>${htmlText(operator)}</td><td><code>${htmlText(commit)}</code></td><td>${htmlText(tool)}</td>` +
        `<td>${list.length}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<h2>Runs (${runs.size})</h2>\n<p>Who started each run (the CI's user, or the OS user), the git commit its scenarios were at, and the persona-ux that ran them.</p>` +
    '<div class="wide"><table><thead><tr><th>run</th><th>first session</th><th>started by</th><th>scenarios commit</th><th>ran with</th><th>sessions</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`
  );
}
