import { browsers } from './browsers';

/** One run of the demo suite a benchmark makes: its label, `persona-ux run`'s arguments, and its environment. */
export interface SuiteRunPlan {
  label: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The demo suite (or PERSONA_UX_BENCH_SCENARIOS, paths, space-separated) with each worker count (a number, or
 * "default") in the browser this machine gives a run, then with default workers in a headless shell where one is
 * installed (lib/browsers).
 */
export function suiteRunPlans(workerCounts: string[], env: NodeJS.ProcessEnv = process.env): SuiteRunPlan[] {
  const inputs = env.PERSONA_UX_BENCH_SCENARIOS?.split(/\s+/).filter(Boolean) ?? [];
  const workersArgs = (workers: string) => (workers === 'default' ? [] : ['--workers', workers]);
  const [resolvers, shell] = browsers(env);
  return [
    ...workerCounts.map((workers) => ({
      label: workers === 'default' ? 'default workers' : workers === '1' ? '1 worker' : `${workers} workers`,
      args: [...inputs, ...workersArgs(workers)],
      env: resolvers.env,
    })),
    ...(shell ? [{ label: 'default workers, headless shell', args: inputs, env: shell.env }] : []),
  ];
}
