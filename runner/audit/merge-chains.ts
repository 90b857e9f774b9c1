import path from 'node:path';
import type { AuditLine } from '../../fixtures/audit-events';
import { auditFiles } from '../../fixtures/audit-files';
import type { AuditLog } from '../../fixtures/audit-log';
import { type ChainVerdict, type CutShortLine, checkChain } from './verify-chain';

export interface ShardChain {
  /** A name for the shard in the merged lines (its folder). */
  name: string;
  /** The shard's audit folder. */
  dir: string;
}

export type MergeResult =
  | { broken: { shard: string; verdict: ChainVerdict } }
  | { targetBroken: ChainVerdict }
  | {
      /** Lines appended to the merged chain. */
      lines: number;
      /** Lines the merged chain already held (a merge run again), not appended twice. */
      alreadyMerged: number;
      /** Lines killed writers cut short in the shards, which are not in any chain. */
      cutShort: CutShortLine[];
    };

/**
 * Shards' audit logs as one chain: each shard's chain is verified first (a broken one is refused, named), and
 * so is the chain merged into; then every shard line, ordered by time, is appended to `into` — re-linked into
 * the merged chain, and carrying its shard's name, position and original hash, so each merged line still
 * points at the evidence it came from. A line the merged chain already holds (by its original hash) is not
 * appended again.
 */
export async function mergeChains(shards: ShardChain[], into: AuditLog): Promise<MergeResult> {
  const intoDir = path.dirname(into.file);
  const target = checkChain(auditFiles(intoDir), [intoDir]);
  if (target.verdict.broken) return { targetBroken: target.verdict };
  const held = new Set(
    target.entries.flatMap(({ line }) => [line.hash, ...(line.from ? [line.from.hash] : [])]),
  );
  const lines: { shard: string; line: AuditLine }[] = [];
  const cutShort: CutShortLine[] = [];
  for (const shard of shards) {
    const { verdict, entries } = checkChain(auditFiles(shard.dir), [shard.dir]);
    if (verdict.broken) return { broken: { shard: shard.name, verdict } };
    cutShort.push(...verdict.cutShort.filter((cut) => !cut.recorded));
    for (const { line } of entries) lines.push({ shard: shard.name, line });
  }
  // Stable: lines at the same moment keep their shard's chain order.
  lines.sort((a, b) => a.line.at.localeCompare(b.line.at));
  let appended = 0;
  for (const { shard, line } of lines) {
    if (held.has(line.hash)) continue;
    const { seq, prev: _prev, hash, ...event } = line;
    await into.append({ ...event, from: { shard, seq, hash } });
    held.add(hash);
    appended++;
  }
  return { lines: appended, alreadyMerged: lines.length - appended, cutShort };
}
