import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRun {
  code: number;
  wallMs: number;
  /**
   * User + system CPU of the process tree: what its processes' parents reaped, or, when sampled, the larger of that
   * and the sum of every sampled process's own CPU. Both are lower bounds: Chromium's renderers are reparented
   * away from the tree, so their CPU never reaches a reaping parent; a sampled process's last moments are missed.
   */
  cpuMs: number;
  /** When sampled: each kind of process in the tree (renderer, worker, ...) and its CPU, largest first. */
  cpuParts?: CpuPart[];
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

export interface CpuPart {
  what: string;
  processes: number;
  cpuMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * CPU of this process's reaped children so far (/proc/self/stat cutime + cstime). A child's descendants are
 * included once the child has waited for them, so the delta around one child run is its whole tree's CPU.
 */
function childrenCpuMs(): number {
  const field = procStat('self');
  return (field(CUTIME) + field(CSTIME)) * TICK_MS;
}

// Fields of /proc/<pid>/stat, numbered as in proc(5).
const PPID = 4;
const UTIME = 14;
const STIME = 15;
const CUTIME = 16;
const CSTIME = 17;

/**
 * A process's /proc/<pid>/stat, read once: its numeric fields by their number in proc(5). They are counted after
 * "pid (comm) ", whose command name may hold spaces and parentheses (the state is field 3).
 */
function procStat(pid: number | 'self'): (field: number) => number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (field) => Number(fields[field - 3]);
}

/**
 * Runs a command to its end; optionally samples its process tree every `sampleMs`: PSS (`samplePss`) and each
 * process's own CPU (`sampleCpu`).
 */
export function runMeasured(
  command: string,
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    samplePss?: boolean;
    sampleCpu?: boolean;
    sampleMs?: number;
  } = {},
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
    const cpu = new TreeCpu();
    const sample = () => {
      if (!child.pid) return;
      const tree = processTree(child.pid);
      if (options.sampleCpu) cpu.sample(tree);
      if (!options.samplePss) return;
      const { pssMb, processes, parts } = treePss(tree);
      if (pssMb > peakPssMb) peakParts = parts;
      peakPssMb = Math.max(peakPssMb, pssMb);
      peakProcesses = Math.max(peakProcesses, processes);
    };
    const sampler =
      options.samplePss || options.sampleCpu ? setInterval(sample, options.sampleMs ?? 100) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const reapedMs = childrenCpuMs() - cpuBefore;
      resolve({
        code: code ?? 1,
        wallMs: performance.now() - started,
        cpuMs: Math.max(reapedMs, options.sampleCpu ? cpu.totalMs() : 0),
        ...(options.sampleCpu ? { cpuParts: cpu.parts() } : {}),
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
      const ppid = procStat(pid)(PPID);
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

/** Each process's own user + system CPU as last seen (/proc/<pid>/stat utime and stime), kept after it exits. */
class TreeCpu {
  private readonly seen = new Map<number, { what: string; cpuMs: number }>();

  sample(pids: readonly number[]): void {
    for (const pid of pids) {
      try {
        const field = procStat(pid);
        const cpuMs = (field(UTIME) + field(STIME)) * TICK_MS;
        // Read each time: a wrapper script (/usr/bin/chromium) becomes what it execs under the same pid. An exited
        // process not yet reaped has no command line left; it keeps the kind it had.
        const what = processKind(pid);
        this.seen.set(pid, { what: what === '?' ? (this.seen.get(pid)?.what ?? what) : what, cpuMs });
      } catch {
        // exited meanwhile
      }
    }
  }

  totalMs(): number {
    let total = 0;
    for (const { cpuMs } of this.seen.values()) total += cpuMs;
    return total;
  }

  parts(): CpuPart[] {
    const kinds = new Map<string, CpuPart>();
    for (const { what, cpuMs } of this.seen.values()) {
      const kind = kinds.get(what) ?? { what, processes: 0, cpuMs: 0 };
      kinds.set(what, { what, processes: kind.processes + 1, cpuMs: kind.cpuMs + cpuMs });
    }
    return [...kinds.values()].sort((a, b) => b.cpuMs - a.cpuMs);
  }
}

/** Sum of Pss over a process tree (/proc/<pid>/smaps_rollup), in MB, and each process's share. */
export function treePss(root: number | readonly number[]): {
  pssMb: number;
  processes: number;
  parts: PssPart[];
} {
  const parts: PssPart[] = [];
  for (const pid of typeof root === 'number' ? processTree(root) : root) {
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
