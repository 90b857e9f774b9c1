import { parseArgs } from 'node:util';

export const FLAKE_USAGE =
  'Usage: npm run flake -- --runs N [--latency jitter,lightning] [--shadow native,synthetic] [--concurrent K]';
const LATENCIES = ['jitter', 'lightning'];
const SHADOWS = ['native', 'synthetic'];

export interface FlakeOptions {
  runs: number;
  latencies: string[];
  shadows: string[];
  concurrent: number;
}

/** The flake script's command line, or what is wrong with it. */
export function flakeOptions(args: string[]): FlakeOptions | string {
  let values: { runs?: string; latency?: string; shadow?: string; concurrent?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        runs: { type: 'string' },
        latency: { type: 'string' },
        shadow: { type: 'string' },
        concurrent: { type: 'string' },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const runs = Number(values.runs ?? '1');
  if (!Number.isInteger(runs) || runs < 1) return `--runs expects a whole number ≥ 1, got "${values.runs}"`;
  const concurrent = Number(values.concurrent ?? '1');
  if (!Number.isInteger(concurrent) || concurrent < 1) {
    return `--concurrent expects a whole number ≥ 1, got "${values.concurrent}"`;
  }
  const latencies = listed(values.latency, LATENCIES, '--latency');
  if (typeof latencies === 'string') return latencies;
  const shadows = listed(values.shadow, SHADOWS, '--shadow');
  if (typeof shadows === 'string') return shadows;
  return { runs, concurrent, latencies, shadows };
}

function listed(given: string | undefined, known: string[], flag: string): string[] | string {
  const picked = given ? given.split(',').map((value) => value.trim()) : known;
  const wrong = picked.filter((value) => !known.includes(value));
  return wrong.length > 0 ? `${flag} takes ${known.join(', ')}, not ${wrong.join(', ')}` : picked;
}
