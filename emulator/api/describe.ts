import { fieldAccess, objectAccess, readableFields } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';

/** describe() and describeGlobal as the running user sees them (unreadable fields are absent). */

function urlsOf(type: SObjectType, version: string) {
  const base = `/services/data/v${version}/sobjects/${type.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

export function globalEntry(user: OrgUser, type: SObjectType, version: string) {
  const access = objectAccess(user, type);
  return {
    name: type.name,
    label: type.label,
    labelPlural: type.labelPlural,
    keyPrefix: type.keyPrefix,
    custom: type.custom,
    customSetting: false,
    createable: access.create,
    updateable: access.edit,
    deletable: access.delete,
    undeletable: access.delete,
    queryable: access.read,
    retrieveable: access.read,
    searchable: !type.options.system,
    layoutable: !type.options.system,
    triggerable: !type.options.system,
    replicateable: true,
    mergeable: false,
    feedEnabled: false,
    activateable: false,
    deprecatedAndHidden: false,
    urls: urlsOf(type, version),
  };
}

export function describeGlobal(state: OrgState, user: OrgUser, version: string) {
  return {
    encoding: 'UTF-8',
    maxBatchSize: 200,
    sobjects: [...state.objects.values()]
      .filter((type) => objectAccess(user, type).read)
      .map((type) => globalEntry(user, type, version)),
  };
}

export function describeSObject(user: OrgUser, type: SObjectType, version: string) {
  return {
    ...globalEntry(user, type, version),
    fields: readableFields(user, type).map((field) => describeField(user, type, field)),
    childRelationships: [],
    recordTypeInfos: [
      {
        active: true,
        available: true,
        defaultRecordTypeMapping: true,
        developerName: 'Master',
        master: true,
        name: 'Master',
        recordTypeId: '012000000000000AAA',
        urls: {
          layout: `/services/data/v${version}/sobjects/${type.name}/describe/layouts/012000000000000AAA`,
        },
      },
    ],
    supportedScopes: [{ label: 'All', name: 'everything' }],
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    actionOverrides: [],
    compactLayoutable: !type.options.system,
    hasSubtypes: false,
    isSubtype: false,
    isInterface: false,
    sobjectDescribeOption: 'FULL',
  };
}

function describeField(user: OrgUser, type: SObjectType, field: SObjectField) {
  const editable = fieldAccess(user, type, field) === 'edit';
  const numeric = ['double', 'currency', 'percent', 'int'].includes(field.type);
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    soapType: soapTypeOf(field),
    length: field.length ?? 0,
    byteLength: (field.length ?? 0) * 3,
    precision: numeric ? (field.precision ?? 18) : 0,
    scale: numeric ? (field.scale ?? 0) : 0,
    digits: field.type === 'int' ? 9 : 0,
    custom: field.custom,
    nillable: field.nillable,
    createable: editable && field.createable,
    updateable: editable && field.updateable,
    defaultedOnCreate: field.defaultValue !== undefined || field.platformManaged || field.name === 'OwnerId',
    defaultValue: field.defaultValue ?? null,
    calculated: Boolean(field.compoundOf),
    nameField: type.options.nameField === field.name,
    idLookup: field.type === 'id',
    filterable: true,
    sortable: field.type !== 'textarea',
    groupable: !numeric && field.type !== 'textarea',
    unique: false,
    externalId: false,
    restrictedPicklist: Boolean(field.restrictedPicklist),
    picklistValues: (field.picklistValues ?? []).map((value) => ({
      active: true,
      defaultValue: field.defaultValue === value,
      label: value,
      validFor: null,
      value,
    })),
    referenceTo: field.referenceTo ?? [],
    relationshipName: field.relationshipName ?? null,
    compoundFieldName: null,
    inlineHelpText: null,
    permissionable: field.permissionable,
  };
}

function soapTypeOf(field: SObjectField): string {
  switch (field.type) {
    case 'id':
    case 'reference':
      return 'tns:ID';
    case 'boolean':
      return 'xsd:boolean';
    case 'double':
    case 'currency':
    case 'percent':
      return 'xsd:double';
    case 'int':
      return 'xsd:int';
    case 'date':
      return 'xsd:date';
    case 'datetime':
      return 'xsd:dateTime';
    default:
      return 'xsd:string';
  }
}
