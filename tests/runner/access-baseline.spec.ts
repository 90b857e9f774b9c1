import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type OrgDefinition, type RunningEmulator, startEmulator } from '../../emulator';
import { type ApprovalUses, approvalScope } from '../../runner/access/approval-scope';
import { describeChange, diffAccess } from '../../runner/access/diff';
import { type AccessFact, formatBaseline, parseBaseline } from '../../runner/access/facts';
import { objectScope } from '../../runner/access/scope';
import { snapshotAccess } from '../../runner/access/snapshot';
import { loadPersonas } from '../../runner/loading/personas';
import type { Scenario, Step, StepAction } from '../../runner/model';
import { addFinanceViewer, profile, user } from '../emulator/access-overlays';
import { demoOrg, oauthConnection } from '../emulator/helpers';

// The access baseline through the API: a snapshot, an unchanged diff, and each org change with its source.
const SCENARIOS = path.join(__dirname, '..', '..', 'scenarios');
const { personas } = loadPersonas(path.join(SCENARIOS, 'personas.yaml'));
const ALL_PERSONAS = [...(personas?.values() ?? [])];
const OBJECTS = ['Account', 'Lead', 'Opportunity'];

async function snapshotOf(
  org: OrgDefinition,
  change?: (admin: Connection) => Promise<void>,
  approvalsOf?: (persona: string) => ApprovalUses,
): Promise<AccessFact[]> {
  const emulator: RunningEmulator = await startEmulator({ port: 0, org });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    await change?.(admin);
    return await snapshotAccess(admin, ALL_PERSONAS, () => OBJECTS, approvalsOf);
  } finally {
    await emulator.stop();
  }
}

/** The diff lines of one persona between the demo org (plus Finance_Viewer) and the changed org. */
async function changesFor(
  persona: string,
  changeDefinition: (org: OrgDefinition) => void,
  changeAtRuntime?: (admin: Connection) => Promise<void>,
): Promise<string[]> {
  const before = await snapshotOf(demoOrg(addFinanceViewer));
  const after = await snapshotOf(
    demoOrg((org) => {
      addFinanceViewer(org);
      changeDefinition(org);
    }),
    changeAtRuntime,
  );
  const changes = diffAccess(before, after);
  expect(
    changes.every((change) => change.persona === persona),
    JSON.stringify(changes, null, 1),
  ).toBe(true);
  return changes.map(describeChange);
}

const at = { file: 'x.yaml', line: 1, column: 1 };
const step = (action: StepAction): Step => ({ ...action, location: at, title: action.kind }) as Step;
const listView = (object: string) =>
  step({ kind: 'listView', object, view: 'All', includes: [], excludes: [] });

/** A scenario of `persona` whose test data are records of `sobjects` (keys r0, r1…). */
function scenario(persona: string, sobjects: string[], steps: Step[] = []): Scenario {
  return {
    id: `${persona}-${sobjects.join('-')}`,
    title: 't',
    persona: { name: persona, capability: {} },
    reason: 'r',
    ticket: 'T-1',
    tags: [],
    data: sobjects.map((sobject, index) => ({
      key: `r${index}`,
      sobject,
      fields: {},
      autoAssign: false,
      location: at,
    })),
    steps,
    file: 'x.yaml',
    location: at,
  };
}

