import { statSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { auditFiles } from '../../fixtures/audit-log';
import { UsageError } from './usage-error';

/** The audit files named on the command line (folders: their *.jsonl files), default reports/audit/. */
export function auditInputs(positionals: string[]): string[] {
  const inputs = positionals.length > 0 ? positionals : [path.join(reportsDir(), 'audit')];
  return inputs.flatMap((input) => {
    const resolved = path.resolve(input);
    let isDir: boolean;
    try {
      isDir = statSync(resolved).isDirectory();
    } catch {
      throw new UsageError(`${input} does not exist. Name an audit folder or .jsonl files.`);
    }
    return isDir ? auditFiles(resolved) : [resolved];
  });
}

/**
 * The audit files a command reads: auditInputs, which must name at least one; none would make every session
 * look unaccounted for, so it is a usage error.
 */
export function someAuditFiles(positionals: string[], toDo: string): string[] {
  const files = auditInputs(positionals);
  if (files.length === 0) {
    const where = positionals.length > 0 ? positionals.join(', ') : path.join(reportsDir(), 'audit');
    throw new UsageError(
      `no audit files (*.jsonl) in ${where}; nothing to ${toDo}. Name the run's audit folder.`,
    );
  }
  return files;
}
