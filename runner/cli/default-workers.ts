import os from 'node:os';
import type { Scenario } from '../model';
import { groupByConnectedPersonas } from '../persona-groups';

/**
 * Workers when `--workers` is not given: one per group of scenarios that must run one after another (they
 * share a persona), never more than the machine's cores — each worker drives its own browser, so a worker
 * beyond the cores only adds contention.
 */
export function defaultWorkers(scenarios: readonly Scenario[], cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(cores, groupByConnectedPersonas(scenarios).length));
}
