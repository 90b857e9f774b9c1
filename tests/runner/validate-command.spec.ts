import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../e2e/cli-run';
import { scenarioDir, validScenario } from './scenario-files';

test('validate summarises valid scenarios in counts and checks their names against the embedded org emulator', async () => {
  const { code, output } = await runCli(['validate', 'scenarios']);
  expect(code, output).toBe(0);
  expect(output).toMatch(
    /^\d+ scenarios? valid: \d+ personas? \([\w-]+ \d+(, [\w-]+ \d+)*\) from scenarios\/personas\.yaml, \d+ test records?, \d+ steps?\.\n/,
  );
  expect(output).toMatch(
    /Org names checked against the org emulator \(Acme Demo\) as admin@acme-demo\.example: \d+ objects?, \d+ fields?, .* — all found\./,
  );
  expect(output).not.toContain('sdr-sees-routed-lead'); // counts, not every id
});

test('a name the org does not have fails validate with exit 2, at file:line:column with a suggestion', async () => {
  const dir = scenarioDir({
    'a.yaml': `${validScenario()
      .map((line) => line.replace('visible: [Status]', 'visible: [Statuss]'))
      .join('\n')}\n`,
  });
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'a.yaml')}:13:17  steps[1].expect.visible[0]: Lead has no field Statuss (or the admin cannot see it).`,
  );
  expect(output).toContain('Did you mean "Status"?');
  expect(output).toContain('1 problem(s) in 1 file(s). Nothing was run.');
  expect(output).toContain('— 1 problem with what the org has, listed above.');
});

test('file problems and org problems of different files are reported in the same pass', async () => {
  const dir = scenarioDir({
    'a.yaml': `${validScenario()
      .map((line) => line.replace('visible: [Status]', 'visible: [Statuss]'))
      .join('\n')}\n`,
    'b.yaml': `${validScenario()
      .map((line) => line.replace('sdr-checks-lead', 'b').replace('persona: sdr', 'persona: sdrr'))
      .join('\n')}\n`,
  });
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(`${path.join(dir, 'a.yaml')}:13:17`);
  expect(output).toContain(`${path.join(dir, 'b.yaml')}:3:10  persona: unknown persona "sdrr"`);
  expect(output).toContain('2 problem(s) in 2 file(s).');
  // b.yaml's names wait until it loads: the summary says so rather than implying they were found.
  expect(output).toContain('Not checked against the org: 1 file with the errors above');
});

test('a file whose only schema errors are unknown keys has its names checked against the org in the same pass', async () => {
  const lines = validScenario().map((line) => line.replace('visible: [Status]', 'visible: [Statuss]'));
  lines.splice(9, 0, '    autoAsign: false');
  const dir = scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` });
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(`${path.join(dir, 'a.yaml')}:10:5  data.lead.autoAsign: unknown key "autoAsign"`);
  expect(output).toContain(
    `${path.join(dir, 'a.yaml')}:14:17  steps[1].expect.visible[0]: Lead has no field Statuss`,
  );
  expect(output).toContain('2 problem(s) in 1 file(s).');
  expect(output).not.toContain('Not checked against the org');
});

