import type { FieldDefinition, OrgDefinition } from '../org/schema';
import type {
  FlowAction,
  FlowDefinition,
  FlowValue,
  ValidationRuleDefinition,
} from '../org/schema-automation';
import type { MetadataRecord } from './metadata-xml';

/**
 * CustomObject (with its fields, record types and validation rules), ValidationRule and Flow as the
 * Metadata API reads them, from the org definition. Property names: Metadata API Developer Guide
 * ("CustomObject", "CustomField", "RecordType", "ValidationRule", "Flow").
 */

type ObjectDefinition = OrgDefinition['objects'][string];

const FIELD_TYPE: Record<string, string> = {
  text: 'Text',
  textarea: 'LongTextArea',
  richtext: 'Html',
  picklist: 'Picklist',
  multipicklist: 'MultiselectPicklist',
  number: 'Number',
  currency: 'Currency',
  percent: 'Percent',
  email: 'Email',
  phone: 'Phone',
  url: 'Url',
  checkbox: 'Checkbox',
  date: 'Date',
  datetime: 'DateTime',
  lookup: 'Lookup',
  autonumber: 'AutoNumber',
};

const FORMULA_TYPE: Record<string, string> = {
  text: 'Text',
  number: 'Number',
  currency: 'Currency',
  percent: 'Percent',
  checkbox: 'Checkbox',
  date: 'Date',
  datetime: 'DateTime',
};

export function customObjectMetadata(
  org: OrgDefinition,
  name: string,
  object: ObjectDefinition,
): MetadataRecord {
  const nameField = object.fields[object.nameField];
  return {
    fullName: name,
    // A Dynamic Forms page is the object's org default record page (routes/tooling-flexipages.ts names it).
    actionOverrides: org.recordUi.dynamicForms.includes(name)
      ? [
          {
            actionName: 'View',
            content: `${name}_Record_Page`,
            formFactor: 'Large',
            skipRecordTypeSelect: false,
            type: 'Flexipage',
          },
        ]
      : undefined,
    deploymentStatus: 'Deployed',
    // Compound names (Lead.Name) are not fields of their own in the Metadata API.
    fields: Object.entries(object.fields)
      .filter(([, field]) => field.type !== 'name')
      .map(([fieldName, field]) => customFieldMetadata(fieldName, field)),
    label: object.label,
    nameField: nameField
      ? nameField.type === 'autonumber'
        ? {
            displayFormat: nameField.displayFormat,
            label: nameField.label,
            startingNumber: nameField.startingNumber ?? 1,
            type: 'AutoNumber',
          }
        : { label: nameField.label, type: 'Text' }
      : undefined,
    pluralLabel: object.labelPlural,
    recordTypes: object.recordTypes.map((recordType) => ({
      fullName: recordType.developerName,
      active: recordType.active,
      description: recordType.description,
      label: recordType.label,
      picklistValues: Object.entries(recordType.picklistValues).map(([picklist, values]) => ({
        picklist,
        values: values.map((value) => ({
          fullName: value,
          default: object.fields[picklist]?.default === value,
        })),
      })),
    })),
    sharingModel: org.sharing.defaults[name] ?? 'ReadWrite',
    validationRules: org.validationRules
      .filter((rule) => rule.object === name)
      .map((rule) => validationRuleMetadata(rule, false)),
  };
}

function customFieldMetadata(name: string, field: FieldDefinition): MetadataRecord {
  const formula = field.type === 'formula';
  const type = formula ? FORMULA_TYPE[field.returnType ?? 'text'] : FIELD_TYPE[field.type];
  const numeric = ['Number', 'Currency', 'Percent'].includes(type);
  return {
    fullName: name,
    displayFormat: field.displayFormat,
    externalId: false,
    formula: field.formula,
    formulaTreatBlanksAs: formula ? (field.blankAsZero ? 'BlankAsZero' : 'BlankAsBlank') : undefined,
    label: field.label,
    length:
      type === 'Text' && !formula
        ? (field.length ?? 255)
        : type === 'LongTextArea' || type === 'Html'
          ? (field.length ?? 32768)
          : undefined,
    precision: numeric ? (field.precision ?? 18) : undefined,
    referenceTo: field.referenceTo?.[0],
    relationshipName: field.relationshipName,
    required: field.type === 'autonumber' ? undefined : field.required,
    scale: numeric ? (field.scale ?? 2) : undefined,
    startingNumber: field.type === 'autonumber' ? (field.startingNumber ?? 1) : undefined,
    type,
    valueSet:
      field.type === 'picklist' || field.type === 'multipicklist'
        ? {
            restricted: field.restricted,
            valueSetDefinition: {
              sorted: false,
              value: (field.values ?? []).map((value) => ({
                fullName: value,
                default: field.default === value,
                label: value,
              })),
            },
          }
        : undefined,
    visibleLines:
      type === 'LongTextArea' ? 3 : type === 'Html' ? 25 : type === 'MultiselectPicklist' ? 4 : undefined,
  };
}

