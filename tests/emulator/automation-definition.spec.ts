import { expect, test } from '@playwright/test';
import type { Literal } from 'formulon';
import { parseOrgDefinition } from '../../emulator';
import {
  evaluateFormula,
  type FormulaScope,
  rewriteContextFunctions,
} from '../../salesforce/formula/evaluate';
import { editedDemoText, lineOf, definitionProblems as problemsOf } from './helpers';

// Formulas around formulon, and the org definition's automation sections rejected with their positions.

const text = (value: string | null): Literal => ({
  type: 'literal',
  dataType: 'text',
  value,
  options: { length: value?.length ?? 0 },
});
const number = (value: number | null): Literal => ({
  type: 'literal',
  dataType: 'number',
  value,
  options: { length: 16, scale: 2 },
});
const picklist = (value: string): Literal => ({
  type: 'literal',
  dataType: 'picklist',
  value,
  options: { values: ['Prospecting', 'Closed Won'] },
});

function scope(current: Record<string, Literal>, prior?: Record<string, Literal>): FormulaScope {
  return { isNew: prior === undefined, value: (path) => current[path], prior: (path) => prior?.[path] };
}

test('ISCHANGED, PRIORVALUE and ISNEW look at the save; string literals and comments are left alone', () => {
  expect(rewriteContextFunctions('ISCHANGED( StageName ) && "ISCHANGED(X)" /* PRIORVALUE(Y) */')).toBe(
    '$PuxIsChanged.StageName && "ISCHANGED(X)" /* PRIORVALUE(Y) */',
  );
  const before = { StageName: picklist('Prospecting'), Amount: number(100) };
  const after = { StageName: picklist('Closed Won'), Amount: number(100) };
  expect(evaluateFormula('ISCHANGED(StageName)', scope(after, before))).toBe(true);
  expect(evaluateFormula('ISCHANGED(Amount)', scope(after, before))).toBe(false);
  expect(evaluateFormula('ISPICKVAL(PRIORVALUE(StageName), "Prospecting")', scope(after, before))).toBe(true);
  expect(evaluateFormula('ISNEW()', scope(after))).toBe(true);
  expect(evaluateFormula('ISCHANGED(StageName)', scope(after))).toBe(false);
});

test('flow merge fields and globals resolve through the scope', () => {
  const values = { Amount: number(250), '$User.Id': text('005A'), OwnerId: text('005A') };
  expect(evaluateFormula('{!$Record.Amount} * 2', scope(values))).toBe(500);
  expect(evaluateFormula('{!$Record.OwnerId} = $User.Id', scope(values))).toBe(true);
  expect(evaluateFormula('{!$Record__Prior.Amount} > 100', scope(values, { Amount: number(50) }))).toBe(
    false,
  );
});

test('blank numbers: zero when the formula treats blanks as zeroes, otherwise blank', () => {
  const values = { Amount: number(null) };
  expect(evaluateFormula('Amount * 2', scope(values), { blankAsZero: true })).toBe(0);
  expect(evaluateFormula('Amount * 2', scope(values))).toBeNull();
  expect(evaluateFormula('ISBLANK(Amount)', scope(values))).toBe(true);
  expect(() => evaluateFormula('Amont > 1', scope(values))).toThrow('Field Amont does not exist.');
  expect(() => evaluateFormula('AND(', scope(values))).toThrow('Syntax error.');
});

test('a formula that does not parse or names a missing field is reported at its line', () => {
  const source = editedDemoText(
    [
      'errorConditionFormula: AND(ISPICKVAL(StageName, "Closed Won"), ISBLANK(Amount))',
      'errorConditionFormula: AND(ISPICKVAL(StageName, "Closed Won"), ISBLANK(Amont))',
    ],
    ['    condition: ISPICKVAL(StageName, "Closed Won")', '    condition: ISPICKVAL(StageName,'],
  );
  const problems = problemsOf(source);
  expect(problems).toEqual([
    `org.yaml:${lineOf(source, 'ISBLANK(Amont)')}:28 validationRules[0].errorConditionFormula: Formula error: Field Amont does not exist.`,
    `org.yaml:${lineOf(source, 'condition: ISPICKVAL(StageName,')}:16 flows[2].condition: Formula error: Syntax error.`,
  ]);
});

