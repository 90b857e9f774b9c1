import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMeasured } from './lib/process-usage';
import { startStandaloneEmulator } from './lib/standalone-emulator';
import { median, ratio, seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * One demo scenario through `npx persona-ux run` against a hand-written `@playwright/test` spec doing the same
 * steps (bench/handwritten/, run with `npx playwright test`), both against one standalone emulator, PAIRS
 * interleaved pairs (which goes first alternates). Whole process wall time, and the test's own time (JUnit).
 * Each is run as its users run it: Playwright from this project, where it is installed; persona-ux from a
 * project that has it installed (a link, as npm installs a folder), since `npx persona-ux` inside persona-ux's
 * own checkout takes npm's slower way for a package's own name (0.46 s against 0.30 s for `help`).
 */
const ROOT = path.resolve(__dirname, '..');
const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
const PAIRS = 6;
const TARGET = { whole: 1.1, inside: 1.05 };

interface Timed {
  wallMs: number;
  testMs: number;
}

export async function overheadBench(): Promise<boolean> {
  const emulator = await startStandaloneEmulator();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-overhead-'));
  const project = userProject(dir);
  const env = { ...process.env, ...emulator.env, FORCE_COLOR: '0' };
  const personaUx = async (): Promise<Timed> => {
    const reports = path.join(dir, 'reports');
    const run = await runMeasured('npx', ['persona-ux', 'run', SCENARIO], {
      cwd: project,
      env: { ...env, PERSONA_UX_REPORTS_DIR: reports },
    });
    if (run.code !== 0) throw new Error(`persona-ux run exited ${run.code}:\n${run.output}`);
    if (!existsSync(path.join(reports, 'junit.xml')))
      throw new Error(`persona-ux run wrote no junit.xml:\n${run.output}`);
    return { wallMs: run.wallMs, testMs: junitTestMs(path.join(reports, 'junit.xml')) };
  };
  const handwritten = async (): Promise<Timed> => {
    const junit = path.join(dir, 'handwritten.xml');
    const run = await runMeasured(
      'npx',
      ['playwright', 'test', '-c', path.join(ROOT, 'bench', 'handwritten', 'playwright.config.ts')],
      { cwd: ROOT, env: { ...env, HANDWRITTEN_JUNIT: junit } },
    );
    if (run.code !== 0) throw new Error(`the hand-written spec exited ${run.code}:\n${run.output}`);
    return { wallMs: run.wallMs, testMs: junitTestMs(junit) };
  };
  const ours: Timed[] = [];
  const theirs: Timed[] = [];
  try {
    await personaUx(); // warm-up: tsx's transform cache and the emulator's templates
    await handwritten();
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        ours.push(await personaUx());
        theirs.push(await handwritten());
      } else {
        theirs.push(await handwritten());
        ours.push(await personaUx());
      }
    }
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ratios = (key: keyof Timed) => ours.map((o, i) => o[key] / theirs[i][key]);
  const wholeRatio = median(ratios('wallMs'));
  const insideRatio = median(ratios('testMs'));
  const m = (list: Timed[], key: keyof Timed) => seconds(median(list.map((t) => t[key])));
  // The spread shows how far one pair moves with this machine's noise, against the margin to the target.
  const spread = (key: keyof Timed) =>
    `${ratio(Math.min(...ratios(key)))} – ${ratio(Math.max(...ratios(key)))}`;
  printTable(
    `Overhead: sdr-sees-routed-lead, ${PAIRS} interleaved pairs, median (target whole <= ${TARGET.whole}×, inside <= ${TARGET.inside}×)`,
    ['', 'persona-ux run', 'hand-written spec', 'median ratio of pairs', 'pairs', 'target'],
    [
      [
        'whole process',
        m(ours, 'wallMs'),
        m(theirs, 'wallMs'),
        ratio(wholeRatio),
        spread('wallMs'),
        verdict(wholeRatio <= TARGET.whole),
      ],
      [
        'inside the test',
        m(ours, 'testMs'),
        m(theirs, 'testMs'),
        ratio(insideRatio),
        spread('testMs'),
        verdict(insideRatio <= TARGET.inside),
      ],
    ],
  );
  return wholeRatio <= TARGET.whole && insideRatio <= TARGET.inside;
}

/** A project with persona-ux installed from this checkout: node_modules/persona-ux and its bin, linked. */
function userProject(dir: string): string {
  const project = path.join(dir, 'project');
  mkdirSync(path.join(project, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'org-tests', private: true, devDependencies: { 'persona-ux': `file:${ROOT}` } }),
  );
  symlinkSync(ROOT, path.join(project, 'node_modules', 'persona-ux'));
  symlinkSync(
    path.join('..', 'persona-ux', 'bin', 'persona-ux.cjs'),
    path.join(project, 'node_modules', '.bin', 'persona-ux'),
  );
  return project;
}

/** The summed testcase time of a JUnit file, in ms. */
function junitTestMs(file: string): number {
  const times = [...readFileSync(file, 'utf8').matchAll(/<testcase\b[^>]*\btime="([\d.]+)"/g)];
  if (times.length === 0) throw new Error(`no testcase time in ${file}`);
  return times.reduce((sum, match) => sum + Number(match[1]) * 1000, 0);
}

if (require.main === module) {
  overheadBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}
