import type { FieldDefinition, FieldTypeName } from '../org/schema';
import type { FormulaReturnType } from '../org/schema-automation';

/** Field types as describe() reports them. */
export type SoapType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'multipicklist'
  | 'double'
  | 'currency'
  | 'percent'
  | 'email'
  | 'phone'
  | 'url'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'reference'
  | 'int';

export interface SObjectField {
  name: string;
  label: string;
  type: SoapType;
  custom: boolean;
  /** Must have a value on create (nillable false and not defaulted by the platform). */
  required: boolean;
  nillable: boolean;
  /** Set by the platform (system fields, compound names, OwnerId default): never writable through FLS. */
  platformManaged: boolean;
  createable: boolean;
  updateable: boolean;
  /** Field-level security applies (Salesforce exempts ids, required fields and system fields). */
  permissionable: boolean;
  defaultValue?: string | number | boolean;
  picklistValues?: string[];
  restrictedPicklist?: boolean;
  /** A rich text area: a textarea whose value is HTML (describe htmlFormatted, extraTypeInfo richtextarea). */
  htmlFormatted?: boolean;
  referenceTo?: string[];
  relationshipName?: string;
  compoundOf?: string[];
  length?: number;
  precision?: number;
  scale?: number;
  /** false for fields SOQL cannot filter on (WHERE answers INVALID_FIELD); unset = filterable. */
  filterable?: boolean;
  /** Formula fields: the expression, computed on every save (save/formula-fields.ts). */
  formula?: string;
  blankAsZero?: boolean;
  /** Auto Number fields: the org assigns the text on insert (model/auto-numbers.ts); nobody writes it. */
  autoNumber?: { displayFormat: string; startingNumber: number };
}

const TYPE_OF: Record<Exclude<FieldTypeName, 'formula' | 'autonumber'>, SoapType> = {
  text: 'string',
  textarea: 'textarea',
  richtext: 'textarea',
  picklist: 'picklist',
  multipicklist: 'multipicklist',
  number: 'double',
  currency: 'currency',
  percent: 'percent',
  email: 'email',
  phone: 'phone',
  url: 'url',
  checkbox: 'boolean',
  date: 'date',
  datetime: 'datetime',
  lookup: 'reference',
  name: 'string',
};

const FORMULA_TYPE_OF: Record<FormulaReturnType, SoapType> = {
  text: 'string',
  number: 'double',
  currency: 'currency',
  percent: 'percent',
  checkbox: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

/** A field from the org definition. */
export function fieldFromDefinition(name: string, def: FieldDefinition): SObjectField {
  if (def.type === 'formula') return formulaField(name, def);
  if (def.type === 'autonumber') return autoNumberField(name, def);
  const type = TYPE_OF[def.type];
  const compound = def.type === 'name';
  const isOwner = name === 'OwnerId';
  const writable = !compound && !def.readOnly;
  const defaulted = def.default !== undefined || isOwner;
  return {
    name,
    label: def.label,
    type,
    custom: name.endsWith('__c'),
    required: def.required && !defaulted && writable,
    nillable: !def.required && type !== 'boolean',
    platformManaged: compound || def.readOnly,
    createable: writable,
    updateable: writable,
    permissionable: !def.required && !compound && !isOwner,
    defaultValue: def.default ?? (type === 'boolean' ? false : undefined),
    picklistValues: def.values,
    restrictedPicklist: def.type === 'picklist' || def.type === 'multipicklist' ? def.restricted : undefined,
    htmlFormatted: def.type === 'richtext' || undefined,
    referenceTo: def.referenceTo,
    relationshipName: def.relationshipName,
    compoundOf: def.compoundOf,
    length: def.length ?? (type === 'string' ? 255 : type === 'textarea' ? 32768 : undefined),
    precision: def.precision ?? (['double', 'currency', 'percent'].includes(type) ? 18 : undefined),
    scale: def.scale ?? (['double', 'currency', 'percent'].includes(type) ? 2 : undefined),
  };
}

/** A formula field: read-only for everyone, but under field-level security like any custom field. */
function formulaField(name: string, def: FieldDefinition): SObjectField {
  const type = FORMULA_TYPE_OF[def.returnType ?? 'text'];
  const numeric = ['double', 'currency', 'percent'].includes(type);
  return {
    name,
    label: def.label,
    type,
    custom: name.endsWith('__c'),
    required: false,
    nillable: type !== 'boolean',
    platformManaged: true,
    createable: false,
    updateable: false,
    permissionable: true,
    defaultValue: type === 'boolean' ? false : undefined,
    length: type === 'string' ? (def.length ?? 1300) : undefined,
    precision: numeric ? (def.precision ?? 18) : undefined,
    scale: numeric ? (def.scale ?? 2) : undefined,
    formula: def.formula,
    blankAsZero: def.blankAsZero,
  };
}

/**
 * An Auto Number field, as the Object Reference describes Case.CaseNumber: type string, "Autonumber, Defaulted on
 * create, Filter, idLookup, Sort": neither createable, updateable nor nillable. Custom ones stay under field-level
 * security like any custom field. Length 30, CaseNumber's. Source:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
 */
function autoNumberField(name: string, def: FieldDefinition): SObjectField {
  const custom = name.endsWith('__c');
  return {
    name,
    label: def.label,
    type: 'string',
    custom,
    required: false,
    nillable: false,
    platformManaged: true,
    createable: false,
    updateable: false,
    permissionable: custom,
    length: def.length ?? 30,
    autoNumber: { displayFormat: def.displayFormat ?? '{0}', startingNumber: def.startingNumber ?? 1 },
  };
}

type FieldOptions = Partial<Omit<SObjectField, 'name' | 'label' | 'type'>>;

/** A field the platform defines and sets itself (read-only for everyone, outside FLS). */
export function systemField(
  name: string,
  label: string,
  type: SoapType,
  options: FieldOptions = {},
): SObjectField {
  return {
    name,
    label,
    type,
    custom: false,
    required: false,
    nillable: type !== 'boolean' && type !== 'id',
    platformManaged: true,
    createable: false,
    updateable: false,
    permissionable: false,
    ...options,
  };
}

export function auditFields(): SObjectField[] {
  const userRef = (name: string, label: string, relationshipName: string) =>
    systemField(name, label, 'reference', { referenceTo: ['User'], relationshipName, nillable: false });
  return [
    systemField('IsDeleted', 'Deleted', 'boolean', { defaultValue: false }),
    systemField('CreatedDate', 'Created Date', 'datetime', { nillable: false }),
    userRef('CreatedById', 'Created By ID', 'CreatedBy'),
    systemField('LastModifiedDate', 'Last Modified Date', 'datetime', { nillable: false }),
    userRef('LastModifiedById', 'Last Modified By ID', 'LastModifiedBy'),
    systemField('SystemModstamp', 'System Modstamp', 'datetime', { nillable: false }),
  ];
}

/** A multi-select picklist's values as the API writes them, "Web;Events": each chosen value, once. */
export function chosenValues(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
}