test('flow filters naming a missing field, not fitting their field, or with logic that does not read are refused', () => {
  const filters = '    filters: [{ field: Lead_Score__c, operator: GreaterThanOrEqualTo, value: 80 }]';
  const problemsWith = (replacement: string) => problemsOf(editedDemoText([filters, replacement]));
  expect(
    problemsWith('    filters: [{ field: Lead_Scor__c, operator: GreaterThanOrEqualTo, value: 80 }]'),
  ).toEqual([expect.stringMatching(/ flows\[0\]\.filters\[0\]\.field: No field Lead_Scor__c on Lead$/)]);
  expect(
    problemsWith('    filters: [{ field: Lead_Score__c, operator: GreaterThanOrEqualTo, value: high }]'),
  ).toEqual([expect.stringMatching(/ flows\[0\]\.filters: Filters that do not fit their fields' types: /)]);
  expect(problemsWith(`${filters}\n    filterLogic: 1 AND 2`)).toEqual([
    expect.stringMatching(
      / flows\[0\]\.filterLogic: filterLogic "1 AND 2": "2" is not the number of one of its 1 condition\(s\)\. Expected and, or, or condition numbers/,
    ),
  ]);
  expect(problemsWith(`${filters}\n    condition: Lead_Score__c >= 80`)).toEqual([
    expect.stringMatching(/ flows\[0\]\.filters: A flow has a formula condition or filters, not both/),
  ]);
});

test('automation that names what does not exist, or does what it cannot, is refused with a reason', () => {
  const source = editedDemoText(
    ['assignTo: SDR_Queue }', 'assignTo: Nobody_Queue }'],
    [
      '      - updateRecord: { Rating: Hot }',
      '      - updateRecord: { Rating: Hot }\n      - createRecord: { object: Task, fields: { Subject: x } }',
    ],
    [
      '          StageName: [Qualification, Negotiation/Review, Closed Won, Closed Lost]',
      '          StageName: [Qualification, Signed]',
    ],
  );
  const problems = problemsOf(source);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        new RegExp(
          `^org\\.yaml:${lineOf(source, 'Nobody_Queue')}:\\d+ assignmentRules\\[0\\]\\.entries\\[1\\]\\.assignTo: No user or queue Nobody_Queue$`,
        ),
      ),
      expect.stringMatching(
        /flows\[0\]\.actions\[1\]: A before-save flow can only update the record \(updateRecord\); use trigger: afterSave$/,
      ),
      expect.stringMatching(
        /objects\.Opportunity\.recordTypes\[1\]\.picklistValues\.StageName: "Signed" is not a value of Opportunity\.StageName$/,
      ),
    ]),
  );
  expect(problems).toHaveLength(3);
});

test('an assignment rule entry takes a formula or criteria items, whose filter logic must read', () => {
  const entry = `      - { formula: 'Country = "Canada"', assignTo: sam.sdr@acme-demo.example }`;
  const items = 'criteriaItems: [{ field: Lead.Country, operation: equals, value: Canada }]';
  const problemsWith = (replacement: string) => problemsOf(editedDemoText([entry, replacement]));
  expect(
    problemsWith(`      - { formula: 'Country = "Canada"', ${items}, assignTo: sam.sdr@acme-demo.example }`),
  ).toEqual([
    expect.stringMatching(
      / assignmentRules\[0\]\.entries\[0\]: An entry has a formula or criteria items, not both/,
    ),
  ]);
  expect(
    problemsWith(`      - { ${items}, booleanFilter: "1 OR 2", assignTo: sam.sdr@acme-demo.example }`),
  ).toEqual([
    expect.stringMatching(
      / assignmentRules\[0\]\.entries\[0\]\.booleanFilter: booleanFilter "1 OR 2": "2" is not the number of one of its 1 condition\(s\)/,
    ),
  ]);
  // Criteria items alone load.
  expect(() =>
    parseOrgDefinition(
      editedDemoText([entry, `      - { ${items}, assignTo: sam.sdr@acme-demo.example }`]),
      'org.yaml',
    ),
  ).not.toThrow();
});