test('a snapshot of the demo org is one stable line per fact, and an unchanged org diffs to nothing', async () => {
  const first = await snapshotOf(demoOrg());
  const second = await snapshotOf(demoOrg());
  const text = formatBaseline(first);
  expect(parseBaseline(text, 'baseline.jsonl')).toEqual(first);
  expect(formatBaseline(second)).toBe(text);
  expect(diffAccess(parseBaseline(text, 'baseline.jsonl'), second)).toEqual([]);
  const lines = text.trim().split('\n');
  expect(lines).toContain(
    '{"persona":"ae","fact":"field","subject":"Lead.Internal_Revenue__c","value":"read","via":["profile Account Executive: read"]}',
  );
  expect(lines).toContain(
    '{"persona":"finance","fact":"field","subject":"Account.Credit_Limit__c","value":"edit","via":["profile Finance: edit"]}',
  );
  expect(lines).toContain(
    '{"persona":"(org)","fact":"loginAs","subject":"admin@acme-demo.example","value":"any user","via":["profile System Administrator: ManageUsers","profile System Administrator: ModifyAllData"]}',
  );
  expect(lines).toContain(
    '{"persona":"(org)","fact":"loginAs","subject":"sasha.support@acme-demo.example","value":"users who grant login access","via":["profile Support Admin: ManageUsers"]}',
  );
  expect(lines).toContain(
    '{"persona":"ae","fact":"user","subject":"","value":"ava.ae@acme-demo.example","via":[]}',
  );
  expect(lines).toContain(
    '{"persona":"ae","fact":"recordType","subject":"Opportunity.New_Business","value":"default","via":["profile Account Executive"]}',
  );
  expect(lines).toContain(
    '{"persona":"sdr","fact":"queue","subject":"SDR_Queue","value":"member","via":["direct"]}',
  );
  expect(lines).toContain(
    '{"persona":"finance","fact":"app","subject":"standard__LightningSales","value":"visible","via":["profile Finance"]}',
  );
  expect(lines).toContain(
    '{"persona":"ae","fact":"manager","subject":"","value":"Maya Patel (maya.manager@acme-demo.example)","via":["User.ManagerId of Ava Chen"]}',
  );
  expect(lines).toContain(
    '{"persona":"ae","fact":"delegatedApprover","subject":"","value":"none","via":["User.DelegatedApproverId of Ava Chen"]}',
  );
  expect(lines.filter((line) => line.includes('"fact":"contract"'))).toEqual([]);
});

test('FLS removed from a profile names the profile that no longer grants it', async () => {
  const lines = await changesFor('ae', (org) => {
    profile(org, 'Account Executive').fieldPermissions.Lead.Internal_Revenue__c = 'none';
  });
  expect(lines).toEqual([
    '- field Lead.Internal_Revenue__c: read → none (hidden by field-level security); was granted by profile ' +
      'Account Executive: read, which no longer grants it',
  ]);
});

test('a permission set granting a sensitive field names the permission set, and breaks the contract', async () => {
  const lines = await changesFor(
    'csm',
    () => undefined,
    async (admin) => {
      const [casey] = (
        await admin.query<{ Id: string }>(
          "SELECT Id FROM User WHERE Username = 'casey.csm@acme-demo.example'",
        )
      ).records;
      const [set] = (
        await admin.query<{ Id: string }>("SELECT Id FROM PermissionSet WHERE Name = 'Finance_Viewer'")
      ).records;
      await admin
        .sobject('PermissionSetAssignment')
        .create({ AssigneeId: casey.Id, PermissionSetId: set.Id });
    },
  );
  expect(lines).toContain(
    '+ field Account.Credit_Limit__c: none (hidden by field-level security) → read; granted by permission set Finance_Viewer: read',
  );
  expect(lines).toContain('+ permission set Finance_Viewer: not assigned → assigned');
  expect(lines).toContain(
    '! persona contract violated: casey.csm@acme-demo.example has permission set ' +
      'Finance_Viewer, which persona csm does not declare; remove the assignment or declare it.',
  );
  expect(lines).toContain(
    '~ object Account: read edit (unchanged); now via permission set Finance_Viewer: read; profile Customer Success ' +
      'Manager: read edit (was via profile Customer Success Manager: read edit)',
  );
});

test('a record type removed from a profile', async () => {
  const lines = await changesFor('ae', (org) => {
    profile(org, 'Account Executive').recordTypes.Opportunity = {
      available: ['New_Business'],
      default: 'New_Business',
    };
  });
  expect(lines).toEqual([
    '- record type Opportunity.Renewal: available → not available; was granted by profile Account Executive, ' +
      'which no longer grants it',
  ]);
});

