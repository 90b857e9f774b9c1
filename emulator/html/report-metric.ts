import type { SObjectField } from '../model/fields';
import { viewerLanguageTag } from './viewer-locale';

/**
 * A report total as the Report Viewer's header, its subtotals and a dashboard's metric show it, in the viewer's
 * locale: currency in dollars (the emulated org's one currency), else a number.
 */
export function formatMetric(field: SObjectField | undefined, value: number): string {
  const tag = viewerLanguageTag();
  if (field?.type === 'currency') return value.toLocaleString(tag, { style: 'currency', currency: 'USD' });
  return value.toLocaleString(tag, { maximumFractionDigits: 2 });
}
