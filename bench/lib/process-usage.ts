import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRun {
  code: number;
  wallMs: number;
  /** User + system CPU of the process and every descendant it waited for. */
  cpuMs: number;
  /** Peak proportional set size of the whole process tree, summed over its processes, when sampled. */
  peakPssMb?: number;
  peakProcesses?: number;
  /** At the peak: each process of the tree, by what it is, largest first. */
  peakParts?: PssPart[];
  output: string;
}

export interface PssPart {
  what: string;
  pssMb: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * CPU of this process's reaped children so far (/proc/self/stat cutime + cstime). A child's descendants are
 * included once the child has waited for them, so the delta around one child run is its whole tree's CPU.
 */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 3; cutime and cstime are fields 16 and 17.
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * TICK_MS;
}

/** Runs a command to its end; optionally samples its process tree's PSS every `sampleMs`. */
export function runMeasured(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; samplePss?: boolean; sampleMs?: number } = {},
): Promise<ProcessRun> {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let peakPssMb = 0;
    let peakProcesses = 0;
    let peakParts: PssPart[] = [];
    const sampler = options.samplePss
      ? setInterval(() => {
          if (!child.pid) return;
          const { pssMb, processes, parts } = treePss(child.pid);
          if (pssMb > peakPssMb) peakParts = parts;
          peakPssMb = Math.max(peakPssMb, pssMb);
          peakProcesses = Math.max(peakProcesses, processes);
        }, options.sampleMs ?? 100)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      resolve({
        code: code ?? 1,
        wallMs: performance.now() - started,
        cpuMs: childrenCpuMs() - cpuBefore,
        ...(options.samplePss ? { peakPssMb, peakProcesses, peakParts } : {}),
        output,
      });
    });
  });
}

/** The pids of `root` and all its descendants, from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSafe('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), pid]);
    } catch {
      // exited meanwhile
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return tree;
}

/** Sum of Pss over a process tree (/proc/<pid>/smaps_rollup), in MB, and each process's share. */
export function treePss(root: number): { pssMb: number; processes: number; parts: PssPart[] } {
  const parts: PssPart[] = [];
  for (const pid of processTree(root)) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (match) parts.push({ what: processKind(pid), pssMb: Number(match[1]) / 1024 });
    } catch {
      // exited meanwhile
    }
  }
  parts.sort((a, b) => b.pssMb - a.pssMb);
  return { pssMb: parts.reduce((sum, part) => sum + part.pssMb, 0), processes: parts.length, parts };
}

/**
 * "node bin/persona-ux.cjs", "chromium --type=renderer", ... from /proc/<pid>/cmdline (Chromium rewrites its
 * children's command line into one space-separated string).
 */
function processKind(pid: number): string {
  const [program = '?', ...args] = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split(/[\0\s]+/)
    .filter(Boolean);
  const name = program.split('/').at(-1) ?? program;
  const type = args.find((arg) => arg.startsWith('--type='));
  if (type) return `chromium ${type}`;
  const script = args.find((arg) => !arg.startsWith('-'));
  return script ? `${name} ${script.split('/').slice(-2).join('/')}` : name;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