test('a layout assignment changed', async () => {
  const lines = await changesFor('ae', (org) => {
    profile(org, 'Account Executive').layoutAssignments.Lead = 'Lead Layout';
  });
  expect(lines).toEqual(['~ layout Lead: Lead Layout - AE → Lead Layout; profile Account Executive']);
});

test('a tab hidden', async () => {
  const lines = await changesFor('ae', (org) => {
    profile(org, 'Account Executive').tabVisibilities = { Opportunity: 'Hidden' };
  });
  expect(lines).toEqual([
    '- tab standard-Opportunity: DefaultOn → Hidden; was granted by profile Account Executive: DefaultOn, ' +
      'which no longer grants it',
  ]);
});

test("a user's role changed, and the persona's contract with it", async () => {
  const lines = await changesFor('ae', (org) => {
    user(org, 'ava.ae@acme-demo.example').role = 'Sales Manager';
  });
  expect(lines).toEqual([
    '! persona contract violated: ava.ae@acme-demo.example has role "Sales Manager", but persona ae declares role ' +
      '"Account Executive"; give the user that role or change the persona\'s role.; user felix.frozen@acme-demo.example ' +
      'is frozen (UserLogin.IsFrozen), so Login-As would be refused. Unfreeze the user or point the persona at another one.',
    '~ role: Account Executive → Sales Manager',
  ]);
});

test("a persona's manager removed is named with its source, since approvals route to the manager", async () => {
  const lines = await changesFor('ae', (org) => {
    delete user(org, 'ava.ae@acme-demo.example').manager;
  });
  expect(lines).toEqual([
    "- Ava Chen's manager was removed (was Maya Patel (maya.manager@acme-demo.example)); source: " +
      "User.ManagerId of Ava Chen — approval steps that route to the submitter's manager find no approver",
  ]);
});

test('a new impersonator shows up among who can log in as others', async () => {
  const before = await snapshotOf(demoOrg());
  const after = await snapshotOf(
    demoOrg((org) => {
      profile(org, 'Finance').systemPermissions.push('ManageUsers');
    }),
  );
  const lines = diffAccess(before, after).map(describeChange);
  expect(lines).toContain(
    '+ can log in as others: fiona.finance@acme-demo.example: cannot log in as other users → users who grant ' +
      'login access; granted by profile Finance: ManageUsers',
  );
  expect(lines).toContain(
    '+ system permission ManageUsers: not granted → granted; granted by profile Finance',
  );
});

test("the scope is the objects each persona's scenarios create and list, or the objects given", () => {
  const scope = objectScope([
    scenario('ae', ['Opportunity', 'Account']),
    scenario('sdr', ['Lead'], [listView('Campaign')]),
  ]);
  expect(scope('ae').sort()).toEqual(['Account', 'Opportunity']);
  expect(scope('sdr').sort()).toEqual(['Campaign', 'Lead']);
  expect(scope('nobody').sort()).toEqual(['Account', 'Campaign', 'Lead', 'Opportunity']);
  expect(objectScope([scenario('ae', ['Lead'])], ['Case'])('ae')).toEqual(['Case']);
});

test('the scope follows each persona through `as:` steps, products, price books, quotes and approvals', () => {
  const steps = [
    step({ kind: 'offered', quoteTemplates: { quote: 'r1', includes: [], excludes: ['Enterprise Quote'] } }),
    step({ kind: 'as', persona: 'ae' }),
    step({ kind: 'open', record: 'r0' }),
    step({ kind: 'addProducts', priceBook: 'Sales Price Book', products: [] }),
    step({ kind: 'offered', quoteTemplates: { quote: 'r1', includes: ['Standard Quote'], excludes: [] } }),
    step({ kind: 'as', persona: 'sales-manager' }),
    step({ kind: 'itemsToApprove', includes: ['r0'], excludes: [] }),
  ];
  const scope = objectScope([scenario('csm', ['Opportunity', 'Quote'], steps)]);
  expect(scope('csm').sort()).toEqual(['Opportunity', 'Quote']);
  expect(scope('ae').sort()).toEqual([
    'Opportunity',
    'OpportunityLineItem',
    'Pricebook2',
    'PricebookEntry',
    'Product2',
    'Quote',
  ]);
  expect(scope('sales-manager')).toEqual(['Opportunity']);
});

