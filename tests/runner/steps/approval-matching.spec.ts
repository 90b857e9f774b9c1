import { type Browser, expect, test } from '@playwright/test';
import { parseOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import type { CreatedRecord } from '../../../fixtures';
import type { OrgConnection } from '../../../fixtures/org-connection';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep, type StepContext } from '../../../runner/steps';
import { editedDemoText, failure } from '../../emulator/helpers';
import { waitAtMost } from '../../short-waits';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, idOf, personaStepContext } from './persona-steps';

/**
 * Items to Approve and Approve/Reject find a record's request by where its row links (the record's pending
 * ProcessInstanceWorkitem), never by the name the row shows: records share names, and cases, contracts and
 * orders have no Name field at all. Submissions Salesforce refuses for a missing manager say whose.
 */
const MANAGER = 'maya.manager@acme-demo.example';
const CSM = 'casey.csm@acme-demo.example';
const FINANCE = 'fiona.finance@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;

// The demo org with a case approval too (cases are named by their number or subject, not by a Name field), and
// Finance as the manager's delegated approver.
const withCaseApproval = parseOrgDefinition(
  editedDemoText(
    [`  - username: ${MANAGER}\n`, `  - username: ${MANAGER}\n    delegatedApprover: ${FINANCE}\n`],
    [
      '  - name: Case Layout\n    object: Case\n',
      '  - name: Case Layout\n    object: Case\n    buttons: [Edit, Delete, Submit]\n',
    ],
    [
      'approvalProcesses:\n',
      `approvalProcesses:
  - object: Case
    name: Goodwill_Credit
    label: Goodwill credit
    allowedSubmitters: [owner]
    steps:
      - { name: Sales_Manager_Review, approver: { user: ${MANAGER} } }
`,
    ],
  ),
  'org.yaml',
);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, org: withCaseApproval });
});
test.afterAll(async () => emulator?.stop());

type Records = Record<string, CreatedRecord>;

async function as(
  browser: Browser,
  username: string,
  records: Records,
  touched: [CreatedRecord, string][] = [],
): Promise<StepContext> {
  const { context, org, records: map } = await personaStepContext(browser, emulator, username);
  for (const [key, record] of Object.entries(records)) map.set(key, record);
  return { ...context, org, touched: (record, action) => touched.push([record, action]) };
}

async function adminOrg(browser: Browser): Promise<OrgConnection> {
  return (await personaStepContext(browser, emulator, AE)).org;
}

async function opportunity(org: OrgConnection, name: string, discount: number): Promise<CreatedRecord> {
  return discountedDeal(org, name, discount);
}

async function latestStatus(org: OrgConnection, recordId: string): Promise<string> {
  const found = await org.conn.query<{ Status: string }>(
    `SELECT Status FROM ProcessInstance WHERE TargetObjectId = '${recordId}' ORDER BY CreatedDate DESC LIMIT 1`,
  );
  return found.records[0]?.Status ?? 'never submitted';
}

test('two opportunities share a name: only the submitted one is listed and approved, and the audit names it', async ({
  browser,
}) => {
  const org = await adminOrg(browser);
  const deal = await opportunity(org, 'Globex Renewal', 30);
  const small = await opportunity(org, 'Globex Renewal', 5);
  const seller = await as(browser, AE, { deal, small });
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  await runStep(step({ kind: 'submitForApproval', comment: 'Deep discount' }), seller);

  const touched: [CreatedRecord, string][] = [];
  const manager = await as(browser, MANAGER, { deal, small }, touched);
  await expectationFailure(
    runStep(step({ kind: 'itemsToApprove', includes: ['small'], excludes: [] }), manager),
    [
      `Opportunity "Globex Renewal" (${small.id}, data "small"): expected listed, but it is not — the record was never submitted for approval`,
    ],
  );
  await runStep(step({ kind: 'itemsToApprove', includes: ['deal'], excludes: ['small'] }), manager);
  await expectationFailure(runStep(step({ kind: 'approve', record: 'small', comment: 'Fine' }), manager), [
    `Opportunity "Globex Renewal" (${small.id}, data "small") is not in their Items to Approve`,
    'Why: the record was never submitted for approval.',
  ]);
  expect(await latestStatus(org, deal.id)).toBe('Pending');
  expect(touched).toEqual([]);

  await runStep(step({ kind: 'approve', record: 'deal', comment: 'Fine' }), manager);
  expect(await latestStatus(org, deal.id)).toBe('Approved');
  expect(await latestStatus(org, small.id)).toBe('never submitted');
  expect(touched).toEqual([[deal, 'approved']]);
});

