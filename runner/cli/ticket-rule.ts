import { readFileSync } from 'node:fs';
import type { Scenario, ScenarioError } from '../model';

/**
 * The organisation's ticket format (PERSONA_UX_TICKET_PATTERN, e.g. ^[A-Z]+-\d+$): every session must be tied to
 * a support ticket or request, so a ticket that is not one is an error at the ticket's value, for validate as
 * for run (exit 2). An invalid pattern is a settings problem, reported by the org settings' check.
 */
export function ticketProblems(scenarios: readonly Scenario[], pattern: string | undefined): ScenarioError[] {
  const rule = ticketRule(pattern);
  if (!rule) return [];
  const reported = new Set<string>();
  return scenarios.flatMap((scenario) => {
    // A matrix is one test per persona, all from one file and one ticket.
    if (rule.test(scenario.ticket) || reported.has(scenario.file)) return [];
    reported.add(scenario.file);
    return [
      {
        ...ticketPosition(scenario),
        file: scenario.file,
        path: 'ticket',
        message:
          `"${scenario.ticket}" does not match the ticket pattern ${pattern} (PERSONA_UX_TICKET_PATTERN). Write the ` +
          `ticket or request that justifies impersonating persona "${scenario.persona.name}", in the form ${pattern}.`,
      },
    ];
  });
}

function ticketRule(pattern: string | undefined): RegExp | undefined {
  if (!pattern?.trim()) return undefined;
  try {
    return new RegExp(pattern.trim());
  } catch {
    return undefined;
  }
}

/** Where the ticket's value starts: the top-level `ticket:` line of the file. */
function ticketPosition(scenario: Scenario): { line: number; column: number } {
  try {
    const lines = readFileSync(scenario.file, 'utf8').split('\n');
    for (const [index, line] of lines.entries()) {
      const key = /^ticket\s*:\s*/.exec(line);
      if (key) return { line: index + 1, column: key[0].length + 1 };
    }
  } catch {
    // The file was read a moment ago; if it is gone now, the scenario's own line will do.
  }
  return { line: scenario.location.line, column: scenario.location.column };
}
