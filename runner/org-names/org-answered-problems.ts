import type { ScenarioError } from '../model';

/**
 * The files' problems and the org's, in file order, without a file's problem at the very name the org answered
 * for: it is the same mistake, and the org's answer says more (a field written by its label, or a typo of one, is
 * "not a field API name" to the schema, and to the org a field whose API name it names).
 */
export function withOrgAnswers(
  fileProblems: readonly ScenarioError[],
  orgProblems: readonly ScenarioError[],
): ScenarioError[] {
  const place = (problem: ScenarioError) =>
    `${problem.file}:${problem.line}:${problem.column}:${problem.path}`;
  const answered = new Set(orgProblems.map(place));
  return [...fileProblems.filter((problem) => !answered.has(place(problem))), ...orgProblems].sort(
    byFileAndPosition,
  );
}

function byFileAndPosition(a: ScenarioError, b: ScenarioError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
