/** One line of doctor's table (and of run's preflight): what was checked, the verdict, and the fix. */
export interface Check {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  /** On warn/fail: what to do, from the seed guide's admin checklist and troubleshooting table. */
  fix?: string;
}

export const ok = (name: string, detail: string): Check => ({ name, status: 'ok', detail });
export const warn = (name: string, detail: string, fix: string): Check => ({
  name,
  status: 'warn',
  detail,
  fix,
});
export const fail = (name: string, detail: string, fix: string): Check => ({
  name,
  status: 'fail',
  detail,
  fix,
});

export function failed(checks: Check[]): Check[] {
  return checks.filter((check) => check.status === 'fail');
}
