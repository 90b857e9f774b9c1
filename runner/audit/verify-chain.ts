import path from 'node:path';
import { GENESIS, hashLine } from '../../fixtures/audit-chain';
import {
  isCutShort,
  partialLineKey,
  partialLineOf,
  recordedPartialLines,
} from '../../fixtures/audit-chain-end';
import type { AuditLine } from '../../fixtures/audit-events';
import { type ChainEntry, type LooseLine, readAuditText } from '../../fixtures/audit-files';
import { HEAD_FILE, readHead } from '../../fixtures/audit-head';

export interface BrokenLink {
  file: string;
  /** 1-based line number in that file; none when the break is the folder's head file. */
  line?: number;
  why: string;
}

/** A line a killed writer cut short: its event is lost, and the chain goes on from the line before it. */
export interface CutShortLine {
  file: string;
  line: number;
  /** A later writer recorded it in the chain (audit.partial-line). */
  recorded: boolean;
}

export interface ChainVerdict {
  lines: number;
  files: number;
  /** The first line that breaks the chain; everything before it is intact. */
  broken?: BrokenLink;
  lastHash?: string;
  lastSeq?: number;
  cutShort: CutShortLine[];
}

/** A verdict, and every chain line in chain order (past a break too: a review still shows them). */
export interface CheckedChain {
  verdict: ChainVerdict;
  entries: ChainEntry[];
}

/**
 * Follows the chain through the audit files by each line's seq and prev, whatever the files' names or order,
 * and stops at the first line that is not what was written: a changed line (its hash no longer matches), a
 * deleted, inserted or reordered one (its `prev` is not the hash of the line before it in the chain, two lines
 * claim one place, or a file holds its lines out of their order), or text that is no chain line. Text a killed
 * writer cut short at the end of a file is no break: it is listed in `cutShort`. With `folders`, each folder's
 * head file (fixtures/audit-head.ts) must name a line of the chain: deleting the last lines or the newest file
 * without rewriting the head is caught too.
 */
export function checkChain(files: readonly string[], folders: readonly string[] = []): CheckedChain {
  const { entries, loose } = readAuditText(files);
  const recorded = recordedPartialLines(entries.map((entry) => entry.line));
  const cutShort: CutShortLine[] = [];
  let strayLine: LooseLine | undefined;
  for (const row of loose) {
    const isRecorded = !row.json && recorded.has(partialLineKey(partialLineOf(row)));
    if (isRecorded || isCutShort(row)) {
      cutShort.push({ file: row.file, line: row.lineNumber, recorded: isRecorded });
    } else {
      strayLine ??= row;
    }
  }
  const ordered = [...entries].sort((a, b) => a.line.seq - b.line.seq);
  const verdict = (broken?: BrokenLink, intact = ordered.length): CheckedChain => {
    const last = ordered[intact - 1]?.line;
    return {
      verdict: {
        lines: intact,
        files: files.length,
        ...(broken ? { broken } : {}),
        lastHash: last?.hash,
        lastSeq: last?.seq,
        cutShort,
      },
      entries: ordered,
    };
  };
  if (strayLine) {
    return verdict({
      file: strayLine.file,
      line: strayLine.lineNumber,
      why: strayLine.json
        ? 'the line has no hash, prev or seq: it was not written by persona-ux'
        : 'the line is not JSON (it was edited or truncated)',
    });
  }
  const beforeInFile = precedingInFile(entries);
  for (const [index, entry] of ordered.entries()) {
    const why = breakAt(entry, ordered[index - 1], beforeInFile.get(entry));
    if (why) return verdict({ file: entry.file, line: entry.lineNumber, why }, index);
  }
  for (const folder of folders) {
    const why = headProblem(folder, ordered);
    if (why) return verdict({ file: path.join(folder, HEAD_FILE), why });
  }
  return verdict();
}

export function verifyChain(files: readonly string[], folders: readonly string[] = []): ChainVerdict {
  return checkChain(files, folders).verdict;
}

const where = (entry: ChainEntry) => `${entry.file}:${entry.lineNumber}`;

/** Why `entry` does not follow `previous` (the line before it in the chain), if it does not. */
function breakAt(
  entry: ChainEntry,
  previous: ChainEntry | undefined,
  beforeInFile: ChainEntry | undefined,
): string | undefined {
  const { line } = entry;
  if (hashLine(line as unknown as Record<string, unknown>) !== line.hash) {
    return 'the line was changed after it was written (its hash does not match its content)';
  }
  if (previous && previous.line.seq === line.seq) {
    return `it claims place ${line.seq} in the chain, as ${where(previous)} does: a line was inserted here, or two writers forked the chain`;
  }
  if (line.prev !== (previous?.line.hash ?? GENESIS)) {
    return previous
      ? `the line does not follow ${where(previous)}: a line was deleted, inserted or reordered here`
      : 'the chain does not start here: earlier lines or files were deleted';
  }
  const expected = (previous?.line.seq ?? 0) + 1;
  if (line.seq !== expected) return `the line's sequence number is ${line.seq}, expected ${expected}`;
  if (beforeInFile && beforeInFile.line.seq > line.seq) {
    return `${where(beforeInFile)}, written after it, comes before it in the file: lines were reordered`;
  }
  return undefined;
}

/** For each line, the chain line before it in its own file. */
function precedingInFile(entries: readonly ChainEntry[]): Map<ChainEntry, ChainEntry> {
  const before = new Map<ChainEntry, ChainEntry>();
  for (const [index, entry] of entries.entries()) {
    const previous = entries[index - 1];
    if (previous?.file === entry.file) before.set(entry, previous);
  }
  return before;
}

function headProblem(folder: string, ordered: readonly ChainEntry[]): string | undefined {
  const head = readHead(folder);
  if (!head || head.seq === 0) return undefined;
  const line = ordered.find((entry) => entry.line.seq === head.seq)?.line;
  if (line?.hash === head.hash) return undefined;
  const last = ordered.at(-1)?.line.seq ?? 0;
  return line
    ? `the head records line ${head.seq} with hash ${head.hash}, and the chain's line ${head.seq} has another: the chain was rewritten from there`
    : `the head records line ${head.seq} (hash ${head.hash}), but the chain ends at line ${last}: its last lines or newest file were deleted`;
}

/** The lines of these audit files in the order they were written, and whether their chain holds. */
export function readAuditLog(files: readonly string[], folders: readonly string[] = []) {
  const { verdict, entries } = checkChain(files, folders);
  return { verdict, lines: entries.map((entry): AuditLine => entry.line) };
}
