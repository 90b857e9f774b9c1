import { z } from 'zod';
import { booleanFilterSchema, criteriaItemsSchema } from './schema-approvals';

/**
 * Org-definition sections for record types and automation: validation rules, record-triggered flows and
 * lead/case assignment rules. Names follow the Metadata API where it has them (errorConditionFormula,
 * errorMessage, errorDisplayField), so rules can be copied from a retrieved org. Formulas use Salesforce's
 * formula language (emulator/formula/); flow formulas may use merge fields like {!$Record.Amount}.
 */

const apiName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Expected an API name (letters, digits, _)');
const formula = z.string().trim().min(1, 'Expected a formula');

export const FORMULA_RETURN_TYPES = [
  'text',
  'number',
  'currency',
  'percent',
  'checkbox',
  'date',
  'datetime',
] as const;
export type FormulaReturnType = (typeof FORMULA_RETURN_TYPES)[number];

export const recordTypeSchema = z.strictObject({
  developerName: apiName,
  label: z.string().min(1),
  description: z.string().optional(),
  active: z.boolean().default(true),
  // Picklist field → the values this record type offers (a subset of the field's values); unlisted = all.
  picklistValues: z.record(z.string(), z.array(z.string()).min(1)).default({}),
});
export type RecordTypeDefinition = z.infer<typeof recordTypeSchema>;

/** A profile's record types for one object: the ones it may create records with, and its default. */
export const recordTypeVisibilitySchema = z.strictObject({
  available: z.array(z.string()).min(1),
  default: z.string(),
});

const validationRuleSchema = z.strictObject({
  object: z.string().min(1),
  name: apiName,
  active: z.boolean().default(true),
  description: z.string().optional(),
  // True means the record is invalid and the save fails with errorMessage.
  errorConditionFormula: formula,
  errorMessage: z.string().min(1),
  // The field the message shows under; unset = at the top of the page (REST: fields []).
  errorDisplayField: z.string().optional(),
});
export type ValidationRuleDefinition = z.infer<typeof validationRuleSchema>;

/** A value a flow writes: a literal, a text with merge fields ("{!$Record.Name}"), or a formula. */
const flowValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.strictObject({ formula })]);
export type FlowValue = z.infer<typeof flowValueSchema>;
const flowFieldsSchema = z.record(z.string(), flowValueSchema);

export const EMAIL_RECIPIENTS = ['owner', 'creator', 'lastModifier'] as const;

const flowActionSchema = z.union([
  z.strictObject({ updateRecord: flowFieldsSchema }),
  z.strictObject({ createRecord: z.strictObject({ object: z.string().min(1), fields: flowFieldsSchema }) }),
  z.strictObject({
    emailAlert: z.strictObject({
      name: apiName,
      subject: z.string().min(1),
      body: z.string().default(''),
      // owner | creator | lastModifier (of the record), or a username / email address.
      recipients: z.array(z.string().min(1)).min(1),
    }),
  }),
]);
export type FlowAction = z.infer<typeof flowActionSchema>;

export const FLOW_FILTER_OPERATORS = [
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'GreaterThanOrEqualTo',
  'LessThan',
  'LessThanOrEqualTo',
  'StartsWith',
  'EndsWith',
  'Contains',
  'IsNull',
  'IsChanged',
] as const;

/** One of Flow Builder's entry conditions ("Conditions are Met"), as Flow metadata's start.filters writes it. */
const flowFilterSchema = z.strictObject({
  field: z.string().min(1),
  operator: z.enum(FLOW_FILTER_OPERATORS),
  // IsNull and IsChanged take true or false.
  value: z.union([z.string(), z.number(), z.boolean()]),
});
export type FlowFilterDefinition = z.infer<typeof flowFilterSchema>;

const flowSchema = z.strictObject({
  name: apiName,
  label: z.string().optional(),
  object: z.string().min(1),
  active: z.boolean().default(true),
  // beforeSave: "Fast Field Updates" (updateRecord on the triggering record only); afterSave: "Actions and Related Records".
  trigger: z.enum(['beforeSave', 'afterSave']),
  on: z.enum(['create', 'update', 'createOrUpdate']).default('createOrUpdate'),
  // Entry condition: a formula ("Formula Evaluates to True"), or filters with their logic: and, or, or
  // custom logic such as "1 AND (2 OR 3)". Neither = every save.
  condition: formula.optional(),
  filters: z.array(flowFilterSchema).min(1).optional(),
  filterLogic: z.string().trim().min(1).optional(),
  // Flow Builder's "When to Run the Flow for Updated Records".
  runOnUpdate: z.enum(['everyTime', 'onlyWhenConditionBecomesTrue']).default('everyTime'),
  actions: z.array(flowActionSchema).min(1),
});
export type FlowDefinition = z.infer<typeof flowSchema>;

const assignmentRuleSchema = z.strictObject({
  object: z.enum(['Lead', 'Case']),
  name: z.string().min(1),
  // One active rule per object, as in Salesforce.
  active: z.boolean().default(true),
  entries: z
    .array(
      z.strictObject({
        // A formula, or criteria items with their filter logic; neither = matches every record (a catch-all).
        formula: formula.optional(),
        criteriaItems: criteriaItemsSchema.optional(),
        booleanFilter: booleanFilterSchema.optional(),
        // A username, or a queue's name or developer name.
        assignTo: z.string().min(1),
      }),
    )
    .min(1),
});
export type AssignmentRuleDefinition = z.infer<typeof assignmentRuleSchema>;
export type AssignmentRuleEntry = AssignmentRuleDefinition['entries'][number];

export const automationSchemas = {
  validationRules: z.array(validationRuleSchema).default([]),
  flows: z.array(flowSchema).default([]),
  assignmentRules: z.array(assignmentRuleSchema).default([]),
};
