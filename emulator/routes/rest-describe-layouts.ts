import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { derivedId } from '../api/derived-ids';
import { describeField, recordTypeChoices } from '../api/describe';
import { SalesforceError } from '../api/errors';
import { canReadField } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import { layoutSections, pageLayout, type ResolvedItem } from '../model/record-layouts';
import { recordTypesOf } from '../model/record-types';
import type { SObjectType } from '../model/sobject-type';
import { visibleObject } from './rest-records';

/**
 * /sobjects/{T}/describe/layouts[/{recordTypeId}]: the user's page layouts as DescribeLayout (REST API
 * Developer Guide, "sObject Describe Layouts"): sections of rows of items, each with its field's describe,
 * editableForNew / editableForUpdate and required, after field-level security; and the record type mappings.
 */
export function describeLayoutRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.get('/:type/describe/layouts', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const version = c.get('version');
    const mappings = recordTypeMappings(state, user, type, version);
    const layoutIds = [...new Set(mappings.map((mapping) => mapping.layoutId))];
    const recordTypeOfLayout = (id: string) =>
      mappings.find((mapping) => mapping.layoutId === id)?.developerName;
    return c.json({
      layouts: layoutIds.map((id) => describeLayout(state, user, type, recordTypeOfLayout(id))),
      recordTypeMappings: mappings,
      recordTypeSelectorRequired: [mappings.filter((mapping) => mapping.available).length > 1],
    });
  });
  api.get('/:type/describe/layouts/:recordTypeId', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const id = to18(c.req.param('recordTypeId'));
    const mapping = recordTypeMappings(state, user, type, c.get('version')).find(
      (entry) => entry.recordTypeId === id,
    );
    if (!mapping) throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
    return c.json(describeLayout(state, user, type, mapping.master ? undefined : mapping.developerName));
  });
  return api;
}

function layoutIdOf(state: OrgState, user: OrgUser, type: SObjectType, recordType?: string): string {
  const layout = pageLayout(state, user, type, recordType);
  return layout
    ? derivedId('00h', `${layout.object}/${layout.name}`)
    : derivedId('00h', `${type.name}/default`);
}

function recordTypeMappings(state: OrgState, user: OrgUser, type: SObjectType, version: string) {
  return recordTypeChoices(state, user, type).map((choice) => ({
    available: choice.available,
    defaultRecordTypeMapping: choice.isDefault,
    developerName: choice.developerName,
    layoutId: layoutIdOf(state, user, type, choice.master ? undefined : choice.developerName),
    master: choice.master,
    name: choice.name,
    picklistsForRecordType: picklistsFor(state, user, type, choice.id),
    recordTypeId: choice.id,
    urls: { layout: `/services/data/v${version}/sobjects/${type.name}/describe/layouts/${choice.id}` },
  }));
}

/** The picklist values a record type offers, per readable picklist field (all values for the Master). */
function picklistsFor(state: OrgState, user: OrgUser, type: SObjectType, recordTypeId: string) {
  const info = recordTypesOf(state, type).find((candidate) => candidate.id === recordTypeId);
  return type.fields
    .filter((field) => field.type.endsWith('picklist') && canReadField(user, type, field))
    .map((field) => {
      const values = info?.definition.picklistValues[field.name] ?? field.picklistValues ?? [];
      return {
        picklistName: field.name,
        picklistValues: values.map((value) => ({
          active: true,
          defaultValue: field.defaultValue === value,
          label: value,
          validFor: null,
          value,
        })),
      };
    });
}

function describeLayout(state: OrgState, user: OrgUser, type: SObjectType, recordType?: string) {
  const id = layoutIdOf(state, user, type, recordType);
  const editable = (mode: 'edit' | 'create') =>
    new Set(
      layoutSections(state, user, type, mode, recordType).flatMap((section) =>
        section.items.filter((item) => item.editable).map((item) => item.field.name),
      ),
    );
  const forUpdate = editable('edit');
  const forNew = editable('create');
  const item = (entry: ResolvedItem, tabOrder: number) => ({
    editableForNew: forNew.has(entry.field.name),
    editableForUpdate: forUpdate.has(entry.field.name),
    label: entry.field.label,
    layoutComponents: [
      {
        details: describeField(user, type, entry.field),
        displayLines: entry.field.type === 'textarea' ? 3 : 1,
        tabOrder,
        type: 'Field',
        value: entry.field.name,
      },
    ],
    placeholder: false,
    required: entry.behavior === 'required' || entry.field.required,
  });
  let tab = 0;
  const sections = layoutSections(state, user, type, 'view', recordType).map((section, index) => {
    const rows = [];
    for (let start = 0; start < section.items.length; start += section.columns) {
      const items = section.items.slice(start, start + section.columns).map((entry) => item(entry, ++tab));
      rows.push({ layoutItems: items, numItems: items.length });
    }
    return {
      collapsed: false,
      columns: section.columns,
      heading: section.label,
      layoutRows: rows,
      layoutSectionId: derivedId('01B', `${id}/${index}`),
      parentLayoutId: id,
      rows: rows.length,
      tabOrder: 'LeftToRight',
      useCollapsibleSection: false,
      useHeading: true,
    };
  });
  return {
    buttonLayoutSection: null,
    detailLayoutSections: sections,
    editLayoutSections: sections,
    feedView: null,
    highlightsPanelLayoutSection: null,
    id,
    multirowEditLayoutSections: [],
    offlineLinks: [],
    quickActionList: { quickActionListItems: [] },
    relatedContent: null,
    relatedLists: [],
    saveOptions: [],
  };
}