/** A validation rule; read on its own its fullName is `{Object}.{Rule}`. */
export function validationRuleMetadata(rule: ValidationRuleDefinition, qualified = true): MetadataRecord {
  return {
    fullName: qualified ? `${rule.object}.${rule.name}` : rule.name,
    active: rule.active,
    description: rule.description,
    errorConditionFormula: rule.errorConditionFormula,
    errorDisplayField: rule.errorDisplayField,
    errorMessage: rule.errorMessage,
  };
}

const TRIGGER_TYPE = { beforeSave: 'RecordBeforeSave', afterSave: 'RecordAfterSave' } as const;
const RECORD_TRIGGER = { create: 'Create', update: 'Update', createOrUpdate: 'CreateAndUpdate' } as const;

/**
 * A record-triggered flow: `start` carries the object, trigger and entry formula; each action becomes a
 * recordUpdates / recordCreates / actionCalls element. Connectors and canvas positions are left out.
 */
export function flowMetadata(flow: FlowDefinition, apiVersion: string): MetadataRecord {
  const formulas: MetadataRecord[] = [];
  const assignments = (fields: Record<string, FlowValue>, element: string) =>
    Object.entries(fields).map(([field, value]) => ({
      field,
      value: flowValue(value, `${element}_${field}`, formulas),
    }));
  const updates: MetadataRecord[] = [];
  const creates: MetadataRecord[] = [];
  const calls: MetadataRecord[] = [];
  flow.actions.forEach((action: FlowAction, index) => {
    if ('updateRecord' in action) {
      const name = `Update_Record_${index + 1}`;
      updates.push({
        name,
        label: name.replace(/_/g, ' '),
        inputAssignments: assignments(action.updateRecord, name),
        inputReference: '$Record',
      });
    } else if ('createRecord' in action) {
      const name = `Create_${action.createRecord.object}_${index + 1}`;
      creates.push({
        name,
        label: name.replace(/_/g, ' '),
        inputAssignments: assignments(action.createRecord.fields, name),
        object: action.createRecord.object,
      });
    } else {
      calls.push({
        name: action.emailAlert.name,
        label: action.emailAlert.name.replace(/_/g, ' '),
        actionName: `${flow.object}.${action.emailAlert.name}`,
        actionType: 'emailAlert',
        inputParameters: [{ name: 'SObjectRowId', value: { elementReference: '$Record.Id' } }],
      });
    }
  });
  return {
    fullName: flow.name,
    actionCalls: calls,
    apiVersion,
    formulas,
    label: flow.label ?? flow.name.replace(/_/g, ' '),
    processType: 'AutoLaunchedFlow',
    recordCreates: creates,
    recordUpdates: updates,
    start: {
      doesRequireRecordChangedToMeetCriteria:
        flow.runOnUpdate === 'onlyWhenConditionBecomesTrue' ? true : undefined,
      filterFormula: flow.condition,
      filterLogic: flow.filters ? (flow.filterLogic ?? 'and') : undefined,
      filters: flow.filters?.map((filter) => ({
        field: filter.field,
        operator: filter.operator,
        value: flowValue(filter.value, '', []),
      })),
      object: flow.object,
      recordTriggerType: RECORD_TRIGGER[flow.on],
      triggerType: TRIGGER_TYPE[flow.trigger],
    },
    // Unconfirmed for inactive flows: their latest version's status is Draft (or Obsolete once replaced).
    status: flow.active ? 'Active' : 'Draft',
  };
}

/** A FlowElementReferenceOrValue; a formula becomes a named `formulas` element it references. */
function flowValue(value: FlowValue, name: string, formulas: MetadataRecord[]): MetadataRecord {
  if (value === null) return { stringValue: undefined };
  if (typeof value === 'object') {
    formulas.push({ name, dataType: 'String', expression: value.formula });
    return { elementReference: name };
  }
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { booleanValue: value };
  return { stringValue: value };
}
