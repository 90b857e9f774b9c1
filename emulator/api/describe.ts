import { fieldAccess, objectAccess, readableFields } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import { MASTER_RECORD_TYPE_ID } from '../model/record-type-object';
import { availableRecordTypes, recordTypesOf } from '../model/record-types';
import type { SObjectType } from '../model/sobject-type';
import { childRelationships } from '../soql/child-relationships';

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

export function describeSObject(state: OrgState, user: OrgUser, type: SObjectType, version: string) {
  return {
    ...globalEntry(user, type, version),
    urls: { ...urlsOf(type, version), layouts: `${urlsOf(type, version).describe}/layouts` },
    fields: readableFields(user, type).map((field) => describeField(user, type, field)),
    childRelationships: childRelationships(state, type).map((relationship) => ({
      cascadeDelete: relationship.child.name === 'Task',
      childSObject: relationship.child.name,
      deprecatedAndHidden: false,
      field: relationship.field.name,
      junctionIdListNames: [],
      junctionReferenceTo: [],
      relationshipName: relationship.name,
      restrictedDelete: false,
    })),
    recordTypeInfos: recordTypeInfos(state, user, type, version),
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

/**
 * A DescribeFieldResult with every property data tools read (REST API Developer Guide, "sObject Describe";
 * the Field type of the SOAP API); properties the emulator has no notion of carry Salesforce's defaults.
 */
export function describeField(user: OrgUser, type: SObjectType, field: SObjectField) {
  const editable = fieldAccess(user, type, field) === 'edit';
  const numeric = ['double', 'currency', 'percent', 'int'].includes(field.type);
  const compound = type.fields.find((candidate) => candidate.compoundOf?.includes(field.name));
  return {
    aggregatable: field.type !== 'textarea' && field.type !== 'boolean',
    aiPredictionField: false,
    autoNumber: Boolean(field.autoNumber),
    cascadeDelete: false,
    caseSensitive: false,
    controllerName: null,
    defaultValueFormula: null,
    dependentPicklist: false,
    deprecatedAndHidden: false,
    displayLocationInDecimal: false,
    encrypted: false,
    extraTypeInfo:
      field.type === 'textarea'
        ? field.htmlFormatted
          ? 'richtextarea'
          : 'plaintextarea'
        : field.compoundOf
          ? 'personname'
          : null,
    filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: Boolean(field.formula && field.blankAsZero),
    highScaleNumber: false,
    htmlFormatted: Boolean(field.htmlFormatted),
    mask: null,
    maskType: null,
    namePointing: (field.referenceTo?.length ?? 0) > 1,
    polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1,
    queryByDistance: false,
    referenceTargetField: null,
    relationshipOrder: null,
    restrictedDelete: false,
    searchPrefilterable: field.type === 'reference',
    writeRequiresMasterRead: false,
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
    calculated: Boolean(field.compoundOf || field.formula),
    calculatedFormula: field.formula ?? null,
    nameField: type.options.nameField === field.name,
    // Case.CaseNumber is idLookup (Object Reference, Case); custom Auto Numbers alike: unconfirmed.
    idLookup: field.type === 'id' || Boolean(field.autoNumber),
    filterable: field.filterable !== false,
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
    compoundFieldName: compound?.name ?? null,
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

/** A record type as describe lists it for one user: available to their profile, their default, the Master. */
export interface RecordTypeChoice {
  id: string;
  name: string;
  developerName: string;
  available: boolean;
  isDefault: boolean;
  master: boolean;
}

/**
 * The object's record types and the Master, with availability and the default for this user's profile. With
 * record types, the Master is listed but not available, as in Salesforce.
 */
export function recordTypeChoices(state: OrgState, user: OrgUser, type: SObjectType): RecordTypeChoice[] {
  const { available, defaultId } = availableRecordTypes(state, user, type);
  const all = recordTypesOf(state, type);
  return [
    ...all.map((recordType) => ({
      id: recordType.id,
      name: recordType.definition.label,
      developerName: recordType.definition.developerName,
      available: available.some((candidate) => candidate.id === recordType.id),
      isDefault: recordType.id === defaultId,
      master: false,
    })),
    {
      id: MASTER_RECORD_TYPE_ID,
      name: 'Master',
      developerName: 'Master',
      available: all.length === 0,
      isDefault: all.length === 0,
      master: true,
    },
  ];
}

function recordTypeInfos(state: OrgState, user: OrgUser, type: SObjectType, version: string) {
  return recordTypeChoices(state, user, type).map((choice) => ({
    active: true,
    available: choice.available,
    defaultRecordTypeMapping: choice.isDefault,
    developerName: choice.developerName,
    master: choice.master,
    name: choice.name,
    recordTypeId: choice.id,
    urls: { layout: `/services/data/v${version}/sobjects/${type.name}/describe/layouts/${choice.id}` },
  }));
}
