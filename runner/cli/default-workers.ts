import os from 'node:os';
import type { Scenario } from '../model';
import { scenariosAtOnce } from '../persona-schedule';

/**
 * Workers when `--workers` is not given: as many as scenarios can run at once (those that share a persona wait
 * for each other), never more than the machine's cores — each worker drives its own browser, so a worker
 * beyond the cores only adds contention.
 */
export function defaultWorkers(scenarios: readonly Scenario[], cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(cores, scenariosAtOnce(scenarios)));
}
