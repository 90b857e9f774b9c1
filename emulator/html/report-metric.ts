import type { SObjectField } from '../model/fields';

/** A report total as the Report Viewer's header and subtotals show it: currency in dollars, else a number. */
export function formatMetric(field: SObjectField | undefined, value: number): string {
  if (field?.type === 'currency')
    return value.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
