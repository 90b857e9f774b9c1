import { brokenWords, cutShortWords } from '../audit/chain-words';
import { type ChainVerdict, checkChain } from '../audit/verify-chain';
import { didYouMean } from '../schema/wording';
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

/**
 * `persona-ux audit verify [dir or files…] [--expect-head HASH]`: exit 1 when the chain is broken, or does not
 * hold the head a reviewer kept elsewhere (which is what catches deleted last lines and a chain rewritten
 * with new hashes).
 */
async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'expect-head': { type: 'string' } });
  const expected = values['expect-head']?.trim().toLowerCase();
  if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
    throw new UsageError(
      `--expect-head expects the 64 hexadecimal characters of a head's hash (run and merge print it), but got "${values['expect-head']}".`,
    );
  }
  const { files, folders } = someAuditFiles(positionals, 'verify');
  const { verdict, entries } = checkChain(files, folders);
  for (const cut of verdict.cutShort) console.error(`note: ${cutShortWords(cut)}.`);
  if (verdict.broken) {
    console.error(
      `${brokenWords(verdict)}.\n` +
        `  ${verdict.lines} line(s) before it in the chain are intact. Keep this copy as evidence and compare it ` +
        "with the org's SetupAuditTrail (persona-ux audit reconcile).",
    );
    return 1;
  }
  console.log(intactWords(verdict));
  if (expected === undefined) return 0;
  const kept = entries.find((entry) => entry.line.hash === expected);
  if (!kept) {
    console.error(
      `audit chain does NOT hold the head you kept (${expected}): lines up to it were deleted, or the chain was ` +
        'rewritten with new hashes. Keep this copy as evidence and compare it with the copy kept with that head.',
    );
    return 1;
  }
  console.log(
    `the head you kept is line ${kept.line.seq}: every line up to it is as it was written; ` +
      `${(verdict.lastSeq ?? 0) - kept.line.seq} line(s) written since.`,
  );
  return 0;
}

function intactWords(verdict: ChainVerdict): string {
  return (
    `audit chain intact: ${verdict.lines} line(s) in ${verdict.files} file(s); ` +
    (verdict.lastHash ? `head: line ${verdict.lastSeq}, ${verdict.lastHash}` : 'no line yet')
  );
}
