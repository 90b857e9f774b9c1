import type { ListViewStep } from '../../model';
import {
  developerName,
  list,
  mapping,
  notBothIncludedAndExcluded,
  onlyIfValidSoFar,
  referenceName,
  requiredText,
} from '../common';
import { rowCountSchema } from './view-expectations';

const EXAMPLE = 'listView: { object: Lead, view: MyOpenLeads, includes: [lead] }';
const apiName = /^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;

const dataKeys = (key: string) =>
  list(key, referenceName('data key', 'lead'), { what: 'data keys', example: 'lead' });

export const listViewStepSchema = mapping(
  {
    object: requiredText('object', `Name the list view's object, e.g. ${EXAMPLE}`).regex(apiName, {
      error: 'Expected an sObject API name such as Lead or Account.',
    }),
    // The list view's API name (Setup's "List View Unique Name"), as in /lightning/o/Lead/list?filterName=…
    view: developerName(
      requiredText('view', `Name the list view by its API name, e.g. ${EXAMPLE}`),
      () => 'Expected the list view API name (e.g. MyOpenLeads), not its label.',
    ),
    includes: dataKeys('includes'),
    excludes: dataKeys('excludes'),
    rows: rowCountSchema,
  },
  {
    what: 'the list view to check (a mapping with object, view, includes, excludes, rows)',
    example: EXAMPLE,
  },
)
  .refine((step) => step.includes.length + step.excludes.length > 0 || step.rows !== undefined, {
    error: `Expected includes, excludes or rows. For example: ${EXAMPLE}`,
    ...onlyIfValidSoFar,
  })
  .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar);

/** e.g. 'list view Lead MyOpenLeads includes lead; excludes theirs' */
export function listViewStepTitle(step: Omit<ListViewStep, 'kind'>): string {
  const parts = [
    step.includes.length > 0 ? `includes ${step.includes.join(', ')}` : '',
    step.excludes.length > 0 ? `excludes ${step.excludes.join(', ')}` : '',
    step.rows ? `rows ${'exactly' in step.rows ? step.rows.exactly : JSON.stringify(step.rows)}` : '',
  ].filter(Boolean);
  return `list view ${step.object} ${step.view} ${parts.join('; ')}`;
}
