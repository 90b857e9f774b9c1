import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadPersonas } from '../../runner/loading/personas';

// personas.yaml: a persona names a user, a pool, and/or the capability its user must have.
function load(text: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'persona-ux-personas-')), 'personas.yaml');
  writeFileSync(file, text);
  return { file, ...loadPersonas(file) };
}

test('a capability-only persona is loaded with what it declares; keys left out are not checked', () => {
  const { personas, errors } = load(
    [
      'personas:',
      '  ae:',
      '    profile: Account Executive',
      '    permissionSets: []',
      '    permissionSetGroups: [Sales_Leadership]',
      '    role: Account Executive',
      '  csm:',
      '    usernames: [casey.csm@acme-demo.example, cara.csm@acme-demo.example]',
      '    role: null',
      '    queues:',
      '',
    ].join('\n'),
  );
  expect(errors).toEqual([]);
  expect(personas?.get('ae')).toEqual({
    name: 'ae',
    file: expect.stringMatching(/personas\.yaml$/),
    capability: {
      profile: 'Account Executive',
      permissionSets: [],
      permissionSetGroups: ['Sales_Leadership'],
      role: 'Account Executive',
    },
  });
  expect(personas?.get('csm')).toEqual({
    name: 'csm',
    file: expect.stringMatching(/personas\.yaml$/),
    usernames: ['casey.csm@acme-demo.example', 'cara.csm@acme-demo.example'],
    capability: { role: null, queues: [] },
  });
});

test('a persona with neither a user nor a profile, role or permission set says what to write', () => {
  const { file, errors } = load('personas:\n  ae:\n    permissionSets: []\n    queues: [SDR_Queue]\n');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file, line: 3, column: 5, path: 'personas.ae' });
  expect(errors[0]?.message).toContain('A persona needs a user to log in as');
  expect(errors[0]?.message).toContain('declare at least its profile, role or a permission set (group)');
  expect(errors[0]?.message).toContain('profile: Sales Development Rep');
});

test('a persona found by its role or permission sets alone, where every user has the same profile, is loaded', () => {
  const { personas, errors } = load(
    [
      'personas:',
      '  scorer:',
      '    permissionSets: [Lead_Scoring_Editor]',
      '  lead:',
      '    role: Sales Development',
      '  leader:',
      '    permissionSetGroups: [Sales_Leadership]',
      '',
    ].join('\n'),
  );
  expect(errors).toEqual([]);
  expect(personas?.get('scorer')?.capability).toEqual({ permissionSets: ['Lead_Scoring_Editor'] });
  expect(personas?.get('lead')?.capability).toEqual({ role: 'Sales Development' });
  expect(personas?.get('leader')?.capability).toEqual({ permissionSetGroups: ['Sales_Leadership'] });
});

test('username and usernames together are refused at usernames', () => {
  const { errors } = load(
    'personas:\n  ae:\n    username: ava.ae@acme-demo.example\n    usernames: [zoe.ae@acme-demo.example]\n',
  );
  expect(errors.map(({ line, column, path: at }) => ({ line, column, path: at }))).toEqual([
    { line: 4, column: 16, path: 'personas.ae.usernames' },
  ]);
  expect(errors[0]?.message).toContain('Write either username (one user) or usernames');
});

test('a permission set list written as text is refused with the list to write', () => {
  const { errors } = load(
    'personas:\n  ae:\n    profile: Account Executive\n    permissionSets: Finance_Viewer\n',
  );
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 4, column: 21, path: 'personas.ae.permissionSets' });
  expect(errors[0]?.message).toContain('write permissionSets: [Finance_Viewer]');
});

test('a username that is not one is refused with an example', () => {
  const { errors } = load('personas:\n  ae:\n    usernames: [ava]\n');
  expect(errors[0]?.path).toBe('personas.ae.usernames[0]');
  expect(errors[0]?.message).toContain('Expected a Salesforce username');
});

test('personas written as a list say to remove the dashes before the persona names', () => {
  const { errors } = load(
    'personas:\n  - sdr:\n      username: sam.sdr@acme-demo.example\n  - ae:\n      profile: Account Executive\n',
  );
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 2, column: 3, path: 'personas' });
  expect(errors[0]?.message).toContain(
    'Expected a mapping of persona names, but got a list: remove the dashes before sdr:, ae:.',
  );
});

test('a persona key at the indent of the persona names is one error at that key, saying which persona it belongs to', () => {
  const { errors } = load(
    [
      'personas:',
      '  mops:',
      '    username: riley.mops@acme-demo.example',
      '  profile: Marketing Operations',
      '  permissionSets: [Lead_Scoring_Editor]',
      '  csm:',
      '  role: Customer Success',
      '  ae: Account Executive',
      '',
    ].join('\n'),
  );
  expect(errors.map(({ line, column, path: at, message }) => ({ line, column, at, message }))).toEqual([
    {
      line: 4,
      column: 3,
      at: 'personas.profile',
      message:
        'profile: is at the indent of the persona names, so it reads as a persona named "profile"; indent it 2 more spaces so it belongs to mops:',
    },
    {
      line: 5,
      column: 3,
      at: 'personas.permissionSets',
      message:
        'permissionSets: is at the indent of the persona names, so it reads as a persona named "permissionSets"; indent it 2 more spaces so it belongs to mops:',
    },
    {
      line: 7,
      column: 3,
      at: 'personas.role',
      message:
        'role: is at the indent of the persona names, so it reads as a persona named "role"; indent it 2 more spaces so it belongs to csm:',
    },
    // Not a persona key: the persona's own error stays.
    expect.objectContaining({ line: 8, at: 'personas.ae' }),
  ]);
});
