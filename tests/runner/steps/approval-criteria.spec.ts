import { expect, test } from '@playwright/test';
import { parseOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep } from '../../../runner/steps';
import { editedDemoText } from '../../emulator/helpers';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * A process whose entry criteria are criteria items (as most are set up in Setup), not a formula: the
 * emulator applies them, the Metadata API gives them, and a refused submission says which condition the
 * record fails — a percent compared as the page shows it (20 for 20%).
 */
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;

const withCriteriaItems = parseOrgDefinition(
  editedDemoText([
    '    entryCriteria: Discount__c > 0.2 # a percent is a decimal in formulas: 20% is 0.2\n',
    `    entryCriteria:
      booleanFilter: 1 AND 2
      criteriaItems:
        - { field: Opportunity.Discount__c, operation: greaterThan, value: "20" }
        - { field: Opportunity.StageName, operation: equals, value: "Proposal/Price Quote,Negotiation/Review" }
`,
  ]),
  'org.yaml',
);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, org: withCriteriaItems });
});
test.afterAll(async () => emulator?.stop());

async function submitAs(browser: Parameters<Parameters<typeof test>[2]>[0]['browser'], discount: number) {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  records.set('deal', await discountedDeal(org, `Criteria ${discount}`, discount));
  const seller = { ...context, org };
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  return runStep(step({ kind: 'submitForApproval', comment: 'Check' }), seller);
}

test('criteria items: a 25% discount enters the process; the Metadata API gives the items and the filter logic', async ({
  browser,
}) => {
  await submitAs(browser, 25);
  const { org } = await personaStepContext(browser, emulator, AE);
  const read = await org.conn.metadata.read('ApprovalProcess', 'Opportunity.Discount_Approval');
  const process = [read].flat()[0] as unknown as { entryCriteria: unknown };
  expect(process.entryCriteria).toEqual({
    booleanFilter: '1 AND 2',
    criteriaItems: [
      { field: 'Opportunity.Discount__c', operation: 'greaterThan', value: '20' },
      {
        field: 'Opportunity.StageName',
        operation: 'equals',
        value: 'Proposal/Price Quote,Negotiation/Review',
      },
    ],
  });
});

test('criteria items: a 10% discount is refused, and the failure names the condition it fails with its value', async ({
  browser,
}) => {
  await expectationFailure(submitAs(browser, 10), [
    'Salesforce said "No applicable approval process was found."',
    'its entry criteria are 1. Opportunity.Discount__c greater than "20" — NOT met: the record has 10 (10%); 2. Opportunity.StageName equals "Proposal/Price Quote,Negotiation/Review" — met: the record has Proposal/Price Quote; filter logic 1 AND 2, so the record does not meet them',
  ]);
});