test('objects that enter or leave the scope are a scope change, not access granted or removed', async () => {
  const emulator = await startEmulator({ port: 0, org: demoOrg() });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const narrow = await snapshotAccess(admin, ALL_PERSONAS, () => ['Lead']);
    const wide = await snapshotAccess(admin, ALL_PERSONAS, (persona) =>
      persona === 'ae' ? ['Account', 'Lead'] : ['Lead'],
    );
    expect(diffAccess(narrow, wide).map((change) => `${change.persona} ${describeChange(change)}`)).toEqual([
      'ae ~ objects recorded: Lead → Account Lead',
    ]);
  } finally {
    await emulator.stop();
  }
});

test('a baseline line that is not a fact is located', () => {
  expect(() => parseBaseline('{"persona":"ae"}\n<<<<<<< HEAD\n', 'access-baseline.jsonl')).toThrow(
    /access-baseline.jsonl:1:1 is not an access fact/,
  );
  expect(() => parseBaseline('\n<<<<<<< HEAD\n', 'access-baseline.jsonl')).toThrow(
    /access-baseline.jsonl:2:1 is not a JSON line/,
  );
});

test('the approval processes a persona relies on follow its approval steps, through `as:` steps', () => {
  const steps = [
    step({ kind: 'open', record: 'r0' }),
    step({ kind: 'submitForApproval' }),
    step({ kind: 'as', persona: 'sales-manager' }),
    step({ kind: 'itemsToApprove', includes: ['r0'], excludes: [] }),
    step({ kind: 'approve', record: 'r0' }),
    step({ kind: 'as', persona: 'csm' }),
    step({ kind: 'open', record: 'r1' }),
  ];
  const uses = approvalScope([scenario('ae', ['Opportunity', 'Quote'], steps)]);
  expect([...uses('ae')]).toEqual([['Opportunity', ['ae-Opportunity-Quote']]]);
  expect([...uses('sales-manager')]).toEqual([['Opportunity', ['ae-Opportunity-Quote']]]);
  expect([...uses('csm')]).toEqual([]);
});

test('an approval process a scenario relies on, deactivated, shows in the diff with the scenario that depends on it', async () => {
  const approvalsOf = (persona: string): ApprovalUses =>
    new Map(persona === 'ae' ? [['Opportunity', ['ae-discount-approval']]] : []);
  const before = await snapshotOf(demoOrg(), undefined, approvalsOf);
  expect(formatBaseline(before).trim().split('\n')).toEqual(
    expect.arrayContaining([
      '{"persona":"ae","fact":"approvalProcess","subject":"Opportunity.Discount_Approval","value":"active","via":["scenario ae-discount-approval"]}',
      '{"persona":"ae","fact":"approvalStep","subject":"Opportunity.Discount_Approval Sales_Manager","value":"userHierarchyField Manager","via":["ApprovalProcess Opportunity.Discount_Approval"]}',
    ]),
  );
  const after = await snapshotOf(
    demoOrg((org) => {
      for (const process of org.approvalProcesses) process.active = false;
    }),
    undefined,
    approvalsOf,
  );
  const changes = diffAccess(before, after);
  expect(changes.map((change) => `${change.persona} ${describeChange(change)}`)).toEqual([
    'ae - approval process Opportunity.Discount_Approval is no longer active (active → inactive); relied on by ' +
      'scenario ae-discount-approval — Submit for Approval of their records finds no active process unless another one takes them',
  ]);
});
