import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../e2e/cli-run';
import { scenarioDir } from './scenario-files';

// A name a typo away from a field's label or API name, or an object's label, is answered with the API name to write.

const ACCOUNT_SCENARIO = [
  'id: ae-checks-account', // 1
  'title: AE checks an account', // 2
  'persona: ae', // 3
  'reason: Persona check', // 4
  'ticket: REVOPS-1', // 5
  'data:', // 6
  '  account:', // 7
  '    sobject: Account', // 8
  '    fields: { Name: A, Anual Revenue: 5, Credit_Limt__c: 3 }', // 9
  '  deal:', // 10
  '    sobject: Opportunity', // 11
  '    fields: { Name: D, StageName: Prospecting, CloseDate: "{{today+30}}", Next Steps: Call }', // 12
  'steps:', // 13
  '  - open: { record: account }', // 14
  '  - expect:', // 15
  '      visible: [Credit Limt, Employes, Revenue, Zebra]', // 16
];

/** The scenario's first lines (its test data), with a step that only opens the account. */
const WITH_DATA_ONLY = [...ACCOUNT_SCENARIO.slice(0, 14)];

const NO_SUCH_FIELD = '(or the admin cannot see it). Expected a field API name from Object Manager.';

test('validate answers a near-miss field label or API name with the API name to write, at its line and column', async () => {
  const dir = scenarioDir({ 'account.yaml': `${ACCOUNT_SCENARIO.join('\n')}\n` });
  const file = path.join(dir, 'account.yaml');
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output.split('\n').filter((line) => line.startsWith(file))).toEqual([
    `${file}:9:24  data.account.fields["Anual Revenue"]: Account has no field Anual Revenue ${NO_SUCH_FIELD} Did you mean "AnnualRevenue" (labelled "Annual Revenue")?`,
    `${file}:9:42  data.account.fields.Credit_Limt__c: Account has no field Credit_Limt__c ${NO_SUCH_FIELD} Did you mean "Credit_Limit__c"?`,
    `${file}:12:75  data.deal.fields["Next Steps"]: Opportunity has no field Next Steps ${NO_SUCH_FIELD} Did you mean "NextStep" (labelled "Next Step")?`,
    `${file}:16:17  steps[1].expect.visible[0]: Account has no field Credit Limt ${NO_SUCH_FIELD} Did you mean "Credit_Limit__c" (labelled "Credit Limit")?`,
    `${file}:16:30  steps[1].expect.visible[1]: Account has no field Employes ${NO_SUCH_FIELD} Did you mean "NumberOfEmployees" (labelled "Employees")?`,
    // Far from every name and label: no guess.
    `${file}:16:40  steps[1].expect.visible[2]: Account has no field Revenue ${NO_SUCH_FIELD}`,
    `${file}:16:49  steps[1].expect.visible[3]: Account has no field Zebra ${NO_SUCH_FIELD}`,
  ]);
});

test('a near-miss label two fields share names both API names', async () => {
  const demoOrg = readFileSync(path.join(__dirname, '..', '..', 'emulator', 'orgs', 'demo.yaml'), 'utf8');
  const nextStep = '      NextStep: { type: text, label: Next Step, length: 255 }\n';
  expect(demoOrg).toContain(nextStep);
  const dir = scenarioDir({ 'account.yaml': `${WITH_DATA_ONLY.join('\n')}\n` });
  const org = test.info().outputPath('org.yaml');
  writeFileSync(
    org,
    demoOrg.replace(
      nextStep,
      `${nextStep}      Next_Step__c: { type: text, label: Next Step, length: 80 }\n`,
    ),
  );
  const { code, output } = await runCli(['validate', dir], { env: { PERSONA_UX_ORG: org } });
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'account.yaml')}:12:75  data.deal.fields["Next Steps"]: Opportunity has no field Next Steps ${NO_SUCH_FIELD} Did you mean "NextStep" or "Next_Step__c" (each labelled "Next Step")?`,
  );
});

test('an object written by its label is answered with its API name', async () => {
  const demoOrg = readFileSync(path.join(__dirname, '..', '..', 'emulator', 'orgs', 'demo.yaml'), 'utf8');
  const task = '\n  Task:\n';
  expect(demoOrg).toContain(task);
  const invoice = [
    '',
    '  Invoice__c:',
    '    label: Invoice',
    '    labelPlural: Invoices',
    '    keyPrefix: a01',
    '    nameField: Name',
    '    fields:',
    '      Name: { type: text, label: Invoice Number, length: 80 }',
  ];
  const lines = WITH_DATA_ONLY.filter((line) => !/^ {2}deal:|Opportunity|StageName/.test(line)).map((line) =>
    line.replace('sobject: Account', 'sobject: Invoice').replace(/fields: .*/, 'fields: { Name: I-1 }'),
  );
  const dir = scenarioDir({ 'invoice.yaml': `${lines.join('\n')}\n` });
  const org = test.info().outputPath('org.yaml');
  writeFileSync(org, demoOrg.replace(task, `${invoice.join('\n')}\n${task}`));
  const { code, output } = await runCli(['validate', dir], { env: { PERSONA_UX_ORG: org } });
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'invoice.yaml')}:8:14  data.account.sobject: the org has no object Invoice (or the admin cannot see it). ` +
      'Expected an object API name such as Account or Lead__c. Did you mean "Invoice__c" (labelled "Invoice")?',
  );
});

test('run stops before any Login-As on a near-miss field label, naming the API name to write', async () => {
  const dir = scenarioDir({ 'account.yaml': `${WITH_DATA_ONLY.join('\n')}\n` });
  const reports = test.info().outputPath('reports');
  const { code, output } = await runCli(['run', dir], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'account.yaml')}:9:24  data.account.fields["Anual Revenue"]: Account has no field Anual Revenue ${NO_SUCH_FIELD} Did you mean "AnnualRevenue" (labelled "Annual Revenue")?`,
  );
  expect(output).toContain('No browser was started.');
  expect(output).not.toContain('is not a field API name');
  expect(existsSync(path.join(reports, 'audit'))).toBe(false);
});
