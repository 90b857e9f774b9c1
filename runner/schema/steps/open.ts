import { z } from 'zod';
import type { OpenStep } from '../../model';
import { developerName, mapping, onlyIfValidSoFar, referenceName } from '../common';
import { compareNeedsRecord, compareWithAdminSchema } from '../compare-with-admin';

const EXAMPLE = 'open: { record: lead }';
const KINDS =
  'record (a data key), object with listView (an API name), object alone (its home), report or dashboard ' +
  '(a developer name), tab (its label) or relatedList (its label, on the record opened)';

const apiNameOf = (what: string, example: string) =>
  developerName(
    z.string().trim(),
    (written) => `Expected ${what} (e.g. ${example}), not a label: "${written}" has spaces or symbols.`,
  ).optional();
const label = (example: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Expected the label as shown, e.g. ${example}.` })
    .optional();

export const openStepSchema = mapping(
  {
    record: referenceName('data key', 'lead').optional(),
    object: apiNameOf('an sObject API name', 'Lead'),
    listView: apiNameOf("the list view's API name", 'MyOpenLeads'),
    report: apiNameOf("the report's developer name", 'Open_Pipeline'),
    dashboard: apiNameOf("the dashboard's developer name", 'Sales_Pipeline'),
    tab: label('Leads'),
    relatedList: label('Contacts'),
    compareWithAdmin: compareWithAdminSchema.optional(),
  },
  { what: `what to open (a mapping with ${KINDS})`, example: EXAMPLE },
).superRefine((step, context) => {
  compareNeedsRecord(step, context);
  const targets = [
    step.record !== undefined && 'record',
    step.listView !== undefined ? 'listView' : step.object !== undefined && 'object',
    step.report !== undefined && 'report',
    step.dashboard !== undefined && 'dashboard',
    step.tab !== undefined && 'tab',
    // A related list belongs to a record: alone it means the record opened before.
    step.relatedList !== undefined && step.record === undefined && 'relatedList',
  ].filter((target): target is string => typeof target === 'string');
  if (step.listView !== undefined && step.object === undefined) {
    context.addIssue({
      code: 'custom',
      input: step,
      message: `a list view needs its object: open: { object: Lead, listView: ${step.listView} }`,
    });
    return;
  }
  if (targets.length === 1) return;
  context.addIssue({
    code: 'custom',
    input: step,
    message:
      targets.length === 0
        ? `Expected one thing to open: ${KINDS}. For example: ${EXAMPLE} or open: { report: Open_Pipeline }`
        : `Expected one thing to open, but got ${targets.join(' and ')}. Give each its own open step.`,
  });
}, onlyIfValidSoFar);

/** e.g. 'open record "lead"', 'open list view Lead SDR_Queue', 'open report Open_Pipeline' */
export function openStepTitle(step: Omit<OpenStep, 'kind'>): string {
  if (step.record !== undefined)
    return `open record "${step.record}"${step.relatedList ? `, related list ${step.relatedList}` : ''}`;
  if (step.listView !== undefined) return `open list view ${step.object} ${step.listView}`;
  if (step.object !== undefined) return `open ${step.object} home`;
  if (step.report !== undefined) return `open report ${step.report}`;
  if (step.dashboard !== undefined) return `open dashboard ${step.dashboard}`;
  if (step.tab !== undefined) return `open tab "${step.tab}"`;
  return `open related list "${step.relatedList}"`;
}
