import { type AccessChange, describeChange } from './diff';
import { ORG_FACTS } from './facts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The diff as a self-contained HTML page for a release review: one table per persona. */
export function renderDiffHtml(changes: AccessChange[], baselineFile: string, orgLabel: string): string {
  const sections = new Map<string, AccessChange[]>();
  for (const change of changes)
    sections.set(change.persona, [...(sections.get(change.persona) ?? []), change]);
  const body =
    changes.length === 0
      ? `<p>No access changes since <code>${escapeHtml(baselineFile)}</code>.</p>`
      : [...sections]
          .map(
            ([persona, list]) =>
              `<h2>${escapeHtml(persona === ORG_FACTS ? 'Org-wide' : `Persona ${persona}`)}</h2>\n<table>\n` +
              '<tr><th>change</th><th>what</th><th>before</th><th>after</th><th>source</th></tr>\n' +
              list
                .map((change) => {
                  const kind = !change.before ? 'added' : !change.after ? 'removed' : 'changed';
                  const line = describeChange(change);
                  const source = line.slice(line.indexOf('; ') + 2);
                  return (
                    `<tr class="${kind}"><td>${kind}</td><td>${escapeHtml(`${change.fact} ${change.subject}`.trim())}</td>` +
                    `<td>${escapeHtml(change.before?.value ?? '')}</td><td>${escapeHtml(change.after?.value ?? '')}</td>` +
                    `<td>${escapeHtml(source)}</td></tr>`
                  );
                })
                .join('\n') +
              '\n</table>',
          )
          .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Access changes — ${escapeHtml(orgLabel)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}
td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
tr.added td:first-child{color:#2e844a}tr.removed td:first-child{color:#ba0517}tr.changed td:first-child{color:#a96404}</style>
</head><body><h1>Access changes — ${escapeHtml(orgLabel)}</h1>
<p>Compared with <code>${escapeHtml(baselineFile)}</code>: ${changes.length} change(s).</p>
${body}
</body></html>
`;
}
