import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type OrgDefinition, type RunningEmulator, startEmulator } from '../../emulator';
import {
  checkPersonaContracts,
  type PersonaDeclaration,
  resolvePersona,
} from '../../fixtures/persona-contract';
import { loadPersonas } from '../../runner/loading/personas';
import { addFinanceViewer, cloneUser, user } from '../emulator/access-overlays';
import { demoOrg, failure, oauthConnection } from '../emulator/helpers';

// Personas as capabilities: who a persona resolves to, and the contract checked before any Login-As.
const DEMO_PERSONAS = path.join(__dirname, '..', '..', 'scenarios', 'personas.yaml');

function demoPersonas(): PersonaDeclaration[] {
  const { personas, errors } = loadPersonas(DEMO_PERSONAS);
  expect(errors).toEqual([]);
  return [...(personas?.values() ?? [])];
}

async function withOrg<T>(org: OrgDefinition, use: (emulator: RunningEmulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ port: 0, org });
  try {
    return await use(emulator);
  } finally {
    await emulator.stop();
  }
}

const adminOf = (emulator: RunningEmulator) =>
  oauthConnection(emulator, emulator.admin.username, emulator.admin.password);

const AE: PersonaDeclaration = {
  name: 'ae',
  capability: { profile: 'Account Executive', permissionSets: [], role: 'Account Executive' },
};

test('every demo persona keeps its contract in the demo org', async () => {
  const results = await withOrg(demoOrg(), async (emulator) =>
    checkPersonaContracts(await adminOf(emulator), demoPersonas()),
  );
  // Every persona of personas.yaml, however many it declares, keeps its contract; these resolve to these users.
  expect(results.filter((result) => !result.ok)).toEqual([]);
  expect(results.map(({ persona, ok, username }) => ({ persona, ok, username }))).toEqual(
    expect.arrayContaining([
      { persona: 'sdr', ok: true, username: 'sam.sdr@acme-demo.example' },
      { persona: 'ae', ok: true, username: 'ava.ae@acme-demo.example' },
      { persona: 'csm', ok: true, username: 'casey.csm@acme-demo.example' },
      { persona: 'mops', ok: true, username: 'riley.mops@acme-demo.example' },
      { persona: 'sales-manager', ok: true, username: 'maya.manager@acme-demo.example' },
      { persona: 'finance', ok: true, username: 'fiona.finance@acme-demo.example' },
    ]),
  );
});

test('a persona without a username resolves to the first matching user by username, and says so', async () => {
  const org = demoOrg((definition) => {
    addFinanceViewer(definition);
    // Three more AEs: one sorts before Ava but carries an extra permission set, one sorts after her, one is inactive.
    cloneUser(definition, 'ava.ae@acme-demo.example', 'aaron.ae@acme-demo.example', {
      permissionSets: ['Finance_Viewer'],
    });
    cloneUser(definition, 'ava.ae@acme-demo.example', 'zoe.ae@acme-demo.example');
    cloneUser(definition, 'ava.ae@acme-demo.example', 'abe.gone@acme-demo.example', { active: false });
  });
  await withOrg(org, async (emulator) => {
    const admin = await adminOf(emulator);
    const first = await resolvePersona(admin, AE);
    const again = await resolvePersona(admin, AE);
    expect(first.user.username).toBe('ava.ae@acme-demo.example');
    expect(again.user.id).toBe(first.user.id);
    expect(first.explanation).toBe(
      'persona ae is ava.ae@acme-demo.example (Ava Chen): the first by username of 2 active users matching ' +
        'profile Account Executive, permission sets none, role Account Executive (also matching: zoe.ae@acme-demo.example)',
    );
    // From a pool, in username order, skipping users that do not match.
    const pool = await resolvePersona(admin, {
      ...AE,
      usernames: ['zoe.ae@acme-demo.example', 'aaron.ae@acme-demo.example', 'felix.frozen@acme-demo.example'],
    });
    expect(pool.user.username).toBe('zoe.ae@acme-demo.example');
    // Shards running at once never share a user while the pool has one per shard.
    const shards = await Promise.all(
      [1, 2].map((current) => resolvePersona(admin, AE, { current, total: 2 })),
    );
    expect(shards.map((shard) => shard.user.username)).toEqual([
      'ava.ae@acme-demo.example',
      'zoe.ae@acme-demo.example',
    ]);
    expect(shards[1].explanation).toContain('user 2 by username (shard 2/2) of 2 active users');
    const third = await resolvePersona(admin, AE, { current: 3, total: 3 });
    expect(third.user.username).toBe('ava.ae@acme-demo.example');
    expect(third.explanation).toContain('only 2 match, so shards share users');
  });
});