test('a record type, list view or report written by its label is checked against the org, which names the developer names', async () => {
  const dir = scenarioDir({
    'a.yaml': [
      'id: ae-checks-deal',
      'title: AE checks a deal',
      'persona: ae',
      'reason: Persona check',
      'ticket: REVOPS-1',
      'data:',
      '  deal:',
      '    sobject: Opportunity',
      '    recordType: New Business',
      '    fields: { Name: Deal, StageName: Prospecting, CloseDate: "{{today+30}}" }',
      'steps:',
      '  - open: { record: deal }',
      '  - open: { object: Lead, listView: My Open Leads }',
      '  - open: { report: All Open Leads }',
      '',
    ].join('\n'),
  });
  const file = path.join(dir, 'a.yaml');
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${file}:9:17  data.deal.recordType: Opportunity has no active record type "New Business". Expected a developer name: New_Business, Renewal. Did you mean "New_Business" (labelled "New Business")?`,
  );
  expect(output).toContain(`${file}:13:37  steps[1].open.listView: Lead has no list view "My Open Leads".`);
  expect(output).toContain('Did you mean "MyOpenLeads"?');
  expect(output).toContain(
    `${file}:14:21  steps[2].open.report: the org has no report (by developer name) "All Open Leads".`,
  );
  // The org's answer stands in for the schema's "not its label" at the same place.
  expect(output).toContain('3 problem(s) in 1 file(s).');
  expect(output).not.toContain('not its label');

  const offline = await runCli(['validate', '--offline', dir]);
  expect(offline.output).toContain("data.deal.recordType: Expected the record type's developer name");
});

test('--offline skips the org checks and says so; an org validate cannot sign in to is exit 3', async () => {
  const offline = await runCli(['validate', '--offline', 'scenarios']);
  expect(offline.code, offline.output).toBe(0);
  expect(offline.output).toContain('Org checks skipped: offline (--offline).');

  const dir = scenarioDir({ 'a.yaml': `${validScenario().join('\n')}\n` });
  writeFileSync(path.join(dir, '.env'), '');
  const unreachable = await runCli(['validate', dir], {
    env: { SF_LOGIN_URL: 'http://127.0.0.1:9', SF_USERNAME: 'admin@example.com', SF_PASSWORD: 'x' },
  });
  expect(unreachable.code, unreachable.output).toBe(3);
  expect(unreachable.output).toContain('Org checks skipped: cannot sign in to http://127.0.0.1:9');
  expect(unreachable.output).toContain('Check the files alone with --offline.');
});

test('unusable org settings (here --target-org without the Salesforce CLI) fail validate with exit 2 and say how to fix them', async () => {
  const { code, output } = await runCli(['validate', '--target-org', 'dev', 'scenarios'], {
    env: { PERSONA_UX_SF_BIN: '/nonexistent/sf' },
  });
  expect(code, output).toBe(2);
  expect(output).toContain('persona-ux validate: the org settings are not usable:');
  expect(output).toContain('--target-org needs the Salesforce CLI, and "/nonexistent/sf" is not installed');
  expect(output).toContain('check the files alone with --offline');
});

test('an org definition that does not load fails validate with exit 2, as run and doctor, with the key meant', async () => {
  const dir = scenarioDir({ 'a.yaml': `${validScenario().join('\n')}\n` });
  const demo = readFileSync(path.join(__dirname, '..', '..', 'emulator', 'orgs', 'demo.yaml'), 'utf8');
  const orgFile = path.join(dir, 'my-org.yaml');
  writeFileSync(orgFile, demo.replace(/^profiles:/m, 'profils:'));
  const { code, output } = await runCli(['validate', dir], {
    env: { PERSONA_UX_ORG: orgFile, PERSONA_UX_EMULATOR_DATA: 'off' },
  });
  expect(code, output).toBe(2);
  expect(output).toContain('persona-ux validate: the org settings are not usable:');
  expect(output).toContain(`${orgFile}:3:1 profiles: required key "profiles" is missing: expected a list`);
  expect(output).toMatch(
    /profils: unknown key "profils"\. The keys are described in .*emulator\/README\.md\. Did you mean "profiles"\?/,
  );
});

test('validate of personas.yaml alone checks that file: its mistakes with exit 2, else how many personas it declares', async () => {
  const dir = scenarioDir({}, 'personas:\n  sdr:\n    usernme: sam.sdr@acme-demo.example\n');
  const broken = await runCli(['validate', '--offline', path.join(dir, 'personas.yaml')]);
  expect(broken.code, broken.output).toBe(2);
  expect(broken.output).toContain(`${path.join(dir, 'personas.yaml')}:3:5`);
  expect(broken.output).toContain('Did you mean "username"?');

  writeFileSync(
    path.join(dir, 'personas.yaml'),
    'personas:\n  sdr: { username: sam.sdr@acme-demo.example }\n',
  );
  const valid = await runCli(['validate', '--offline', path.join(dir, 'personas.yaml')]);
  expect(valid.code, valid.output).toBe(0);
  expect(valid.output).toContain('personas.yaml: 1 persona valid.');
});
