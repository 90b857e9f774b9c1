import type { Scenario, ScenarioError } from '../model';
import type { PropertyPath } from './property-path';
import { readYaml } from './yaml-source';

/**
 * The organisation's ticket format (PERSONA_UX_TICKET_PATTERN, e.g. ^[A-Z]+-\d+$): every session must be tied to
 * a support ticket or request, so a ticket — or a sensitive persona's approval reference — that is not one is an
 * error at its value, wherever scenarios are loaded to run or be validated: `persona-ux run` and `validate`
 * (exit 2), and Playwright's own runner (`npx playwright test`, UI mode, VS Code). An invalid pattern is a
 * settings problem, reported by the org settings' check (and by ticketPatternProblem).
 */
export function ticketProblems(scenarios: readonly Scenario[], pattern: string | undefined): ScenarioError[] {
  const rule = ticketRule(pattern);
  if (!rule) return [];
  const reported = new Set<string>();
  return scenarios.flatMap((scenario) => {
    const values: Array<{ path: PropertyPath; value: string; what: string }> = [
      { path: ['ticket'], value: scenario.ticket, what: 'ticket' },
      ...(scenario.approval
        ? [
            {
              path: ['approval', 'reference'],
              value: scenario.approval.reference,
              what: 'approval reference',
            },
          ]
        : []),
    ];
    return values.flatMap(({ path, value, what }) => {
      // A matrix is one test per persona, all from one file, one ticket and one approval.
      const key = `${scenario.file}#${path.join('.')}`;
      if (rule.test(value) || reported.has(key)) return [];
      reported.add(key);
      return [
        {
          ...position(scenario, path),
          file: scenario.file,
          path: path.join('.'),
          message:
            `"${value}" does not match the ticket pattern ${pattern} (PERSONA_UX_TICKET_PATTERN). Write the ` +
            `${what === 'ticket' ? 'ticket or request' : 'approval record'} that justifies impersonating persona ` +
            `"${scenario.persona.name}", in the form ${pattern}.`,
        },
      ];
    });
  });
}

/** Why the pattern cannot judge tickets, when it cannot: not a regular expression. */
export function ticketPatternProblem(pattern: string | undefined): string | undefined {
  if (!pattern?.trim() || ticketRule(pattern)) return undefined;
  return 'PERSONA_UX_TICKET_PATTERN is not a valid regular expression; write e.g. ^[A-Z]+-\\d+$';
}

function ticketRule(pattern: string | undefined): RegExp | undefined {
  if (!pattern?.trim()) return undefined;
  try {
    return new RegExp(pattern.trim());
  } catch {
    return undefined;
  }
}

/** Where the value at `path` is written in the scenario's file; the scenario's own line if it cannot be read. */
function position(scenario: Scenario, path: PropertyPath): { line: number; column: number } {
  try {
    const { source } = readYaml(scenario.file);
    if (source) {
      const { line, column } = source.locate(path);
      return { line, column };
    }
  } catch {
    // The file was read a moment ago; if it is gone now, the scenario's own line will do.
  }
  return { line: scenario.location.line, column: scenario.location.column };
}
