import { type FormulaScope, formulaProblem, mergePath } from '../../salesforce/formula/evaluate';
import { FilterLogicError } from '../../salesforce/formula/filter-logic';
import { assignmentEntryFormula } from '../formula/criteria-items';
import { entryFormula } from '../formula/flow-filters';
import { sampleScope } from '../formula/scope';
import { buildObjectTypes } from '../model/object-types';
import type { SObjectType } from '../model/sobject-type';
import type { OrgDefinition } from '../org/schema';
import { EMAIL_RECIPIENTS, type FlowDefinition, type FlowValue } from '../org/schema-automation';
import type { Issue } from './cross-check-support';

/**
 * Record types, formula fields, validation rules, flows and assignment rules: every object, field, user and
 * queue they name exists, and every formula parses and type-checks against the object's fields.
 */
export function crossCheckAutomation(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const types = buildObjectTypes(def);
  const object = (name: string) => types.get(name.toLowerCase());
  const scopeFor = (type: SObjectType) => sampleScope({ object }, type);
  const checkFormula = (at: (string | number)[], formula: string, scope: FormulaScope) => {
    const problem = formulaProblem(formula, scope, { blankAsZero: true });
    if (problem) add(at, `Formula error: ${problem}`);
  };
  const dataObject = (at: (string | number)[], name: string) => {
    const type = def.objects[name] ? object(name) : undefined;
    if (!type) add(at, `No object ${name} in objects`);
    return type;
  };

  // Each filter names a field of the flow's object, and together they make a formula that type-checks.
  const checkFilters = (at: (string | number)[], flow: FlowDefinition, type: SObjectType) => {
    let known = true;
    flow.filters?.forEach((filter, index) => {
      if (type.field(filter.field)) return;
      known = false;
      add([...at, 'filters', index, 'field'], `No field ${filter.field} on ${type.name}`);
    });
    if (!known) return;
    try {
      const formula = entryFormula(flow, (field) => type.field(field)?.type) as string;
      const problem = formulaProblem(formula, scopeFor(type), { blankAsZero: true });
      if (problem) add([...at, 'filters'], `Filters that do not fit their fields' types: ${problem}`);
    } catch (error) {
      if (!(error instanceof FilterLogicError)) throw error;
      add([...at, 'filterLogic'], `filterLogic ${error.message}`);
    }
  };

  for (const [name, definition] of Object.entries(def.objects)) {
    const type = object(name) as SObjectType;
    for (const [fieldName, field] of Object.entries(definition.fields)) {
      const at = ['objects', name, 'fields', fieldName];
      if (field.type !== 'formula') continue;
      if (!field.formula) add(at, 'A formula field needs formula');
      else checkFormula([...at, 'formula'], field.formula, scopeFor(type));
      if (!field.returnType) add(at, 'A formula field needs returnType (text, number, checkbox, date, ...)');
    }
    definition.recordTypes.forEach((recordType, index) => {
      for (const [fieldName, values] of Object.entries(recordType.picklistValues)) {
        const at = ['objects', name, 'recordTypes', index, 'picklistValues', fieldName];
        const field = definition.fields[fieldName];
        if (field?.type !== 'picklist' && field?.type !== 'multipicklist') {
          add(at, `${fieldName} is not a picklist field of ${name}`);
          continue;
        }
        for (const value of values) {
          if (!field.values?.includes(value)) add(at, `"${value}" is not a value of ${name}.${fieldName}`);
        }
      }
    });
  }

  def.profiles.forEach((profile, index) => {
    for (const [name, visibility] of Object.entries(profile.recordTypes)) {
      const at = ['profiles', index, 'recordTypes', name];
      const names = def.objects[name]?.recordTypes.map((recordType) => recordType.developerName);
      if (!names?.length) {
        add(at, `${name} has no record types (objects.${name}.recordTypes)`);
        continue;
      }
      for (const available of visibility.available) {
        if (!names.includes(available)) add([...at, 'available'], `No record type ${available} on ${name}`);
      }
      if (!visibility.available.includes(visibility.default)) {
        add([...at, 'default'], `The default must be one of available: ${visibility.available.join(', ')}`);
      }
    }
  });

  def.records.forEach((record, index) => {
    if (!record.recordType) return;
    const names = def.objects[record.object]?.recordTypes.map((recordType) => recordType.developerName);
    if (!names?.includes(record.recordType)) {
      add(['records', index, 'recordType'], `No record type ${record.recordType} on ${record.object}`);
    }
  });

  def.validationRules.forEach((rule, index) => {
    const at = ['validationRules', index];
    const type = dataObject([...at, 'object'], rule.object);
    if (!type) return;
    checkFormula([...at, 'errorConditionFormula'], rule.errorConditionFormula, scopeFor(type));
    if (rule.errorDisplayField && !type.field(rule.errorDisplayField)) {
      add([...at, 'errorDisplayField'], `No field ${rule.errorDisplayField} on ${rule.object}`);
    }
  });

  def.flows.forEach((flow, index) => {
    const at = ['flows', index];
    const type = dataObject([...at, 'object'], flow.object);
    if (!type) return;
    const scope = scopeFor(type);
    if (flow.condition && flow.filters) {
      add([...at, 'filters'], 'A flow has a formula condition or filters, not both: remove one of them');
    } else if (flow.condition) {
      checkFormula([...at, 'condition'], flow.condition, scope);
    } else if (flow.filters) {
      checkFilters(at, flow, type);
    }
    const checkValues = (
      where: (string | number)[],
      target: SObjectType,
      fields: Record<string, FlowValue>,
    ) => {
      for (const [fieldName, value] of Object.entries(fields)) {
        if (!target.field(fieldName)) add([...where, fieldName], `No field ${fieldName} on ${target.name}`);
        for (const formula of formulasIn(value)) checkFormula([...where, fieldName], formula, scope);
      }
    };
    flow.actions.forEach((action, actionIndex) => {
      const actionAt = [...at, 'actions', actionIndex];
      if ('updateRecord' in action) {
        checkValues([...actionAt, 'updateRecord'], type, action.updateRecord);
      } else if (flow.trigger === 'beforeSave') {
        add(actionAt, 'A before-save flow can only update the record (updateRecord); use trigger: afterSave');
      } else if ('createRecord' in action) {
        const target = dataObject([...actionAt, 'createRecord', 'object'], action.createRecord.object);
        if (target) checkValues([...actionAt, 'createRecord', 'fields'], target, action.createRecord.fields);
      } else {
        const alertAt = [...actionAt, 'emailAlert'];
        for (const text of [action.emailAlert.subject, action.emailAlert.body]) {
          for (const formula of formulasIn(text)) checkFormula(alertAt, formula, scope);
        }
        action.emailAlert.recipients.forEach((recipient, recipientIndex) => {
          const known =
            (EMAIL_RECIPIENTS as readonly string[]).includes(recipient) ||
            def.users.some((user) => user.username === recipient) ||
            /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(recipient);
          if (!known) {
            add(
              [...alertAt, 'recipients', recipientIndex],
              `Expected owner, creator, lastModifier, a username or an email address, but got "${recipient}"`,
            );
          }
        });
      }
    });
  });

  const activeRules = new Set<string>();
  def.assignmentRules.forEach((rule, index) => {
    const at = ['assignmentRules', index];
    const type = dataObject([...at, 'object'], rule.object);
    if (!type) return;
    if (rule.active && activeRules.has(rule.object)) {
      add([...at, 'active'], `${rule.object} already has an active assignment rule; only one can be active`);
    }
    if (rule.active) activeRules.add(rule.object);
    rule.entries.forEach((entry, entryIndex) => {
      const entryAt = [...at, 'entries', entryIndex];
      if (entry.formula && entry.criteriaItems) {
        add(entryAt, 'An entry has a formula or criteria items, not both: remove one of them');
      } else if (entry.formula) {
        checkFormula([...entryAt, 'formula'], entry.formula, scopeFor(type));
      } else if (entry.criteriaItems) {
        try {
          const formula = assignmentEntryFormula(entry, type) as string;
          checkFormula([...entryAt, 'criteriaItems'], formula, scopeFor(type));
        } catch (error) {
          if (!(error instanceof FilterLogicError)) throw error;
          add([...entryAt, 'booleanFilter'], `booleanFilter ${error.message}`);
        }
      }
      const isUser = def.users.some((user) => user.username === entry.assignTo);
      const queue = def.groups.find(
        (group) =>
          group.type === 'Queue' && (group.name === entry.assignTo || group.developerName === entry.assignTo),
      );
      if (!isUser && !queue) add([...entryAt, 'assignTo'], `No user or queue ${entry.assignTo}`);
      if (queue && !queue.objects.includes(rule.object)) {
        add([...entryAt, 'assignTo'], `Queue ${queue.name} does not take ${rule.object} records (objects:)`);
      }
    });
  });
  return issues;
}

/** The formulas inside a flow value: a { formula } or each {!merge field} of a text. */
function formulasIn(value: FlowValue): string[] {
  if (value !== null && typeof value === 'object') return [value.formula];
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/\{!([^}]*)\}/g)].map((match) => mergePath(match[1]).path);
}