test('a persona declared by permission sets or role alone is found among the users assigned them, and only those are weighed', async () => {
  const org = demoOrg((definition) => {
    addFinanceViewer(definition);
    // Two holders of Finance_Viewer: Zoe in Ava's role, Aaron an SDR; nobody else has it.
    cloneUser(definition, 'ava.ae@acme-demo.example', 'zoe.ae@acme-demo.example', {
      permissionSets: ['Finance_Viewer'],
    });
    cloneUser(definition, 'sam.sdr@acme-demo.example', 'aaron.sdr@acme-demo.example', {
      permissionSets: ['Finance_Viewer'],
    });
  });
  await withOrg(org, async (emulator) => {
    const admin = await adminOf(emulator);
    const viewer = await resolvePersona(admin, {
      name: 'viewer',
      capability: { permissionSets: ['Finance_Viewer'], role: 'Account Executive' },
    });
    expect(viewer.user.username).toBe('zoe.ae@acme-demo.example');
    expect(viewer.explanation).toContain(
      'the first by username of 1 active user matching permission sets Finance_Viewer, role Account Executive',
    );
    const sdr = await resolvePersona(admin, { name: 'sdr', capability: { role: 'Sales Development' } });
    expect(sdr.user.username).toBe('aaron.sdr@acme-demo.example');

    // No holder in the Sales Manager role: the two holders are weighed, each with what to change, not every user.
    const refused = await failure(
      resolvePersona(admin, {
        name: 'manager',
        capability: { permissionSets: ['Finance_Viewer'], role: 'Sales Manager' },
      }),
    );
    expect(refused.message).toContain(
      'no active, unfrozen user among the active users with permission set Finance_Viewer matches',
    );
    const weighed = refused.message.split('\n').filter((line) => /^\S+@\S+:$/.test(line));
    expect(weighed).toEqual(['aaron.sdr@acme-demo.example:', 'zoe.ae@acme-demo.example:']);
    expect(refused.message).toContain(
      'zoe.ae@acme-demo.example has role "Account Executive", but persona manager declares role "Sales Manager"',
    );
  });
});

test('a contract violation stops only that persona, with the diff and the fix', async () => {
  const org = demoOrg((definition) => {
    addFinanceViewer(definition);
    user(definition, 'ava.ae@acme-demo.example').permissionSets.push('Finance_Viewer'); // extra permission set
    user(definition, 'riley.mops@acme-demo.example').profile = 'Sales Development Rep'; // wrong profile
    delete user(definition, 'sam.sdr@acme-demo.example').role; // missing role
  });
  const results = await withOrg(org, async (emulator) =>
    checkPersonaContracts(await adminOf(emulator), demoPersonas()),
  );
  const byPersona = Object.fromEntries(results.map((result) => [result.persona, result]));
  // Only the three personas whose users were changed stop; the others (however many) keep their contract.
  expect(results.filter((result) => !result.ok).map((result) => result.persona)).toEqual([
    'sdr',
    'ae',
    'mops',
  ]);
  // Each violation is about the one entry of the declaration to fix (the frozen AE beside Ava is no entry's).
  expect(results.filter((result) => !result.ok).map((result) => result.entry)).toEqual([
    'role',
    'permissionSets',
    'profile',
  ]);

  expect(byPersona.ae.message).toContain(
    'ava.ae@acme-demo.example has permission set Finance_Viewer, which persona ae does not declare; ' +
      'remove the assignment or declare it.',
  );
  expect(byPersona.ae.message).toContain('its scenarios are not run');
  expect(byPersona.mops.message).toBe(
    'Persona "mops" contract violated — its scenarios are not run, so nothing passes as a different user:\n' +
      'riley.mops@acme-demo.example:\n' +
      '  - riley.mops@acme-demo.example has profile "Sales Development Rep", but persona mops declares profile ' +
      '"Marketing Operations"; give the user that profile or change the persona\'s profile.',
  );
  expect(byPersona.sdr.message).toContain(
    'sam.sdr@acme-demo.example has no role, but persona sdr declares role "Sales Development"; ' +
      'give the user that role or remove role from the persona.',
  );
});

