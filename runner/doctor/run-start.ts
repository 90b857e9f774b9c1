import { auditFile } from '../../config/run-context';
import type { RunProvenance } from '../../fixtures/audit-facts';
import { AuditLog, type RunStartEvent } from '../../fixtures/audit-log';
import type { Preflight } from './preflight';
import { runProvenance } from './run-provenance';
import { describeTarget } from './target';

/**
 * After a passed preflight: the run's target (and a production override), who started it and from which commit
 * of the scenarios, as the audit log's run.start line;
 * the org named for the summary (PERSONA_UX_TARGET); the override handed to the workers; and a mark that
 * this run is recorded, so that global setup does not record it twice.
 */
export async function recordRunStart(
  result: Preflight,
  env: NodeJS.ProcessEnv,
  runId: string,
  shard: string | undefined,
): Promise<void> {
  const { org, facts, guard } = result;
  if (!org || !facts || !guard) throw new Error('The preflight did not reach the org; nothing to record.');
  // Who ran it (the admin may be a shared CI or JWT user) and from which commit of the scenarios.
  const start: RunStartEvent & RunProvenance = {
    event: 'run.start',
    at: new Date().toISOString(),
    runId,
    org: {
      id: facts.id,
      name: facts.name,
      instanceUrl: org.instanceUrl,
      isSandbox: facts.isSandbox,
      organizationType: facts.organizationType,
      instanceName: facts.instanceName,
    },
    admin: { id: org.admin.id, username: org.admin.username },
    auth: org.auth,
    ...(guard.override ? { allowProduction: { reason: guard.override } } : {}),
    ...(shard ? { shard } : {}),
    ...runProvenance(env),
  };
  await new AuditLog(auditFile(runId, env)).append(start);
  if (guard.override) env.PERSONA_UX_ALLOW_PRODUCTION = guard.override;
  env.PERSONA_UX_TARGET =
    describeTarget(env, { facts, instanceUrl: org.instanceUrl }) +
    (guard.override ? ` — production allowed: "${guard.override}"` : '');
  env.PERSONA_UX_RUN_RECORDED = runId;
}
