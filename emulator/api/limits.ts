import type { OrgState } from '../model/org-state';

/** Max of the daily API request allocation; the Sforce-Limit-Info header reports against the same number. */
export const DAILY_API_REQUESTS = 15000;

// Allocations of a sandbox in the shape of GET /limits (REST API Developer Guide, "Limits"): each key has
// Max and Remaining. The emulator moves the ones it can count; the others stay at their maximum.
const FIXED: Record<string, number> = {
  ConcurrentAsyncGetReportInstances: 200,
  ConcurrentSyncReportRuns: 20,
  DailyAsyncApexExecutions: 250000,
  DailyAsyncApexTests: 500,
  DailyBulkApiBatches: 15000,
  DailyBulkV2QueryFileStorageMB: 976562,
  DailyDurableGenericStreamingApiEvents: 10000,
  DailyDurableStreamingApiEvents: 10000,
  DailyGenericStreamingApiEvents: 10000,
  DailyStandardVolumePlatformEvents: 10000,
  DailyStreamingApiEvents: 10000,
  FileStorageMB: 200,
  HourlyAsyncReportRuns: 1200,
  HourlyDashboardRefreshes: 200,
  HourlyDashboardResults: 5000,
  HourlyDashboardStatuses: 999999999,
  HourlyODataCallout: 10000,
  HourlySyncReportRuns: 500,
  HourlyTimeBasedWorkflow: 50,
  MassEmail: 10,
  MonthlyPlatformEventsUsageEntitlement: 0,
  Package2VersionCreates: 0,
  SingleEmail: 15,
  StreamingApiConcurrentClients: 20,
};

const DATA_STORAGE_MB = 200;
const DAILY_WORKFLOW_EMAILS = 1000;
const DAILY_BULK_V2_QUERY_JOBS = 10000;
const PERMISSION_SETS = 1500;

/** Salesforce counts about 2 KB of data storage per record. */
const KB_PER_RECORD = 2;

export interface LimitsCounters {
  bulkQueryJobs: number;
}

export function orgLimits(
  state: OrgState,
  counters: LimitsCounters,
): Record<string, Record<string, unknown>> {
  const pair = (max: number, used: number) => ({ Max: max, Remaining: Math.max(0, max - used) });
  const records = [...state.objects.values()]
    .filter((type) => !type.options.system)
    .reduce((sum, type) => sum + state.store.live(type.name).length, 0);
  const customPermissionSets = [...state.permissionSets.values()].filter(
    (grant) => grant.profileId === null,
  ).length;
  const limits: Record<string, Record<string, unknown>> = {
    ...Object.fromEntries(Object.entries(FIXED).map(([name, max]) => [name, pair(max, 0)])),
    DailyApiRequests: pair(DAILY_API_REQUESTS, state.apiCalls),
    DailyBulkV2QueryJobs: pair(DAILY_BULK_V2_QUERY_JOBS, counters.bulkQueryJobs),
    DailyWorkflowEmails: pair(DAILY_WORKFLOW_EMAILS, state.sentEmails.length),
    DataStorageMB: pair(DATA_STORAGE_MB, Math.ceil((records * KB_PER_RECORD) / 1024)),
    PermissionSets: {
      ...pair(PERMISSION_SETS, customPermissionSets),
      CreateCustom: pair(1000, customPermissionSets),
    },
  };
  return Object.fromEntries(Object.entries(limits).sort(([a], [b]) => a.localeCompare(b)));
}
