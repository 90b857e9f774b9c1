import { type Diagnosis, diagnose } from './diagnosis';
import type { Drift } from './drifts';
import type { ScenarioOutcome } from './run-suite';

export interface DriftVerdict {
  drift: Drift;
  /** The expected scenarios that failed. */
  red: string[];
  /** The expected scenarios that passed or were not reported at all. */
  missed: string[];
  /** Each red scenario's diagnosis. */
  diagnoses: Record<string, Diagnosis>;
  /** Caught with the right diagnosis everywhere (or, for a drift to survive, every scenario passed). */
  ok: boolean;
}

/** Whether the drift turned every named scenario red with its diagnosis (or left them all green). */
export function judgeDrift(drift: Drift, outcomes: ScenarioOutcome[]): DriftVerdict {
  const byId = new Map(outcomes.map((outcome) => [outcome.scenario, outcome]));
  const red = drift.scenarios.filter((id) => byId.get(id)?.passed === false);
  const diagnoses = Object.fromEntries(red.map((id) => [id, diagnose(byId.get(id)?.message ?? '')]));
  if (drift.survive) {
    const green = drift.scenarios.filter((id) => byId.get(id)?.passed === true);
    const missed = drift.scenarios.filter((id) => !green.includes(id));
    return { drift, red, missed, diagnoses, ok: missed.length === 0 };
  }
  const missed = drift.scenarios.filter((id) => !red.includes(id));
  const ok = missed.length === 0 && red.every((id) => diagnoses[id] === drift.diagnosis);
  return { drift, red, missed, diagnoses, ok };
}

/** The undrifted org: every scenario reported, every one green. */
export function judgeBaseline(
  expected: string[],
  outcomes: ScenarioOutcome[],
): { ok: boolean; red: string[]; missing: string[] } {
  const reported = new Set(outcomes.map((outcome) => outcome.scenario));
  const red = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.scenario);
  const missing = expected.filter((id) => !reported.has(id));
  return { ok: red.length === 0 && missing.length === 0, red, missing };
}
