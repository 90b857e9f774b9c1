import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../e2e/cli-run';
import { matrixScenario, scenarioDir } from './scenario-files';

// Users copy field labels from the record page; the org knows each label's API name, and validate names it.

const DEAL_SCENARIO = [
  'id: ae-updates-deal', // 1
  'title: AE updates a deal', // 2
  'persona: ae', // 3
  'reason: Persona check', // 4
  'ticket: REVOPS-1', // 5
  'data:', // 6
  '  deal:', // 7
  '    sobject: Opportunity', // 8
  '    fields: { Name: D, StageName: Prospecting, CloseDate: "{{today+30}}", Next Step: Call }', // 9
  'steps:', // 10
  '  - open: { record: deal }', // 11
  '  - expect:', // 12
  '      visible: [Stage, Amount]', // 13
  '      editable: [Amount, Close Date]', // 14
  '      values: { next step: Call }', // 15
  '      offers: { Stage: [Prospecting] }', // 16
  '  - edit: { fields: { Next Step: Demo } }', // 17
  '  - create: { sobject: Opportunity, fields: { Opportunity Name: X }, expectError: Enter, expectErrorOn: Close Date }', // 18
];

test('a field written by its label is answered with its API name wherever a scenario names fields, in the pass that reports the label', async () => {
  const dir = scenarioDir({ 'deal.yaml': `${DEAL_SCENARIO.join('\n')}\n` });
  const file = path.join(dir, 'deal.yaml');
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  const located = output.split('\n').filter((line) => line.startsWith(file));
  expect(located).toEqual([
    `${file}:9:75  data.deal.fields["Next Step"]: "Next Step" is the label of Opportunity.NextStep; write NextStep.`,
    `${file}:13:17  steps[1].expect.visible[0]: "Stage" is the label of Opportunity.StageName; write StageName.`,
    `${file}:14:26  steps[1].expect.editable[1]: "Close Date" is the label of Opportunity.CloseDate; write CloseDate.`,
    `${file}:15:17  steps[1].expect.values["next step"]: "next step" is the label of Opportunity.NextStep; write NextStep.`,
    `${file}:16:17  steps[1].expect.offers.Stage: "Stage" is the label of Opportunity.StageName; write StageName.`,
    `${file}:17:23  steps[2].edit.fields["Next Step"]: "Next Step" is the label of Opportunity.NextStep; write NextStep.`,
    `${file}:18:47  steps[3].create.fields["Opportunity Name"]: "Opportunity Name" is the label of Opportunity.Name; write Name.`,
    `${file}:18:105  steps[3].create.expectErrorOn: "Close Date" is the label of Opportunity.CloseDate; write CloseDate.`,
  ]);
  // The org's answer replaces the schema's "not a field API name" at the same name: one problem per mistake.
  expect(output).not.toContain('is not a field API name');
  expect(output).toContain('8 problem(s) in 1 file(s).');
  expect(output).not.toContain('Not checked against the org');
});

test('without an org, a label that is not shaped as an API name gets the schema message, as before', async () => {
  const dir = scenarioDir({ 'deal.yaml': `${DEAL_SCENARIO.join('\n')}\n` });
  const { code, output } = await runCli(['validate', '--offline', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'deal.yaml')}:9:75  data.deal.fields["Next Step"]: "Next Step" is not a field API name.`,
  );
  expect(output).not.toContain('is the label of');
});

test('a label two fields share names both API names; a name that is no field and no label keeps its suggestion', async () => {
  const demoOrg = readFileSync(path.join(__dirname, '..', '..', 'emulator', 'orgs', 'demo.yaml'), 'utf8');
  const nextStep = '      NextStep: { type: text, label: Next Step, length: 255 }\n';
  expect(demoOrg).toContain(nextStep);
  const dir = scenarioDir({
    'deal.yaml': `${DEAL_SCENARIO.slice(0, 12).join('\n')}\n      visible: [Next Step, Nxt Step]\n`,
  });
  const org = path.join(dir, 'org.yaml');
  writeFileSync(
    org,
    demoOrg.replace(
      nextStep,
      `${nextStep}      Next_Step__c: { type: text, label: Next Step, length: 80 }\n`,
    ),
  );
  const { code, output } = await runCli(['validate', dir], { env: { PERSONA_UX_ORG: org } });
  expect(code, output).toBe(2);
  const file = path.join(dir, 'deal.yaml');
  expect(output).toContain(
    `${file}:9:75  data.deal.fields["Next Step"]: "Next Step" is the label of Opportunity.NextStep and Opportunity.Next_Step__c; write NextStep or Next_Step__c, whichever you mean.`,
  );
  expect(output).toContain(`${file}:13:17  steps[1].expect.visible[0]: "Next Step" is the label of`);
  expect(output).toContain(
    `${file}:13:28  steps[1].expect.visible[1]: Opportunity has no field Nxt Step (or the admin cannot see it).`,
  );
});

test('column labels of a report stay labels: validate does not take them for fields', async () => {
  const attribution = readFileSync(
    path.join(__dirname, '..', '..', 'scenarios', 'mops-sees-lead-attribution.yaml'),
    'utf8',
  );
  expect(attribution).toContain('values: { lead: { Lead Source: Web, Lead Score: 72 } }');
  const dir = scenarioDir({ 'attribution.yaml': attribution });
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(0);
});

test('a matrix row named by its label is answered with its API name, as are the fields of its test data', async () => {
  const lines = matrixScenario([
    '    Credit Limit: { csm: hidden, ae: hidden }',
    '    Industry: { csm: edit }',
  ]).map((line) => line.replace('fields: { Name: Acme }', 'fields: { Account Name: Acme }'));
  const dir = scenarioDir({ 'matrix.yaml': `${lines.join('\n')}\n` });
  const file = path.join(dir, 'matrix.yaml');
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output.split('\n').filter((line) => line.startsWith(file))).toEqual([
    `${file}:8:15  data.account.fields["Account Name"]: "Account Name" is the label of Account.Name; write Name.`,
    `${file}:12:5  matrix.access["Credit Limit"]: "Credit Limit" is the label of Account.Credit_Limit__c; write Credit_Limit__c.`,
  ]);
  expect(output).not.toContain('is not a field API name');
});
