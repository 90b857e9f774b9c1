import { expect, test } from '@playwright/test';
import { type OrgDefinitionError, parseOrgDefinition } from '../../emulator';
import { demoOrg, editedDemoText, lineOf, definitionProblems as problemsOf } from './helpers';

test('the demo org holds the people scenarios rely on', () => {
  const org = demoOrg();
  const people = org.users.map((user) => [user.username, `${user.firstName} ${user.lastName}`, user.profile]);
  expect(people).toEqual(
    expect.arrayContaining([
      ['admin@acme-demo.example', 'Avery Admin', 'System Administrator'],
      ['sam.sdr@acme-demo.example', 'Sam Rivera', 'Sales Development Rep'],
      ['ava.ae@acme-demo.example', 'Ava Chen', 'Account Executive'],
      ['maya.manager@acme-demo.example', 'Maya Patel', 'Sales Manager'],
      ['casey.csm@acme-demo.example', 'Casey Morgan', 'Customer Success Manager'],
      ['riley.mops@acme-demo.example', 'Riley Park', 'Marketing Operations'],
      ['fiona.finance@acme-demo.example', 'Fiona Grant', 'Finance'],
      ['sasha.support@acme-demo.example', 'Sasha Kim', 'Support Admin'],
    ]),
  );
  // The seed guide's troubleshooting cases need a frozen and an inactive user.
  expect(org.users.find((user) => user.frozen)?.username).toBe('felix.frozen@acme-demo.example');
  expect(org.users.find((user) => !user.active)?.username).toBe('olivia.former@acme-demo.example');
  expect(org.org.id).toMatch(/^00D[a-zA-Z0-9]{15}$/);
});

test('an unknown key is reported with file:line:column and the key', () => {
  const text = editedDemoText([
    '  forceReloginAfterLoginAs: false',
    '  forceReloginAfterLoginAs: false\n  forceRelogin: true',
  ]);
  const line = lineOf(text, 'forceRelogin: true');
  expect(problemsOf(text)).toEqual([
    `org.yaml:${line}:3 session.forceRelogin: unknown key "forceRelogin". Expected one of: forceReloginAfterLoginAs, timeoutMinutes (described in emulator/README.md).`,
  ]);
});

test('a misspelt top-level key is unknown, the key it meant is missing, and the report can name the one meant', () => {
  const text = editedDemoText(['\nprofiles:', '\nprofils:']);
  const line = lineOf(text, 'profils:');
  expect(problemsOf(text)).toEqual([
    `org.yaml:${lineOf(text, 'org:')}:1 profiles: required key "profiles" is missing: expected a list (described in emulator/README.md).`,
    `org.yaml:${line}:1 profils: unknown key "profils". The keys are described in emulator/README.md.`,
  ]);
  let error: unknown;
  try {
    parseOrgDefinition(text, 'org.yaml');
  } catch (thrown) {
    error = thrown;
  }
  const suggest = (given: string, known: readonly string[]) =>
    known.includes(`${given.slice(0, -1)}es`) ? ` Did you mean "${given.slice(0, -1)}es"?` : '';
  expect((error as OrgDefinitionError).report(suggest)).toContain(
    `org.yaml:${line}:1 profils: unknown key "profils". The keys are described in emulator/README.md. Did you mean "profiles"?`,
  );
});

test('a wrong value and a dangling reference point at their own lines', () => {
  const text = editedDemoText(
    [
      '    systemPermissions: [ApiEnabled, ViewAllData]',
      '    systemPermissions: [ApiEnabled, ViewEverything]',
    ],
    ['    profile: Account Executive', '    profile: Account Exec'],
  );
  const problems = problemsOf(text);
  expect(problems[0]).toMatch(
    new RegExp(
      `^org\\.yaml:${lineOf(text, 'ViewEverything')}:\\d+ profiles\\[3\\]\\.systemPermissions\\[1\\]: `,
    ),
  );
  const danglingOnly = editedDemoText(['    profile: Account Executive', '    profile: Account Exec']);
  const again = problemsOf(danglingOnly);
  const exec = lineOf(danglingOnly, 'profile: Account Exec');
  expect(again[0]).toMatch(
    new RegExp(`^org\\.yaml:${exec}:14 users\\[2\\]\\.profile: No profile named "Account Exec"`),
  );
});

test('malformed YAML is reported with its position', () => {
  const problems = problemsOf('org:\n  id: [unclosed\n');
  expect(problems[0]).toMatch(/^org\.yaml:\d+:\d+ /);
});

test('an 18-character id with a wrong checksum is refused', () => {
  const text = editedDemoText(['00DAu00000AcMeDMAV', '00DAu00000AcMeDAAA']);
  expect(problemsOf(text)[0]).toContain('org.id: Expected a Salesforce id starting with 00D');
});