test('groups and queues: membership through a role is named as the source', async () => {
  await withOrg(demoOrg(), async (emulator) => {
    const admin = await adminOf(emulator);
    const [result] = await checkPersonaContracts(admin, [
      { name: 'sdr', username: 'sam.sdr@acme-demo.example', capability: { publicGroups: [], queues: [] } },
    ]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(
      'sam.sdr@acme-demo.example has public group Sales_Team, which persona sdr does not declare; remove the ' +
        'membership (it comes from role Sales Manager and its subordinates) or declare it.',
    );
    expect(result.message).toContain(
      'sam.sdr@acme-demo.example has queue SDR_Queue, which persona sdr does not declare; remove the membership or declare it.',
    );
  });
});

test('frozen, inactive and unknown users are refused before any Login-As', async () => {
  await withOrg(demoOrg(), async (emulator) => {
    const admin = await adminOf(emulator);
    const results = await checkPersonaContracts(admin, [
      { name: 'frozen', username: 'felix.frozen@acme-demo.example', capability: {} },
      { name: 'former', username: 'olivia.former@acme-demo.example', capability: {} },
      { name: 'ghost', username: 'nobody@acme-demo.example', capability: {} },
      {
        name: 'nomatch',
        capability: { profile: 'Account Executive', permissionSets: ['Lead_Scoring_Editor'] },
      },
    ]);
    expect(results.map((result) => result.ok)).toEqual([false, false, false, false]);
    expect(results.map((result) => result.entry)).toEqual([
      'username',
      'username',
      'username',
      'permissionSets',
    ]);
    expect(results[0].message).toContain('felix.frozen@acme-demo.example is frozen');
    expect(results[1].message).toContain('olivia.former@acme-demo.example is inactive');
    expect(results[2].message).toContain('no user with username nobody@acme-demo.example');
    expect(results[3].message).toContain(
      'no active, unfrozen user among the active users with profile Account Executive matches',
    );
    expect(results[3].message).toContain(
      'ava.ae@acme-demo.example lacks permission set Lead_Scoring_Editor, which persona nomatch declares',
    );
  });
});

test('a declared role, profile, permission set or queue the org does not have is named as missing, not as an assignment to make', async () => {
  await withOrg(demoOrg(), async (emulator) => {
    const admin = await adminOf(emulator);
    const [result] = await checkPersonaContracts(admin, [
      {
        name: 'sdr',
        file: 'team/personas.yaml',
        username: 'sam.sdr@acme-demo.example',
        capability: {
          profile: 'Sales Development Rp',
          role: 'Sales Developmen',
          permissionSets: ['Lead_Scoring_Editr'],
          queues: ['SDR_Queue', 'SDR_Queu'],
        },
      },
    ]);
    expect(result.ok).toBe(false);
    // About several entries: the declaration as a whole.
    expect(result.entry).toBeUndefined();
    const lines = result.message.split('\n').slice(2);
    expect(lines).toEqual([
      '  - persona sdr declares profile "Sales Development Rp", but no profile named "Sales Development Rp" exists in the org; fix the persona\'s profile in team/personas.yaml.',
      '  - persona sdr declares role "Sales Developmen", but no role named "Sales Developmen" exists in the org; fix the persona\'s role in team/personas.yaml.',
      '  - persona sdr declares permission set Lead_Scoring_Editr, but no permission set named "Lead_Scoring_Editr" exists in the org; fix the name in team/personas.yaml or remove it from the persona.',
      '  - persona sdr declares queue SDR_Queu, but no queue named "SDR_Queu" exists in the org; fix the name in team/personas.yaml or remove it from the persona.',
    ]);
  });
});
