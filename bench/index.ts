import { lightningLatencyBench } from './lightning-latency';
import { memoryBench } from './memory';
import { overheadBench } from './overhead';
import { personaSwitchBench } from './persona-switch';
import { recordPageBench } from './record-page';
import { suiteBench } from './suite';
import { validateBench } from './validate';

/** `npm run bench` runs every benchmark; `npm run bench -- NAME…` the named ones. Exit 1 when a target is missed. */
const benchmarks: Record<string, () => Promise<boolean>> = {
  overhead: overheadBench,
  'persona-switch': personaSwitchBench,
  suite: suiteBench,
  validate: validateBench,
  emulator: recordPageBench,
  memory: memoryBench,
  'lightning-latency': lightningLatencyBench,
};

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((name) => !benchmarks[name]);
  if (unknown.length > 0) {
    console.error(
      `bench: no benchmark named ${unknown.join(', ')}. Benchmarks: ${Object.keys(benchmarks).join(', ')}.`,
    );
    return 2;
  }
  const missed: string[] = [];
  for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
    console.log(`\n=== ${name} ===`);
    if (!(await benchmarks[name]())) missed.push(name);
  }
  console.log(missed.length === 0 ? '\nEvery target met.' : `\nTargets not met: ${missed.join(', ')}.`);
  return missed.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`bench: ${error.message}`);
    process.exitCode = 1;
  },
);
