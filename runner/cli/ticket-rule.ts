import { readFileSync } from 'node:fs';
import type { Scenario } from '../model';

/**
 * The organisation's ticket format (PERSONA_UX_TICKET_PATTERN, e.g. ^[A-Z]+-\d+$): the seed guide asks that
 * every session be tied to a support ticket or request, so a ticket that is not one stops the run (exit 2).
 */
export function ticketProblems(scenarios: Scenario[], pattern: string | undefined): string[] {
  if (!pattern) return [];
  const rule = new RegExp(pattern);
  return scenarios
    .filter((scenario) => !rule.test(scenario.ticket))
    .map(
      (scenario) =>
        `${scenario.file}:${ticketLine(scenario)}:1  ticket: "${scenario.ticket}" does not match the ticket pattern ` +
        `${pattern} (PERSONA_UX_TICKET_PATTERN). Write the ticket or request that justifies impersonating ` +
        `persona "${scenario.persona.name}", e.g. REVOPS-142.`,
    );
}

function ticketLine(scenario: Scenario): number {
  try {
    const lines = readFileSync(scenario.file, 'utf8').split('\n');
    const index = lines.findIndex((line) => /^ticket\s*:/.test(line));
    return index >= 0 ? index + 1 : scenario.location.line;
  } catch {
    return scenario.location.line;
  }
}
