import { expect, test } from '@playwright/test';
import { editedDemoText, lineOf, definitionProblems as problemsOf } from './helpers';

// The org definition's approvalProcesses section, refused with its positions and a reason.

test('formulas, field updates and the object are checked against the object fields', () => {
  const source = editedDemoText(
    ['    entryCriteria: Discount__c > 0.2 #', '    entryCriteria: Discont__c > 0.2 #'],
    [
      'initialSubmissionActions: { fieldUpdates: { Approval_Status__c: Pending } }',
      'initialSubmissionActions: { fieldUpdates: { Approval_Status__c: Waiting } }',
    ],
    [
      'recallActions: { fieldUpdates: { Approval_Status__c: Recalled } }',
      'recallActions: { fieldUpdates: { IsWon: true } }',
    ],
    [
      'finalRejectionActions: { fieldUpdates: { Approval_Status__c: Rejected } }',
      'finalRejectionActions: { fieldUpdates: { Rejected__c: true } }',
    ],
  );
  expect(problemsOf(source)).toEqual([
    `org.yaml:${lineOf(source, 'Discont__c')}:20 approvalProcesses[0].entryCriteria: Formula error: Field Discont__c does not exist.`,
    `org.yaml:${lineOf(source, 'Approval_Status__c: Waiting')}:69 approvalProcesses[0].initialSubmissionActions.fieldUpdates.Approval_Status__c: "Waiting" is not a value of Opportunity.Approval_Status__c`,
    `org.yaml:${lineOf(source, 'Rejected__c: true')}:59 approvalProcesses[0].finalRejectionActions.fieldUpdates.Rejected__c: No field Rejected__c on Opportunity`,
    `org.yaml:${lineOf(source, 'IsWon: true')}:45 approvalProcesses[0].recallActions.fieldUpdates.IsWon: Opportunity.IsWon is not updateable`,
  ]);
});

test('submitters and approvers must exist; a queue approver must take the object', () => {
  const source = editedDemoText(
    [
      '    allowedSubmitters: [owner]',
      '    allowedSubmitters: [owner, { group: Nobody_Group }, { role: VP Marketing }, { user: nobody@acme-demo.example }]',
    ],
    [
      "      - { name: Sales_Manager, label: Seller's manager, approver: manager }",
      "      - { name: Sales_Manager, label: Seller's manager, approver: manager }\n      - { name: Finance, approver: { user: finance@acme-demo.example } }\n      - { name: Desk, approver: { queue: SDR_Queue } }\n      - { name: Sales_Manager, approver: { queue: Deal_Desk } }",
    ],
  );
  const line = (needle: string) => lineOf(source, needle);
  expect(problemsOf(source)).toEqual([
    `org.yaml:${line('{ group: Nobody_Group }')}:32 approvalProcesses[0].allowedSubmitters[1]: No group Nobody_Group in groups`,
    `org.yaml:${line('{ group: Nobody_Group }')}:57 approvalProcesses[0].allowedSubmitters[2]: No role VP Marketing in roles`,
    `org.yaml:${line('{ group: Nobody_Group }')}:81 approvalProcesses[0].allowedSubmitters[3]: No user nobody@acme-demo.example in users`,
    `org.yaml:${line('finance@acme-demo.example }')}:36 approvalProcesses[0].steps[1].approver: No user finance@acme-demo.example in users`,
    `org.yaml:${line('{ queue: SDR_Queue }')}:33 approvalProcesses[0].steps[2].approver: Queue SDR Queue does not take Opportunity records (objects:)`,
    `org.yaml:${line('queue: Deal_Desk')}:17 approvalProcesses[0].steps[3].name: Step Sales_Manager is defined twice`,
    `org.yaml:${line('queue: Deal_Desk')}:42 approvalProcesses[0].steps[3].approver: No queue Deal_Desk in groups`,
  ]);
});

test('a process needs steps and a known object; unknown keys are refused', () => {
  const source = editedDemoText(
    [
      '  - object: Opportunity\n    name: Discount_Approval',
      '  - object: Deal__c\n    name: Discount_Approval',
    ],
    [
      '    recordEditability: AdminOrCurrentApprover',
      '    recordEditability: Everyone\n    emailTemplate: Approval_Request',
    ],
  );
  const problems = problemsOf(source);
  expect(problems).toEqual([
    `org.yaml:${lineOf(source, 'recordEditability: Everyone')}:24 approvalProcesses[0].recordEditability: Invalid option: expected one of "AdminOnly"|"AdminOrCurrentApprover"`,
    `org.yaml:${lineOf(source, 'emailTemplate: Approval_Request')}:5 approvalProcesses[0].emailTemplate: unknown key "emailTemplate". The keys are described in emulator/README.md.`,
  ]);
  const objectless = editedDemoText([
    '  - object: Opportunity\n    name: Discount_Approval',
    '  - object: Deal__c\n    name: Discount_Approval',
  ]);
  expect(problemsOf(objectless)).toEqual([
    `org.yaml:${lineOf(objectless, 'object: Deal__c')}:13 approvalProcesses[0].object: No object Deal__c in objects`,
  ]);
});

test('criteria items whose filter logic names a condition that is not there, or mixes AND and OR, are refused', () => {
  const problemsWith = (booleanFilter: string) =>
    problemsOf(
      editedDemoText([
        '    entryCriteria: Discount__c > 0.2 # a percent is a decimal in formulas: 20% is 0.2\n',
        `    entryCriteria:
      booleanFilter: ${booleanFilter}
      criteriaItems:
        - { field: Opportunity.Discount__c, operation: greaterThan, value: "20" }
        - { field: Opportunity.StageName, operation: equals, value: "Proposal/Price Quote" }
`,
      ]),
    );
  expect(problemsWith('1 AND 3')).toEqual([
    expect.stringMatching(
      / approvalProcesses\[0\]\.entryCriteria\.booleanFilter: booleanFilter "1 AND 3": "3" is not the number of one of its 2 condition\(s\)/,
    ),
  ]);
  expect(problemsWith('1 AND 2 OR 1')).toEqual([
    expect.stringMatching(/booleanFilter "1 AND 2 OR 1": AND and OR side by side need parentheses/),
  ]);
});
