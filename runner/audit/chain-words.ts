import { shownPath } from '../shown-path';
import type { ChainVerdict, CutShortLine } from './verify-chain';

/** "file:line: why" for a broken verdict. */
export function brokenPlace(verdict: ChainVerdict): string | undefined {
  const broken = verdict.broken;
  if (!broken) return undefined;
  const at = broken.line === undefined ? shownPath(broken.file) : `${shownPath(broken.file)}:${broken.line}`;
  return `${at}: ${broken.why}`;
}

/** "audit chain BROKEN at file:line: why" for a broken verdict. */
export function brokenWords(verdict: ChainVerdict): string | undefined {
  const place = brokenPlace(verdict);
  return place && `audit chain BROKEN at ${place}`;
}

/** What a line cut short by a killed writer means, and whether the chain records it (or `who` will). */
export function cutShortWords(cut: CutShortLine, who = 'The next run'): string {
  const at = `${shownPath(cut.file)}:${cut.line}`;
  return cut.recorded
    ? `${at} is a line a killed writer cut short: its event is lost; the chain records it and goes on from the line before`
    : `the audit log ends in a partial line at ${at} (a writer was killed); audit verify shows it. ` +
        `${who} records it in the chain and goes on from the last complete line; nothing needs editing`;
}

/** Why nothing is added to a broken chain, and what to do. */
export const BROKEN_CHAIN_FIX =
  'Lines added to a broken chain would hide where it broke. Keep the audit folder as evidence and move it away ' +
  '(e.g. reports/audit → reports/audit-broken-DATE): the next run starts a new chain in an empty folder. ' +
  "persona-ux audit verify names the break; persona-ux audit reconcile compares the log with the org's own records.";

/** The chain's head, and how to keep it and check it later. */
export function headWords(head: { seq: number; hash: string }): string {
  return (
    `audit chain head: line ${head.seq}, ${head.hash}\n` +
    '  Keep it where this machine cannot rewrite it (the CI log, an artifact): ' +
    `persona-ux audit verify --expect-head ${head.hash} proves later that no line up to it was deleted or rewritten.`
  );
}
