import { statSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { auditFiles } from '../../fixtures/audit-files';
import { UsageError } from './usage-error';

/** Audit files to read, and the folders among the inputs (each has its chain head). */
export interface AuditInputs {
  files: string[];
  folders: string[];
}

/** The audit files named on the command line (folders: their *.jsonl files), default reports/audit/. */
export function auditInputs(positionals: string[]): AuditInputs {
  const inputs = positionals.length > 0 ? positionals : [path.join(reportsDir(), 'audit')];
  const found: AuditInputs = { files: [], folders: [] };
  for (const input of inputs) {
    const resolved = path.resolve(input);
    let isDir: boolean;
    try {
      isDir = statSync(resolved).isDirectory();
    } catch {
      throw new UsageError(`${input} does not exist. Name an audit folder or .jsonl files.`);
    }
    if (isDir) {
      found.folders.push(resolved);
      found.files.push(...auditFiles(resolved));
    } else {
      found.files.push(resolved);
    }
  }
  return found;
}

/**
 * The audit files a command reads: auditInputs, which must name at least one; none would make every session
 * look unaccounted for, so it is a usage error.
 */
export function someAuditFiles(positionals: string[], toDo: string): AuditInputs {
  const found = auditInputs(positionals);
  if (found.files.length === 0) {
    const where = positionals.length > 0 ? positionals.join(', ') : path.join(reportsDir(), 'audit');
    throw new UsageError(
      `no audit files (*.jsonl) in ${where}; nothing to ${toDo}. Name the run's audit folder.`,
    );
  }
  return found;
}