test('a case, which has no Name field, is found in Items to Approve by its request; its layout has no Approval History', async ({
  browser,
}) => {
  const org = await adminOrg(browser);
  const owner = await idOf(org, `SELECT Id FROM User WHERE Username = '${CSM}'`);
  const create = async (subject: string): Promise<CreatedRecord> => {
    const created = await org.conn
      .sobject('Case')
      .create({ Subject: subject, Status: 'New', Origin: 'Phone', Priority: 'High', OwnerId: owner }); // High: assigned to the CSM
    if (!created.success) throw new Error('create failed');
    return { sobject: 'Case', id: created.id };
  };
  const records = { credit: await create('Goodwill credit'), other: await create('Other case') };
  const csm = await as(browser, CSM, records);
  await runStep(step({ kind: 'open', record: 'credit' }), csm);
  await runStep(step({ kind: 'submitForApproval', comment: 'Credit 500' }), csm);
  // The Case layout does not place the Approval History list, so the page has none to read.
  await expectationFailure(runStep(step({ kind: 'approval', status: 'Pending' }), csm), [
    `Case ${records.credit.id} (data "credit") shows no Approval History list on the Related tab (its related lists: none) — so its approval cannot be read`,
  ]);

  const manager = await as(browser, MANAGER, records);
  await runStep(step({ kind: 'itemsToApprove', includes: ['credit'], excludes: ['other'] }), manager);
  // A case is named by its CaseNumber, the Auto Number the org gave it, never by its Subject.
  const { CaseNumber } = (await org.conn
    .sobject('Case')
    .retrieve(records.other.id, { fields: ['CaseNumber'] })) as { CaseNumber?: string };
  expect(CaseNumber).toMatch(/\d/);
  await expectationFailure(
    runStep(step({ kind: 'itemsToApprove', includes: ['other'], excludes: [] }), manager),
    [
      `Case "${CaseNumber}" (${records.other.id}, data "other"): expected listed, but it is not — the record was never submitted for approval`,
    ],
  );
});

test('"Manager undefined.": the failure names the step that goes to the manager and that the submitter has none', async ({
  browser,
}) => {
  const org = await adminOrg(browser);
  const maya = await idOf(org, `SELECT Id FROM User WHERE Username = '${MANAGER}'`);
  const deal = await opportunity(org, 'Own deal', 30);
  await org.conn.sobject('Opportunity').update({ Id: deal.id, OwnerId: maya });
  const manager = await as(browser, MANAGER, { deal });
  await runStep(step({ kind: 'open', record: 'deal' }), manager);
  await expectationFailure(runStep(step({ kind: 'submitForApproval', comment: 'Mine' }), manager), [
    'Salesforce said "Manager undefined."',
    `Why: "Discounts above 20%" (Opportunity.Discount_Approval): step "Seller's manager" (Sales_Manager) goes to the submitter's Manager, and Maya Patel (${MANAGER}) has no Manager (User.ManagerId is blank)`,
  ]);
});

test('a home page without the Items to Approve card fails saying so, not with a bare timeout', async ({
  browser,
}) => {
  const org = await adminOrg(browser);
  const manager = await as(browser, MANAGER, { deal: await opportunity(org, 'No card', 30) });
  waitAtMost(manager.page, 2_000);
  await manager.page.route('**/lightning/page/home', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<html><title>Home</title><body>Home</body></html>' }),
  );
  for (const action of [
    { kind: 'itemsToApprove', includes: ['deal'], excludes: [] },
    { kind: 'approve', record: 'deal' },
  ] as ApprovalStepAction[]) {
    const error = await failure(runStep(step(action), manager));
    expect(error.name).not.toBe('TimeoutError');
    expect(error.message).toContain(
      `Persona "manager" (Maya Patel, ${MANAGER}), step ${action.kind}: the home page shows no "Items to Approve" component`,
    );
  }
});

test("the manager's delegate does not see her request: the failure names the delegation and the step that allows none", async ({
  browser,
}) => {
  const org = await adminOrg(browser);
  const deal = await opportunity(org, 'Delegated deal', 30);
  const seller = await as(browser, AE, { deal });
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  await runStep(step({ kind: 'submitForApproval', comment: 'While Maya is away' }), seller);
  const delegate = await as(browser, FINANCE, { deal });
  await expectationFailure(
    runStep(step({ kind: 'itemsToApprove', includes: ['deal'], excludes: [] }), delegate),
    [
      `the request went to Maya Patel (${MANAGER}); the persona is the delegated approver of Maya Patel (User.DelegatedApproverId), and a delegate sees and approves or rejects (never reassigns) a request only at a step that allows delegates — no step of Opportunity.Discount_Approval does (approvalStep allowDelegate false)`,
    ],
  );
});
