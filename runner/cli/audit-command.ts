import { statSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { auditFiles } from '../../fixtures/audit-log';
import { verifyChain } from '../audit/verify-chain';
import { parse } from './args';
import { didYouMean } from './did-you-mean';
import { shownPath } from './shown-path';
import { UsageError } from './usage-error';

type Subcommand = (args: string[]) => Promise<number>;

const subcommands: Record<string, () => Subcommand> = {
  verify: () => verifyCommand,
  report: () => require('./audit-report-command').auditReportCommand,
  reconcile: () => require('./audit-reconcile-command').auditReconcileCommand,
};

export async function auditCommand(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const subcommand = name ? subcommands[name] : undefined;
  if (!subcommand) {
    throw new UsageError(
      `${name ? `unknown subcommand "${name}".${didYouMean(name, Object.keys(subcommands))}` : 'say what to do.'} ` +
        `Write: persona-ux audit ${Object.keys(subcommands).join('|')}.`,
    );
  }
  return subcommand()(rest);
}

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

async function verifyCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  const files = auditInputs(positionals);
  if (files.length === 0) {
    console.error('persona-ux audit verify: no audit files (*.jsonl) found; nothing to verify.');
    return 2;
  }
  const verdict = verifyChain(files);
  if (verdict.broken) {
    const { file, line, why } = verdict.broken;
    console.error(
      `audit chain BROKEN at ${shownPath(file)}:${line}: ${why}.\n` +
        `  ${verdict.lines} line(s) before it are intact. Keep this copy as evidence and compare it with the ` +
        "org's SetupAuditTrail (persona-ux audit reconcile).",
    );
    return 1;
  }
  console.log(
    `audit chain intact: ${verdict.lines} line(s) in ${verdict.files} file(s); last hash ${verdict.lastHash ?? '(empty)'}`,
  );
  return 0;
}
