import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createEmulatorApp, DEFAULT_ORG_FILE, OrgDefinitionError, parseOrgDefinition } from '../../emulator';
import { layoutSections } from '../../emulator/model/record-layouts';
import { demoOrg } from './helpers';

// Org-definition record-page sections: layout assignment per record type, compact layouts, related lists.
function problemsOf(text: string): string {
  try {
    parseOrgDefinition(text, 'org.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(OrgDefinitionError);
    return (error as OrgDefinitionError).message;
  }
  throw new Error('expected the definition to be rejected');
}

// The demo org's own Dynamic Forms rules, dropped so that a test's rules are the only ones.
const demoWithoutRules = () =>
  readFileSync(DEFAULT_ORG_FILE, 'utf8').replace(
    /\n {2}# Priority is shown[^\n]*\n {2}fieldVisibility:\n( {4}- [^\n]*\n)+/,
    '\n',
  );

test('dangling compact-layout fields and related-list lookups are reported', () => {
  const text = readFileSync(DEFAULT_ORG_FILE, 'utf8')
    .replace('fields: [Name, Title, Company, Phone, Email, OwnerId]', 'fields: [Name, Titel]')
    .replace('{ object: Contact, field: AccountId,', '{ object: Contact, field: Title,');
  const message = problemsOf(text);
  expect(message).toContain('No field Titel on Lead');
  expect(message).toContain('Contact.Title is not a lookup to Account');
  expect(
    problemsOf(readFileSync(DEFAULT_ORG_FILE, 'utf8').replace('latency: none', 'latency: slow')),
  ).toMatch(/recordUi.*latency|latency/);
});

test('a layout assignment per record type picks its layout; others get the default', () => {
  const org = demoOrg((definition) => {
    const ae = definition.profiles.find((profile) => profile.name === 'Account Executive');
    if (!ae) throw new Error('no AE profile');
    ae.layoutAssignments.Lead = {
      default: 'Lead Layout - AE',
      recordTypes: { Partner: 'Lead Layout - SDR' },
    };
  });
  const { state } = createEmulatorApp(org);
  const ae = state.userByUsername('ava.ae@acme-demo.example');
  const lead = state.object('Lead');
  if (!ae || !lead) throw new Error('demo org changed');
  const labels = (recordType?: string) =>
    layoutSections(state, ae, lead, 'view', recordType).flatMap((section) =>
      section.items.map((item) => item.field.name),
    );
  expect(labels()).toContain('Rating');
  expect(labels('Partner')).not.toContain('Rating');
  expect(state.layoutFor(ae, 'Lead', 'Other')?.name).toBe('Lead Layout - AE');
});

test('a Dynamic Forms record page of an object the org lacks is reported', () => {
  const text = demoWithoutRules().replace(/\n {2}dynamicForms: \[(.*)\]/, '\n  dynamicForms: [$1, Acount]');
  expect(problemsOf(text)).toContain('No object Acount in objects');
  expect(problemsOf(text)).toContain('dynamicForms');
});

test('a field section placed on a tab of a page not built with Dynamic Forms, or on Related, is reported', () => {
  const text = demoWithoutRules().replace(
    /\n {2}dynamicForms: \[(.*)\]/,
    '\n  dynamicForms: [$1, Account]\n  fieldSectionTabs:\n' +
      '    - { object: Lead, section: Lead Information, tab: More }\n' +
      '    - { object: Account, section: Account Information, tab: Related }',
  );
  expect(problemsOf(text)).toContain('Lead is not in recordUi.dynamicForms');
  expect(problemsOf(text)).toContain('the Related tab holds the related lists');
});

test('a visibility rule on a page not built with Dynamic Forms, on a field the object or the user lacks, or with an unknown operator is reported', () => {
  const withRules = (rules: string) =>
    demoWithoutRules().replace(
      /\n {2}dynamicForms: \[(.*)\]/,
      `\n  dynamicForms: [$1, Account]\n  fieldVisibility:\n${rules}`,
    );
  const problems = problemsOf(
    withRules(
      '    - { object: Lead, field: Rating, criteria: [{ field: Status, operator: EQUAL, value: Open }] }\n' +
        '    - { object: Account, field: Industri, criteria: [{ field: Typ, operator: EQUAL, value: Partner }] }\n' +
        '    - { object: Account, field: Industry, criteria: [{ field: $User.Profil.Name, operator: EQUAL, value: Finance }] }\n' +
        '    - { object: Account, field: Phone, criteria: [{ field: $User.Profile.Name, operator: EQUAL, value: Finance }] }\n' +
        '    - { object: Account, field: Website, criteria: [{ field: Owner.Profil.Name, operator: EQUAL, value: Finance }] }\n' +
        '    - { object: Account, field: Type, criteria: [{ field: Owner.Profile.Name, operator: EQUAL, value: Finance }] }\n',
    ),
  );
  expect(problems).toContain('Lead is not in recordUi.dynamicForms');
  expect(problems).toContain('No field Industri on Account');
  expect(problems).toContain('No field Typ on Account');
  expect(problems).toContain('No field Profil.Name on User');
  expect(problems).not.toContain('fieldVisibility[3]');
  expect(problems).toContain('fieldVisibility[4].criteria[0].field: No field Owner.Profil.Name on Account');
  expect(problems).not.toContain('fieldVisibility[5]');
  expect(
    problemsOf(
      withRules(
        '    - { object: Account, field: Industry, criteria: [{ field: Type, operator: EQUALS, value: Partner }] }\n',
      ),
    ),
  ).toMatch(
    /org\.yaml:\d+:\d+ recordUi\.fieldVisibility\[0\]\.criteria\[0\]\.operator: .*expected one of "EQUAL"\|"NE"/,
  );
});

test("a field section's visibility rule naming a section the Lightning page lacks is reported at its line, with the sections it has", () => {
  const text = demoWithoutRules().replace(
    /\n {2}dynamicForms: \[(.*)\]/,
    '\n  dynamicForms: [$1, Account]\n  sectionVisibility:\n' +
      '    - { object: Account, section: Descripton Information, criteria: [{ field: Type, operator: EQUAL, value: Partner }] }\n' +
      '    - { object: Account, section: Finance, criteria: [{ field: Type, operator: EQUAL, value: Partner }] }\n',
  );
  expect(problemsOf(text)).toMatch(
    /org\.yaml:\d+:\d+ recordUi\.sectionVisibility\[0\]\.section: No section "Descripton Information" on Account's Lightning pages \(their sections: "Account Information", "Finance", "Description Information"\)/,
  );
  expect(problemsOf(text)).not.toContain('sectionVisibility[1]');
});

test('a visibility rule on a permission the org lacks, an expression not read or a form factor that does not exist, and a profile or permission set enabling an unknown custom permission are reported at their line', () => {
  const text = demoWithoutRules()
    .replace(
      /\n {2}dynamicForms: \[(.*)\]/,
      '\n  dynamicForms: [$1, Account]\n  fieldVisibility:\n' +
        '    - { object: Account, field: Industry, criteria: [{ field: $Permission.CustomPermission.Adjust_Credits, operator: EQUAL, value: "true" }] }\n' +
        '    - { object: Account, field: Phone, criteria: [{ field: $Permission.StandardPermission.ManageEverything, operator: EQUAL, value: "true" }] }\n' +
        '    - { object: Account, field: Website, criteria: [{ field: $Label.Website_Shown, operator: EQUAL, value: "true" }] }\n' +
        '    - { object: Account, field: Type, criteria: [{ field: $Permission.CustomPermission.Adjust_Credit, operator: EQUAL, value: "true" }] }\n' +
        '    - { object: Account, field: AnnualRevenue, criteria: [{ field: $Client.FormFactor, operator: EQUAL, value: Desktop }] }\n' +
        '    - { object: Account, field: BillingCountry, criteria: [{ field: $Client.FormFactor, operator: NE, value: Small }] }\n',
    )
    .replace(
      /\ncustomPermissions:\n/,
      '\ncustomPermissions:\n  - { name: Adjust_Credit, label: Adjust Credit }\n',
    )
    .replace(/(\n {4}label: Lead Scoring Editor\n)/, '$1    customPermissions: [Adjust_Credits]\n');
  const problems = problemsOf(text);
  expect(problems).toMatch(
    /org\.yaml:\d+:\d+ recordUi\.fieldVisibility\[0\]\.criteria\[0\]\.field: No custom permission Adjust_Credits in customPermissions \(known: Adjust_Credit, Escalate_Cases\)/,
  );
  expect(problems).toMatch(
    /recordUi\.fieldVisibility\[1\]\.criteria\[0\]\.field: No standard permission ManageEverything in the emulator \(it knows ManageUsers, /,
  );
  expect(problems).toContain(
    'recordUi.fieldVisibility[2].criteria[0].field: $Label.Website_Shown is not read here: write a field of Account, ' +
      '$User.<field>, $Permission.CustomPermission.<name>, $Permission.StandardPermission.<name> or $Client.FormFactor',
  );
  expect(problems).not.toContain('fieldVisibility[3]');
  expect(problems).toMatch(
    /org\.yaml:\d+:\d+ recordUi\.fieldVisibility\[4\]\.criteria\[0\]\.value: No form factor Desktop: write Large, Medium, Small \(a run is Large, a desktop\)/,
  );
  expect(problems).not.toContain('fieldVisibility[5]');
  expect(problems).toMatch(
    /org\.yaml:\d+:\d+ permissionSets\[0\]\.customPermissions\[0\]: No custom permission Adjust_Credits in customPermissions/,
  );
});

test("a Lightning page naming a layout, app, profile or record type the org lacks, or another page's name, is reported at its line", () => {
  const text = demoWithoutRules().replace(
    /\n {2}dynamicForms: \[(.*)\]/,
    '\n  dynamicForms: [$1, Account]\n  lightningPages:\n' +
      '    - { name: Account_Record_Page, object: Account, layout: Account Layout }\n' +
      '    - { name: Account_Sales, object: Account, layout: Account Layot, appDefault: [Sails], assignments: [{ app: Sales, profile: Account Exec, recordType: Partner }] }\n' +
      '    - { name: Lead_Sales, object: Lead, layout: Lead Layout }\n' +
      '    - { name: Account_Service, object: Account, layout: Account Layout, appDefault: [standard__LightningService] }\n',
  );
  const problems = problemsOf(text);
  expect(problems).toMatch(
    /org\.yaml:\d+:\d+ recordUi\.lightningPages\[0\]\.name: Account_Record_Page is already a Lightning page's name/,
  );
  expect(problems).toContain(
    'recordUi.lightningPages[1].layout: No layout "Account Layot" of Account (its layouts: "Account Layout")',
  );
  expect(problems).toContain(
    'recordUi.lightningPages[1].appDefault[0]: No app Sails in apps (known: Sales, Service, Marketing)',
  );
  expect(problems).toContain(
    'recordUi.lightningPages[1].assignments[0].profile: No profile Account Exec in profiles',
  );
  expect(problems).toContain(
    'recordUi.lightningPages[1].assignments[0].recordType: No record type Partner on Account',
  );
  expect(problems).toContain('recordUi.lightningPages[2].object: Lead is not in recordUi.dynamicForms');
  expect(problems).not.toContain('lightningPages[3]');
});
