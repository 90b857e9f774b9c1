import { readFileSync } from 'node:fs';
import type { AuditLine, AuditLog } from '../../fixtures/audit-log';
import { type ChainVerdict, verifyChain } from './verify-chain';

export interface ShardChain {
  /** A name for the shard in the merged lines (its folder). */
  name: string;
  files: string[];
}

/**
 * Shards' audit logs as one chain: each shard's chain is verified first (a broken one is refused, named), then
 * every line, ordered by time, is appended to `into` — re-linked into the merged chain, and carrying its
 * shard's name, position and original hash, so each merged line still points at the evidence it came from.
 */
export async function mergeChains(
  shards: ShardChain[],
  into: AuditLog,
): Promise<{ lines: number } | { broken: { shard: string; verdict: ChainVerdict } }> {
  const lines: { shard: string; line: AuditLine }[] = [];
  for (const shard of shards) {
    const verdict = verifyChain(shard.files);
    if (verdict.broken) return { broken: { shard: shard.name, verdict } };
    for (const file of shard.files) {
      for (const text of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        lines.push({ shard: shard.name, line: JSON.parse(text) as AuditLine });
      }
    }
  }
  lines.sort((a, b) => a.line.at.localeCompare(b.line.at));
  for (const { shard, line } of lines) {
    const { seq, prev: _prev, hash, ...event } = line;
    await into.append({ ...event, from: { shard, seq, hash } });
  }
  return { lines: lines.length };
}
