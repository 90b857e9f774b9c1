import type { Query } from '@jetstreamapp/soql-parser-js';
import { derivedId } from '../api/derived-ids';
import { SalesforceError } from '../api/errors';
import { fieldIdentifier } from '../html/dynamic-forms';
import { fieldVisibilityRule, sectionVisibilityRule } from '../model/field-visibility';
import { lightningPagesOf } from '../model/lightning-pages';
import type { OrgState } from '../model/org-state';
import { matchesWhere } from './tooling-where';

/**
 * Tooling API FlexiPage: the Lightning record pages of the objects of `recordUi.dynamicForms`, built with Dynamic
 * Forms: the org default and those of `recordUi.lightningPages` (model/lightning-pages.ts). Their Metadata has the
 * shape Lightning App Builder writes (field instances `Record.{Field}` with their `uiBehavior`, in Facet regions
 * of flexipage:column components, in flexipage:fieldSection components of the template's main region), from the
 * page's layout, each field and field section with its visibility rule; the page shows the same sections.
 * Metadata is answered for one row at a time, as Tooling does.
 */
interface FlexiPageRow {
  Id: string;
  DeveloperName: string;
  MasterLabel: string;
  Type: string;
  EntityDefinitionId: string;
}

const SELECTABLE = ['Id', 'DeveloperName', 'MasterLabel', 'Type', 'EntityDefinitionId', 'Metadata'];

export function flexiPageQuery(state: OrgState, query: Query, soql: string, version: string): object {
  const fields = (query.fields ?? []).map((field) => {
    const raw = field.type === 'Field' ? field.field : '';
    const known = SELECTABLE.find((name) => name.toLowerCase() === raw.toLowerCase());
    if (!known)
      throw new SalesforceError(400, 'INVALID_FIELD', `No such column '${raw}' on entity 'FlexiPage'.`);
    return known;
  });
  const rows = flexiPageRows(state).filter(
    (row) =>
      !query.where || matchesWhere(row as unknown as Record<string, string>, query.where, soql, 'FlexiPage'),
  );
  if (fields.includes('Metadata') && rows.length > 1) {
    throw new SalesforceError(
      400,
      'MALFORMED_QUERY',
      `When retrieving results with Metadata or FullName fields, the query qualificiations must specify no more than one row for retrieval. Result size: ${rows.length}`,
    );
  }
  const records = rows.map((row) => ({
    attributes: { type: 'FlexiPage', url: `/services/data/v${version}/tooling/sobjects/FlexiPage/${row.Id}` },
    ...Object.fromEntries(
      fields.map((field) => [
        field,
        field === 'Metadata' ? metadataOf(state, row) : row[field as keyof FlexiPageRow],
      ]),
    ),
  }));
  return {
    size: records.length,
    totalSize: records.length,
    done: true,
    queryLocator: null,
    entityTypeName: 'FlexiPage',
    records,
  };
}

function flexiPageRows(state: OrgState): FlexiPageRow[] {
  return state.definition.recordUi.dynamicForms.flatMap((object) => {
    const type = state.object(object);
    return (type ? lightningPagesOf(state, type) : []).map((page, index) => ({
      Id: derivedId('0M0', index === 0 ? `flexipage/${object}` : `flexipage/${object}/${page.name}`),
      DeveloperName: page.name,
      MasterLabel: page.name.replace(/_/g, ' '),
      Type: 'RecordPage',
      EntityDefinitionId: object,
    }));
  });
}

const UI_BEHAVIOR = { edit: 'none', required: 'required', readonly: 'readonly' } as const;

function metadataOf(state: OrgState, row: FlexiPageRow): object {
  const type = state.object(row.EntityDefinitionId);
  const page =
    type && lightningPagesOf(state, type).find((candidate) => candidate.name === row.DeveloperName);
  const sections = page?.layout?.sections ?? [];
  const property = (name: string, value: string) => ({ name, value });
  const regions: object[] = [];
  sections.forEach((section, s) => {
    const entries = section.fields.map((entry) =>
      typeof entry === 'string' ? { field: entry, behavior: 'edit' as const } : entry,
    );
    const columns = Array.from({ length: section.columns }, (_, c) =>
      entries.filter((_entry, i) => i % section.columns === c),
    );
    columns.forEach((column, c) => {
      regions.push({
        name: `Facet-${s + 1}-${c + 1}`,
        type: 'Facet',
        itemInstances: column.map((entry) => ({
          fieldInstance: {
            fieldInstanceProperties: [property('uiBehavior', UI_BEHAVIOR[entry.behavior])],
            fieldItem: `Record.${entry.field}`,
            identifier: fieldIdentifier(entry.field),
            visibilityRule: fieldVisibilityRule(state, row.EntityDefinitionId, entry.field) ?? null,
          },
        })),
      });
    });
    regions.push({
      name: `Facet-${s + 1}`,
      type: 'Facet',
      itemInstances: columns.map((_column, c) => ({
        componentInstance: {
          componentName: 'flexipage:column',
          componentInstanceProperties: [property('body', `Facet-${s + 1}-${c + 1}`)],
          identifier: `flexipage_column${s + 1}_${c + 1}`,
        },
      })),
    });
  });
  regions.push({
    name: 'main',
    type: 'Region',
    itemInstances: sections.map((section, s) => ({
      componentInstance: {
        componentName: 'flexipage:fieldSection',
        componentInstanceProperties: [
          property('columns', `Facet-${s + 1}`),
          property('label', labelProperty(section.label)),
        ],
        identifier: `flexipage_fieldSection${s + 1}`,
        visibilityRule: sectionVisibilityRule(state, row.EntityDefinitionId, section.label) ?? null,
      },
    })),
  });
  return {
    flexiPageRegions: regions,
    masterLabel: row.MasterLabel,
    sobjectType: row.EntityDefinitionId,
    template: { name: 'flexipage:recordHomeTemplateDesktop' },
    type: row.Type,
  };
}

/**
 * A section migrated from a standard section of the layout keeps a label token the page translates, as in
 * FlexiPage metadata retrieved from orgs (`@@@SFDCSystem_InformationSFDC@@@`, `@@@SFDCInformationSFDC@@@`,
 * `@@@SFDCDescription_InformationSFDC@@@`, published on GitHub); a section the admin named keeps its label.
 */
const STANDARD_SECTIONS = new Set(['Information', 'Description Information', 'System Information']);

function labelProperty(label: string): string {
  return STANDARD_SECTIONS.has(label) ? `@@@SFDC${label.replaceAll(' ', '_')}SFDC@@@` : label;
}
