import { expect, test } from '@playwright/test';
import { wrapLines } from '../../fixtures/wrapped-lines';
import { DIAGNOSES, type Diagnosis, diagnose } from './diagnosis';

// Failure messages as the runner and its fixtures word them (runner/steps, fixtures/, runner/doctor).
const WHO = 'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on Lead 00Q000000000001AAA';
const MESSAGES: [Diagnosis, string][] = [
  [
    'dashboard',
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on dashboard "Sales Pipeline" (Sales_Pipeline) — it shows data as its running user Sam Rivera (a fixed running user, set in the org), not as the persona:\n  - component "My Open Leads": expected "0", but it shows "3"',
  ],
  [
    'record-type',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) created Opportunity 0065g0000000005AAA with record type New_Business, not Renewal ("Renewal"): the New action offered no record type step — the record type is not available to the profile "Account Executive" (it makes New_Business available).',
  ],
  [
    'automation',
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example): on Lead 00Q5g0000000004EAA (data "lead"), read as the admin through the API: expected a Task "Call new lead" owned by user sam.sdr@acme-demo.example, but the record\'s Tasks are: none. Last seen after 3 read(s) over 5 s: Tasks: none. Automation on Lead: flow "Lead - Follow-up task for the new owner" (Lead_Follow_Up_Task), record-triggered after save, creates Task: not active (its latest version is Draft) — check that the record was saved with the rules it needs (autoAssign), and the automation’s criteria.',
  ],
  [
    'login-as:policy',
    'persona-ux: preflight stopped the run before anything was created or impersonated:\n  ✗ Login Access Policy: "Administrators Can Log in as Any User" is off: the Login button is missing',
  ],
  [
    'login-as:permissions',
    'persona-ux: preflight stopped the run before anything was created or impersonated:\n  ✗ admin: Manage Users: admin@acme-demo.example lacks Manage Users',
  ],
  [
    'login-as:frozen',
    'PersonaContractError: Persona "sdr": user sam.sdr@acme-demo.example is frozen (UserLogin.IsFrozen), so Login-As would be refused.',
  ],
  [
    'login-as:inactive',
    'PersonaContractError: Persona "csm": user casey.csm@acme-demo.example is inactive, and Salesforce cannot log in as an inactive user.',
  ],
  [
    'login-as:refused',
    'LoginAsError: Salesforce refused Login-As for persona "sdr" (sam.sdr@acme-demo.example): Login hours: outside them',
  ],
  [
    'persona-contract',
    'Persona "sdr" contract violated — its scenarios are not run, so nothing passes as a different user:\nsam.sdr@acme-demo.example:\n  - sam.sdr@acme-demo.example lacks queue SDR_Queue, which persona sdr declares; add the user or remove it from the persona.',
  ],
  [
    'test-data',
    'DataCreationError: Test data "deal" (scenarios/x.yaml:9:5): Salesforce refused to create Opportunity: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  ],
  [
    'object-access',
    `Persona "finance" (Fiona Grant, fiona.finance@acme-demo.example) cannot open Account 001000000000001AAA: the page says "Insufficient Privileges" — no read access to Account: neither the profile nor any permission set grants Read on the object`,
  ],
  [
    'sharing',
    `Persona "csm" (Casey Morgan, casey.csm@acme-demo.example) cannot open Account 001000000000001AAA: the page says "Insufficient Privileges" — the record is not shared with them: the org-wide default, role hierarchy, sharing rules and queues give no access`,
  ],
  [
    'rendering',
    `${WHO}:\n  - Lead.Rating: expected hidden, but it is visible (label "Rating") — rendering fault: the org says it should not show (the page layout "Lead Layout - SDR" assigned to profile "Sales Development Rep" does not place it), yet the page renders it`,
  ],
  [
    'fls-exposed',
    `${WHO}:\n  - Account.Credit_Limit__c: expected hidden, but it is visible (label "Credit Limit") — field-level security grants Read via permission set "Account Credit Visibility"; the page layout "Account Layout" assigned to profile "Customer Success Manager" places it`,
  ],
  [
    'fls-exposed',
    'Persona "mops" (Riley Brooks, riley.mops@acme-demo.example) on report "Lead Attribution" (Lead_Attribution, folder Marketing Reports):\n  - column "Internal Revenue": expected absent, but the report shows it to them (columns: Name, Company, Lead Source, Lead Score, Internal Revenue); lead\'s row shows "25000" — the report has this column (described as the admin: Lead.Internal_Revenue__c), and field-level security grants Read via profile "Marketing Operations"',
  ],
  [
    'fls',
    `${WHO}:\n  - Lead.Lead_Score__c: expected visible, but it is not on the page — field-level security hides it: neither the profile nor any permission set grants Read`,
  ],
  [
    'layout',
    `${WHO}:\n  - Lead.Rating: expected visible, but it is not on the page — the page layout "Lead Layout - SDR" assigned to profile "Account Executive" does not place it (field-level security grants Read via profile "Account Executive")`,
  ],
  [
    'lightning-page',
    'Persona "csm" (Casey Morgan, casey.csm@acme-demo.example) on Case 5005g0000000001AAA:\n  - Case.Origin: expected visible, but it is not on the page — the Lightning page "Case_Record_Page" does not place it (Dynamic Forms: the Lightning page places the fields, not the page layout) (field-level security grants Read via profile "Customer Success Manager")',
  ],
  [
    'visibility-rule',
    'Persona "csm" (Casey Morgan, casey.csm@acme-demo.example) on Case 5005g0000000001AAA:\n  - section "Description Information": expected on the page, but it is not (the page shows "Case Information") — the Lightning page "Case_Record_Page" shows it only when {!Record.Status} EQUAL Closed (a component visibility rule), and the record\'s Status is "Working"',
  ],
  [
    'picklist',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot edit Opportunity 006000000000001AAA: Opportunity.StageName offers Prospecting, Qualification for this record\'s record type "New Business" (New_Business); "Closed Won" is not among them',
  ],
  [
    'read-only',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot edit Opportunity 006000000000001AAA: Opportunity.Amount is read-only for this persona: the Edit modal shows its value but has no input for it',
  ],
  [
    'required-field',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not save Opportunity 006000000000001AAA: These required fields must be completed: Next Step',
  ],
  [
    'validation-rule',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not save Opportunity 006000000000001AAA (data "deal"): the save was refused (validation rule Opportunity.Closed_Won_Requires_Next_Step): NextStep: Enter the next step before you mark the opportunity Closed Won.',
  ],
  [
    'validation-rule',
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) saved Opportunity 006000000000001AAA (data "deal"), but the save was expected to be refused with "Enter an Amount" — validation rule Opportunity.Closed_Won_Requires_Amount, which carries this message, is not active.',
  ],
  [
    'list-view',
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on list view Lead MyOpenLeads ("2 items"):\n  - lead (Lead 00Q000000000001AAA): expected listed, but it is not',
  ],
  [
    'report',
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on report "All Open Leads" (All_Open_Leads, folder Sales Reports):\n  - Lead 00Q000000000001AAA (data "lead"): expected in the report, but it is not — the persona can read it (object permission and sharing), so the report\'s filter Rating equals Hot leaves it out',
  ],
  ['assignment', `${WHO}:\n  - Lead.OwnerId: expected "Sam Rivera", but it shows "Ava Chen"`],
  [
    'automation',
    `${WHO}:\n  - Lead.Rating: expected "Hot", but it is empty — the org stores no value for Rating (read as the admin); flow "Lead - Hot rating from score" (Lead_Hot_Rating), record-triggered before save, sets Rating to "Hot": not active (its latest version is Draft)`,
  ],
  [
    'price-book',
    `${WHO}:\n  - price books: expected "Enterprise Price Book" not offered, but it is (offered: "Enterprise Price Book", "Sales Price Book") — the org-wide default for price books is Use (Organization.DefaultPricebookAccess = ReadSelect): every user may choose every active price book; "Enterprise Price Book" is active (deactivating it removes it for everyone)`,
  ],
  [
    'price-book',
    `${WHO}:\n  - price books: expected "Sales Price Book" offered, but the persona is offered none — the price book "Sales Price Book" is inactive`,
  ],
  ['unknown', 'TimeoutError: page.goto: Timeout 30000ms exceeded.'],
];

