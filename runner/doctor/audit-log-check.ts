import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { BROKEN_CHAIN_FIX, brokenWords, cutShortWords } from '../audit/chain-words';
import { verifyAuditFolder } from '../audit/folder-chain';
import { type Check, fail, ok, warn } from './check';

const NAME = 'audit log';

/** The local audit chain a run would extend: intact, ending in a line a killed writer cut short, or broken. */
export async function auditLogCheck(env: NodeJS.ProcessEnv): Promise<Check> {
  const dir = path.join(reportsDir(env), 'audit');
  const verdict = await verifyAuditFolder(dir);
  if (!verdict) return ok(NAME, `no audit file yet in ${dir}`);
  const broken = brokenWords(verdict);
  if (broken) return fail(NAME, broken, BROKEN_CHAIN_FIX);
  const unrecorded = verdict.cutShort.filter((cut) => !cut.recorded);
  if (unrecorded.length > 0) {
    return warn(
      NAME,
      unrecorded.map((cut) => cutShortWords(cut)).join('\n'),
      'Nothing to edit or delete: the cut line stays as evidence of the kill.',
    );
  }
  return ok(NAME, `chain intact: ${verdict.lines} line(s), head line ${verdict.lastSeq}`);
}
