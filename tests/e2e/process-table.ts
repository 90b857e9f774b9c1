import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  pgrp: number;
  alive: boolean;
}

/** The processes of this machine (zombies marked not alive), read from /proc. */
export function processes(): ProcessEntry[] {
  const found: ProcessEntry[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so read after its last ")".
    const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), alive: state !== 'Z' });
  }
  return found;
}

/** The Playwright runner `persona-ux run` (pid `cli`) started, in a process group of its own. */
export function runnerOf(cli: number): ProcessEntry | undefined {
  return processes().find((found) => found.ppid === cli && found.pgrp === found.pid && found.alive);
}

/** Whether no process of group `group` is alive. */
export const groupGone = (group: number) => !processes().some((found) => found.pgrp === group && found.alive);