test.describe('the drift diagnosis classifier', () => {
  for (const [category, message] of MESSAGES) {
    test(`reads "${message.split('\n').at(-1)?.slice(0, 70)}…" as ${category}`, () => {
      expect(diagnose(message)).toBe(category);
    });
  }

  test('a report failure that does not name the part of the report leaving the record out is no report verdict', () => {
    expect(
      diagnose(
        'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on report "All Open Leads" (All_Open_Leads, folder Sales Reports):\n  - Lead 00Q000000000001AAA (data "lead"): expected in the report, but it is not — the persona can read it (object permission and sharing), so the report\'s filters leave it out (its scope such as "My", its criteria or its queue)',
      ),
    ).toBe('unknown');
  });

  test('a refused save that does not name the validation rule is no validation-rule verdict', () => {
    expect(
      diagnose(
        'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not save Opportunity 006000000000001AAA: Enter the next step before you mark the opportunity Closed Won.',
      ),
    ).toBe('unknown');
  });

  test('a value or Task automation did not bring about is no automation verdict unless the flow is named', () => {
    expect(diagnose(`${WHO}:\n  - Lead.Rating: expected "Hot", but it shows ""`)).toBe('unknown');
    expect(
      diagnose(
        `${WHO}: expected a Task "Call new lead", but the record's Tasks are: none. Automation on Lead: no record-triggered flow on Lead creates Task`,
      ),
    ).toBe('unknown');
  });

  test('reads a message the reports wrapped as the message written', () => {
    for (const [category, message] of MESSAGES)
      expect(diagnose(wrapLines(`ExpectationError: ${message}`, 60)), message).toBe(category);
  });

  test('ignores terminal colour codes around the reason', () => {
    expect(diagnose('\u001b[31mfield-level security hides it\u001b[39m: neither')).toBe('fls');
  });

  test('describes every category it can return', () => {
    const returned = new Set(MESSAGES.map(([category]) => category));
    for (const category of Object.keys(DIAGNOSES)) expect(returned, category).toContain(category);
  });
});
