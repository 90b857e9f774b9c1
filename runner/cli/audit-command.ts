import { verifyChain } from '../audit/verify-chain';
import { didYouMean } from '../schema/wording';
import { shownPath } from '../shown-path';
import { parse } from './args';
import { someAuditFiles } from './audit-inputs';
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

async function verifyCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  const files = someAuditFiles(positionals, 'verify');
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
