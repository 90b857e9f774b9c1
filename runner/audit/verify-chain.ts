import { readFileSync } from 'node:fs';
import { GENESIS, hashLine } from '../../fixtures/audit-chain';

export interface BrokenLink {
  file: string;
  /** 1-based line number in that file. */
  line: number;
  why: string;
}

export interface ChainVerdict {
  lines: number;
  files: number;
  /** The first line that breaks the chain; everything before it is intact. */
  broken?: BrokenLink;
  lastHash?: string;
}

/**
 * Walks the audit files in chain order and stops at the first line that is not what was written: a changed
 * line (its hash no longer matches), a deleted, inserted or reordered one (its `prev` is not the hash of the
 * line before it), or one that is not a chain line at all.
 */
export function verifyChain(files: string[]): ChainVerdict {
  let previous: { hash: string; seq: number; where: string } | undefined;
  let lines = 0;
  for (const file of files) {
    const rows = readFileSync(file, 'utf8').split('\n');
    if (rows.at(-1) === '') rows.pop();
    for (const [index, text] of rows.entries()) {
      const at = (why: string): ChainVerdict => ({
        lines,
        files: files.length,
        broken: { file, line: index + 1, why },
      });
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(text);
      } catch {
        return at('the line is not JSON (it was edited or truncated)');
      }
      if (typeof row.hash !== 'string' || typeof row.prev !== 'string' || typeof row.seq !== 'number') {
        return at('the line has no hash, prev or seq: it was not written by persona-ux');
      }
      if (hashLine(row) !== row.hash) {
        return at('the line was changed after it was written (its hash does not match its content)');
      }
      const expectedPrev = previous?.hash ?? GENESIS;
      if (row.prev !== expectedPrev) {
        return at(
          previous
            ? `the line does not follow ${previous.where}: a line was deleted, inserted or reordered here`
            : 'the chain does not start here: earlier lines or files were deleted',
        );
      }
      if (row.seq !== (previous?.seq ?? 0) + 1) {
        return at(`the line's sequence number is ${row.seq}, expected ${(previous?.seq ?? 0) + 1}`);
      }
      previous = { hash: row.hash, seq: row.seq, where: `${file}:${index + 1}` };
      lines++;
    }
  }
  return { lines, files: files.length, lastHash: previous?.hash };
}
