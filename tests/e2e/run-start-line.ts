import type { RunStartEvent } from '../../fixtures/audit-log';

/** A run.start line as a run against the demo org writes it, for audit logs written by hand in tests. */
export function demoRunStart(runId: string, at: string, instanceUrl = 'http://127.0.0.1'): RunStartEvent {
  return {
    event: 'run.start',
    at,
    runId,
    org: {
      id: '00DAu00000AcMeDMAV',
      name: 'Acme Demo',
      instanceUrl,
      isSandbox: true,
      organizationType: 'Enterprise Edition',
      instanceName: 'CS42',
    },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    auth: 'oauth-password',
  };
}
