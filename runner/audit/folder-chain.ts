import { existsSync } from 'node:fs';
import { auditFiles } from '../../fixtures/audit-files';
import { withAuditLock } from '../../fixtures/audit-log';
import { type ChainVerdict, verifyChain } from './verify-chain';

/**
 * The verdict on an audit folder's chain, its head file included, read under the folder's lock so that a run
 * writing meanwhile is never caught mid-line (a folder this user cannot lock, e.g. read-only evidence, is read
 * as it is); undefined for a folder with no audit file yet.
 */
export async function verifyAuditFolder(dir: string): Promise<ChainVerdict | undefined> {
  if (!existsSync(dir) || auditFiles(dir).length === 0) return undefined;
  const verify = () => verifyChain(auditFiles(dir), [dir]);
  try {
    return await withAuditLock(dir, verify);
  } catch (error) {
    // The lock could not be taken (EACCES, EROFS, ELOCKED): read it as it is.
    if ((error as NodeJS.ErrnoException).code) return verify();
    throw error;
  }
}
