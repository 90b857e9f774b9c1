import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import type { OrgDefinition } from '../../emulator/org/schema';
import { loadScenarios } from '../../runner/loader';
import { checkOrgNames } from '../../runner/org-names';
import type { PathSettings } from '../../runner/org-names/path-settings';
import { missingPathProblem } from '../../runner/org-names/path-stages';
import { adminConnection, runCli } from '../e2e/cli-run';
import { AE, DEMO_PASSWORD, demoOrg, oauthConnection } from '../emulator/helpers';
import { loadOne, scenarioDir } from './scenario-files';

// Path stages and test data's restricted picklist values checked against the org as the admin: the record type's
// values, and the field Path Settings give.
const HEAD = ['id: names', 'title: Names', 'persona: ae', 'reason: Persona check', 'ticket: REVOPS-1'];

/** The demo org with a Path on a custom object whose steps are its Phase__c values. */
function withProjectPath(org: OrgDefinition): void {
  org.objects.Project__c = {
    ...structuredClone(org.objects.Campaign),
    label: 'Project',
    labelPlural: 'Projects',
    keyPrefix: 'a01',
    fields: {
      Name: { ...org.objects.Campaign.fields.Name, label: 'Project Name' },
      Phase__c: { ...org.objects.Campaign.fields.Status, label: 'Phase', values: ['Plan', 'Build', 'Ship'] },
      Status__c: { ...org.objects.Campaign.fields.Status, label: 'Status', values: ['Green', 'Red'] },
      OwnerId: org.objects.Campaign.fields.OwnerId,
    },
  } as OrgDefinition['objects'][string];
  org.paths.push({ object: 'Project__c', field: 'Phase__c', closedWon: [], closedLost: [], stages: {} });
  for (const profile of org.profiles.filter((each) => READERS.includes(each.name))) {
    profile.objectPermissions.Project__c = { ...profile.objectPermissions.Campaign, read: true };
    profile.fieldPermissions.Project__c = { '*': 'read' };
    if (!profile.systemPermissions.includes('ViewSetup')) profile.systemPermissions.push('ViewSetup');
  }
}

// The admin, and a manager who may view Setup through the API but not use the Metadata API (no Modify All Data).
const READERS = ['System Administrator', 'Sales Manager'];
const MANAGER = 'maya.manager@acme-demo.example';

async function checked(org: OrgDefinition, lines: string[], as?: string, personas?: string) {
  const emulator: RunningEmulator = await startEmulator({ port: 0, org });
  try {
    const conn = as ? await oauthConnection(emulator, as) : (await adminConnection(emulator)).conn;
    const { scenarios, errors } = personas
      ? loadScenarios([scenarioDir({ 'scenario.yaml': `${[...HEAD, ...lines].join('\n')}\n` }, personas)])
      : loadOne([...HEAD, ...lines]);
    expect(errors).toEqual([]);
    const result = await checkOrgNames(conn, scenarios);
    return { ...result, at: result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`) };
  } finally {
    await emulator.stop();
  }
}

test('a stage the record type of the test data does not offer is reported with the values it offers', async () => {
  const { at, checked: counts } = await checked(demoOrg(), [
    'data:',
    '  renewal: { sobject: Opportunity, recordType: Renewal, fields: { Name: R, StageName: Qualification } }',
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Qualification } }',
    'steps:',
    '  - open: { record: renewal }',
    '  - expect: { path: { current: Prospecting } }',
    '  - path: { select: Needs Analysis }',
    '  - path: { select: Negotiation/Review }',
    '  - path: { close: Closed Won }',
    '  - open: { record: deal }',
    '  - path: { select: Needs Analysis }',
  ]);
  const offers =
    'the record type offers Qualification, Negotiation/Review, Closed Won, Closed Lost (its values of Opportunity.StageName).';
  expect(at).toEqual([
    `11:32 steps[1].expect.path.current: "Prospecting" is not a stage of the Opportunity Path for record type Renewal: ${offers}`,
    `12:21 steps[2].path.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal: ${offers}`,
  ]);
  expect(counts.pathStage).toBe(5);
});

test("a record created with a record type is checked against it; one created without, against the persona's default", async () => {
  const { at } = await checked(demoOrg(), [
    'steps:',
    '  - create:',
    '      sobject: Opportunity',
    '      recordType: Renewal',
    '      fields: { Name: R, StageName: Qualification, CloseDate: "{{today}}" }',
    '  - path: { select: Needs Analysis }',
    '  - create:',
    '      sobject: Opportunity',
    '      fields: { Name: N, StageName: Qualification, CloseDate: "{{today}}" }',
    '  - path: { select: Needs Analysis }',
    '  - path: { select: Needs Analyss }',
  ]);
  expect(at).toEqual([
    '11:21 steps[1].path.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal: ' +
      'the record type offers Qualification, Negotiation/Review, Closed Won, Closed Lost (its values of Opportunity.StageName).',
    expect.stringMatching(
      /^16:21 steps\[4\]\.path\.select: "Needs Analyss" is not a stage of the Opportunity Path \(the active values of Opportunity\.StageName\)\. .* Did you mean "Needs Analysis"\?$/,
    ),
  ]);
});

test("a custom object's Path is checked against the field Path Settings give it", async () => {
  const {
    at,
    checked: counts,
    notes,
  } = await checked(demoOrg(withProjectPath), [
    'data:',
    '  project: { sobject: Project__c, fields: { Name: P } }',
    '  quote: { sobject: Quote, fields: { Name: Q } }',
    'steps:',
    '  - open: { record: project }',
    '  - path: { select: Build }',
    '  - path: { select: Buidl }',
    '  - expect: { path: { current: Green } }',
    // No path in Path Settings: a Quote shows no Path.
    '  - open: { record: quote }',
    '  - path: { select: Aproved }',
  ]);
  expect(at).toEqual([
    '12:21 steps[2].path.select: "Buidl" is not a stage of the Project__c Path (the active values of Project__c.Phase__c). ' +
      'Expected one of: Plan, Build, Ship. Did you mean "Build"?',
    '13:32 steps[3].expect.path.current: "Green" is not a stage of the Project__c Path (the active values of ' +
      'Project__c.Phase__c). Expected one of: Plan, Build, Ship.',
    "15:5 steps[5].path: Quote has no active Path for record type Master (Setup > Path Settings: the org's active " +
      'Paths are on Opportunity, Project__c); the page shows no Path to move along. Create and activate one there, ' +
      'or remove this step.',
  ]);
  expect(counts.pathStage).toBe(4);
  expect(notes).toEqual([]);
});

test('when Path Settings cannot be read (no Metadata API access), only the fixed Paths are checked and the note says why', async () => {
  const {
    at,
    checked: counts,
    notes,
  } = await checked(
    demoOrg(withProjectPath),
    [
      'data:',
      '  project: { sobject: Project__c, fields: { Name: P } }',
      '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Qualification } }',
      'steps:',
      '  - open: { record: project }',
      '  - path: { select: Buidl }',
      '  - open: { record: deal }',
      '  - path: { select: Negotiation/Reveiw }',
    ],
    MANAGER,
  );
  expect(at).toEqual([
    expect.stringMatching(/^13:21 steps\[3\]\.path\.select: .* Did you mean "Negotiation\/Review"\?$/),
  ]);
  expect(counts.pathStage).toBe(1);
  expect(notes).toEqual([
    'Path Settings could not be read (INSUFFICIENT_ACCESS: insufficient access rights on object id): Path stages ' +
      'were checked only on Opportunity, Lead, Case and Quote, against the fields Salesforce fixes for their Paths.',
  ]);
});

test("validate's summary says when Path Settings could not be read", async () => {
  const emulator = await startEmulator({ port: 0, org: demoOrg(withProjectPath) });
  try {
    const scenario = [...HEAD, 'data:', '  project: { sobject: Project__c, fields: { Name: P } }', 'steps:'];
    const dir = scenarioDir({
      'a.yaml': `${[...scenario, '  - open: { record: project }', '  - path: { select: Buidl }'].join('\n')}\n`,
      '.env': '',
    });
    const { code, output } = await runCli(['validate', dir], {
      env: { SF_LOGIN_URL: emulator.url, SF_USERNAME: MANAGER, SF_PASSWORD: DEMO_PASSWORD },
    });
    expect(code, output).toBe(0);
    expect(output).toContain(
      '— all found. Path Settings could not be read (INSUFFICIENT_ACCESS: insufficient access rights on object id): ' +
        'Path stages were checked only on Opportunity, Lead, Case and Quote, against the fields Salesforce fixes for their Paths.',
    );
  } finally {
    await emulator.stop();
  }
});

/** The demo org with an active Lead Path on Status. */
function withLeadPath(org: OrgDefinition): void {
  org.paths.push({ object: 'Lead', field: 'Status', closedWon: [], closedLost: [], stages: {} });
}

const LEAD_PATH = [
  'data:',
  '  lead:',
  '    sobject: Lead',
  '    fields: { LastName: "Path {{run.id}}", Company: Acme, OwnerId: "{{persona.id}}" }',
  'steps:',
  '  - open: { record: lead }',
  '  - expect:',
  '      path: { current: Working - Contacted, offers: [Open - Not Contacted, Working - Contacted] }',
  '  - path: { select: Working - Contacted }',
];

test('a Path step on a Lead without an active Lead Path is left to the run with a note (Lightning may show a default Path); a stage typo is still refused', async () => {
  const { at, notes } = await checked(demoOrg(), LEAD_PATH);
  expect(at).toEqual([]);
  const note = (moves: string, place: string) =>
    expect.stringMatching(
      new RegExp(
        `scenario\\.yaml:${place} Lead has no active Path for record type Master \\(Setup > Path Settings: the org's active ` +
          `Paths are on Opportunity\\); the page shows no Path to ${moves}\\. Left to the run: whether Lightning shows Lead ` +
          'records a default Path without one is not confirmed\\.$',
      ),
    );
  expect(notes).toEqual([note('read', '13:7'), note('move along', '14:5')]);
  // Its stages are still read as Lead Status values, which a default Path would show.
  const typo = await checked(demoOrg(), [...LEAD_PATH, '  - path: { select: Wroking - Contacted }']);
  expect(typo.at).toEqual([
    expect.stringMatching(
      /^15:21 steps\[3\]\.path\.select: "Wroking - Contacted" is not a stage of the Lead Path .*Did you mean "Working - Contacted"\?$/,
    ),
  ]);
  // Once the admin activates a Lead Path, the note goes.
  expect((await checked(demoOrg(withLeadPath), LEAD_PATH)).notes).toEqual([]);
});

test('a record type without a path of its own is refused; one the scenario leaves to the org only when no record type has one', () => {
  const settings: PathSettings = {
    read: true,
    paths: [{ object: 'Opportunity', field: 'StageName', recordType: 'New_Business' }],
  };
  const types = ['New_Business', 'Renewal'];
  expect(missingPathProblem('Opportunity', 'Renewal', types, settings, false)).toBe(
    'Opportunity has no active Path for record type Renewal (Setup > Path Settings: it has active Paths for ' +
      'New_Business); the page shows no Path to read. Create and activate one there, or remove this step.',
  );
  expect(missingPathProblem('Opportunity', 'New_Business', types, settings, false)).toBeUndefined();
  expect(missingPathProblem('Opportunity', undefined, types, settings, false)).toBeUndefined();
  expect(missingPathProblem('Case', undefined, ['Support'], settings, true)).toBe(
    "Case has no active Path for any record type (Setup > Path Settings: the org's active Paths are on " +
      'Opportunity); the page shows no Path to move along. Create and activate one there, or remove this step.',
  );
  // Path Settings the admin cannot read leave it to the fixed Paths' check.
  expect(missingPathProblem('Case', undefined, [], { read: false, why: 'no access' }, true)).toBeUndefined();
});

test("the stages a Path expectation offers are checked like the others, with the track's closing step allowed", async () => {
  const { at, checked: counts } = await checked(demoOrg(withLeadPath), [
    'data:',
    '  renewal: { sobject: Opportunity, recordType: Renewal, fields: { Name: R, StageName: Qualification } }',
    '  lead: { sobject: Lead, fields: { LastName: L, Company: C } }',
    'steps:',
    '  - open: { record: renewal }',
    '  - expect:',
    '      path: { current: Qualification, offers: [Qualification, Needs Analysis, Negotiation/Review, Closed] }',
    '  - open: { record: lead }',
    '  - expect: { path: { offers: [Open - Not Contacted, Working - Contacted, Working - Contacte, Converted] } }',
  ]);
  expect(at).toEqual([
    '12:63 steps[1].expect.path.offers[1]: "Needs Analysis" is not a stage of the Opportunity Path for record type ' +
      'Renewal: the record type offers Qualification, Negotiation/Review, Closed Won, Closed Lost (its values of ' +
      'Opportunity.StageName), and Path ends the track with "Closed".',
    expect.stringMatching(
      /^14:75 steps\[3\]\.expect\.path\.offers\[2\]: "Working - Contacte" is not a stage of the Lead Path \(the active values of Lead\.Status, then its closing step "Converted"\)\. Expected one of: .*, Converted\. Did you mean "Working - Contacted"\?$/,
    ),
  ]);
  expect(counts.pathStage).toBe(8);
});

/** The admin's profile defaults Opportunity to Renewal; the AE's stays New_Business. */
function adminDefaultsToRenewal(org: OrgDefinition): void {
  const admin = org.profiles.find((each) => each.name === 'System Administrator');
  if (!admin) throw new Error('the demo org has no System Administrator profile');
  admin.recordTypes.Opportunity = { available: ['New_Business', 'Renewal'], default: 'Renewal' };
}

test("test data without a record type is checked against the admin's default record type, which the org gives it", async () => {
  const org = demoOrg(adminDefaultsToRenewal);
  const { at } = await checked(org, [
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Qualification, CloseDate: "{{today}}" } }',
    'steps:',
    '  - open: { record: deal }',
    '  - path: { select: Needs Analysis }',
    '  - create:',
    '      sobject: Opportunity',
    '      fields: { Name: N, StageName: Qualification, CloseDate: "{{today}}" }',
    '  - path: { select: Needs Analysis }',
  ]);
  expect(at).toEqual([
    '10:21 steps[1].path.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal ' +
      "(the admin's default record type, which test data created without recordType gets through the API; write " +
      'recordType: on the test data to choose another): the record type offers Qualification, Negotiation/Review, ' +
      'Closed Won, Closed Lost (its values of Opportunity.StageName).',
  ]);
  // What the check assumes is what the org does: the admin's record without RecordTypeId gets Renewal.
  expect(await recordTypeGiven(org)).toBe('Renewal');
});

/** The record type the org gives an opportunity created without one, as the admin or as `username`. */
async function recordTypeGiven(org: OrgDefinition, username?: string): Promise<string | undefined> {
  const emulator = await startEmulator({ port: 0, org });
  try {
    const conn = username
      ? await oauthConnection(emulator, username, DEMO_PASSWORD)
      : (await adminConnection(emulator)).conn;
    const created = await conn
      .sobject('Opportunity')
      .create({ Name: 'D', StageName: 'Qualification', CloseDate: '2030-01-01' });
    const row = await conn.query<{ RecordType: { DeveloperName: string } }>(
      `SELECT RecordType.DeveloperName FROM Opportunity WHERE Id = '${(created as { id: string }).id}'`,
    );
    return row.records[0]?.RecordType.DeveloperName;
  } finally {
    await emulator.stop();
  }
}

const RENEWAL_STAGES = 'Qualification, Negotiation/Review, Closed Won, Closed Lost';

/** Inserts an opportunity as the admin; the error code the org answers, or undefined when it takes it. */
async function insertRefusal(
  org: OrgDefinition,
  fields: Record<string, string>,
): Promise<string | undefined> {
  const emulator = await startEmulator({ port: 0, org });
  try {
    const { conn } = await adminConnection(emulator);
    await conn.sobject('Opportunity').create({ Name: 'D', CloseDate: '2030-01-01', ...fields });
    return undefined;
  } catch (error) {
    return (error as { errorCode?: string }).errorCode;
  } finally {
    await emulator.stop();
  }
}

test("test data's restricted picklist value that its record type does not offer is reported before the run, as the org refuses it", async () => {
  const { at } = await checked(demoOrg(), [
    'data:',
    '  renewal:',
    '    sobject: Opportunity',
    '    recordType: Renewal',
    '    fields: { Name: R, StageName: Prospecting, CloseDate: "{{today}}" }',
    '  fresh: { sobject: Opportunity, recordType: New_Business, fields: { Name: F, StageName: Prospecting } }',
    '  won: { sobject: Opportunity, recordType: Renewal, fields: { Name: W, StageName: Closed Won } }',
    'steps:',
    '  - open: { record: renewal }',
  ]);
  expect(at).toEqual([
    `10:35 data.renewal.fields.StageName: "Prospecting" is not a value record type Renewal offers for Opportunity.StageName, a restricted picklist: Salesforce refuses it when the test data is created. Expected one of: ${RENEWAL_STAGES}.`,
  ]);
  const renewal = await adminRecordTypeId(demoOrg(), 'Renewal');
  expect(await insertRefusal(demoOrg(), { StageName: 'Prospecting', RecordTypeId: renewal })).toBe(
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  );
});

test('an unrestricted picklist takes any value its field has, whatever the record type, as the API does', async () => {
  const org = demoOrg((definition) => {
    const stage = definition.objects.Opportunity.fields.StageName as { restricted?: boolean };
    stage.restricted = false;
  });
  const { at } = await checked(org, [
    'data:',
    '  renewal: { sobject: Opportunity, recordType: Renewal, fields: { Name: R, StageName: Prospecting } }',
    'steps:',
    '  - open: { record: renewal }',
  ]);
  expect(at).toEqual([]);
  const renewal = await adminRecordTypeId(org, 'Renewal');
  expect(await insertRefusal(org, { StageName: 'Prospecting', RecordTypeId: renewal })).toBeUndefined();
});

test("test data without a record type gets its restricted picklist values checked against the admin's default record type", async () => {
  const org = demoOrg(adminDefaultsToRenewal);
  const { at } = await checked(org, [
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Needs Analysis, CloseDate: "{{today}}" } }',
    'steps:',
    '  - open: { record: deal }',
  ]);
  expect(at).toEqual([
    `7:63 data.deal.fields.StageName: "Needs Analysis" is not a value record type Renewal (the admin's default, which test data without recordType gets) offers for Opportunity.StageName, a restricted picklist: Salesforce refuses it when the test data is created. Expected one of: ${RENEWAL_STAGES}.`,
  ]);
  expect(await insertRefusal(org, { StageName: 'Needs Analysis' })).toBe(
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  );
});

async function adminRecordTypeId(org: OrgDefinition, developerName: string): Promise<string> {
  const emulator = await startEmulator({ port: 0, org });
  try {
    const { conn } = await adminConnection(emulator);
    const rows = await conn.query<{ Id: string }>(
      `SELECT Id FROM RecordType WHERE SobjectType = 'Opportunity' AND DeveloperName = '${developerName}'`,
    );
    return rows.records[0]?.Id ?? '';
  } finally {
    await emulator.stop();
  }
}

test("test data that sets its RecordTypeId itself is not checked against the admin's default record type", async () => {
  const org = demoOrg(adminDefaultsToRenewal);
  const newBusiness = await adminRecordTypeId(org, 'New_Business');
  const { at } = await checked(org, [
    'data:',
    `  deal: { sobject: Opportunity, fields: { Name: D, RecordTypeId: ${newBusiness}, StageName: Needs Analysis } }`,
    'steps:',
    '  - open: { record: deal }',
    '  - path: { select: Prospecting }',
  ]);
  expect(at).toEqual([]);
  expect(
    await insertRefusal(org, { StageName: 'Needs Analysis', RecordTypeId: newBusiness }),
  ).toBeUndefined();
});

test('test data that sets RecordTypeId to an id is checked against that record type, named by its developer name', async () => {
  const renewal = await adminRecordTypeId(demoOrg(), 'Renewal');
  const { at } = await checked(demoOrg(), [
    'data:',
    `  deal: { sobject: Opportunity, fields: { Name: D, RecordTypeId: ${renewal}, StageName: Needs Analysis } }`,
    'steps:',
    '  - open: { record: deal }',
    '  - path: { select: Needs Analysis }',
  ]);
  expect(at).toEqual([
    `7:97 data.deal.fields.StageName: "Needs Analysis" is not a value record type Renewal (RecordTypeId ${renewal}) offers for Opportunity.StageName, a restricted picklist: Salesforce refuses it when the test data is created. Expected one of: ${RENEWAL_STAGES}.`,
    `10:21 steps[1].path.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal (RecordTypeId ${renewal}): the record type offers ${RENEWAL_STAGES} (its values of Opportunity.StageName).`,
  ]);
  expect(await insertRefusal(demoOrg(), { StageName: 'Needs Analysis', RecordTypeId: renewal })).toBe(
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  );
});

test('a RecordTypeId that is no record type of the object is reported before the run with the ones to write, as the org refuses it', async () => {
  const unknown = '012000000000999AAA';
  const [newBusiness, renewal] = await Promise.all(
    ['New_Business', 'Renewal'].map((name) => adminRecordTypeId(demoOrg(), name)),
  );
  const { at } = await checked(demoOrg(), [
    'data:',
    `  deal: { sobject: Opportunity, fields: { Name: D, RecordTypeId: ${unknown}, StageName: Prospecting } }`,
    'steps:',
    '  - open: { record: deal }',
  ]);
  expect(at).toEqual([
    `7:66 data.deal.fields.RecordTypeId: Opportunity has no active record type with the Id ${unknown}. Expected one of: New_Business (${newBusiness}), Renewal (${renewal}). Or write recordType: with the developer name instead of RecordTypeId: it stays the same from org to org.`,
  ]);
  expect(await insertRefusal(demoOrg(), { StageName: 'Prospecting', RecordTypeId: unknown })).toBe(
    'INVALID_CROSS_REFERENCE_KEY',
  );
});

test("a record type the admin may not use is reported before the run for test data, by name or id, not for a persona's create", async () => {
  const org = demoOrg((definition) => {
    const admin = definition.profiles.find((each) => each.name === 'System Administrator');
    if (!admin) throw new Error('the demo org has no System Administrator profile');
    admin.recordTypes.Opportunity = { available: ['New_Business'], default: 'New_Business' };
  });
  const renewal = await adminRecordTypeId(org, 'Renewal');
  const { at } = await checked(org, [
    'data:',
    '  named: { sobject: Opportunity, recordType: Renewal, fields: { Name: N, StageName: Qualification } }',
    `  byId: { sobject: Opportunity, fields: { Name: I, RecordTypeId: ${renewal}, StageName: Qualification } }`,
    'steps:',
    '  - create:',
    '      sobject: Opportunity',
    '      recordType: Renewal',
    '      fields: { Name: C, StageName: Qualification, CloseDate: "{{today}}" }',
  ]);
  const refused =
    'record type Renewal of Opportunity is not available to the admin, who creates the test data: Salesforce refuses it ("Record Type ID: this ID value isn\'t valid for the user"). Assign it to the admin\'s profile or a permission set, or create the record in a step as a persona who has it.';
  expect(at).toEqual([
    `7:46 data.named.recordType: ${refused}`,
    `8:66 data.byId.fields.RecordTypeId: ${refused}`,
  ]);
  expect(await insertRefusal(org, { StageName: 'Qualification', RecordTypeId: renewal })).toBe(
    'INVALID_CROSS_REFERENCE_KEY',
  );
});

/** The Account Executive profile (the ae persona's) defaulting to Renewal for opportunities. */
function aeDefaultsToRenewal(org: OrgDefinition): void {
  const ae = org.profiles.find((each) => each.name === 'Account Executive');
  if (!ae) throw new Error('the demo org has no Account Executive profile');
  ae.recordTypes.Opportunity = { available: ['New_Business', 'Renewal'], default: 'Renewal' };
}

const PERSONA_CREATES = [
  'steps:',
  '  - create:',
  '      sobject: Opportunity',
  '      fields: { Name: N, StageName: Qualification, CloseDate: "{{today}}" }',
  '  - path: { select: Needs Analysis }',
];

test("a record a persona creates without a record type is checked against their profile's default record type", async () => {
  const org = demoOrg(aeDefaultsToRenewal);
  const { at } = await checked(org, PERSONA_CREATES);
  expect(at).toEqual([
    '10:21 steps[1].path.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal ' +
      "(the persona's default record type, which a record they create without recordType: gets; write " +
      `recordType: on the create step to choose another): the record type offers ${RENEWAL_STAGES} (its values of Opportunity.StageName).`,
  ]);
  // What the check assumes is what the org does: the persona's record created without a record type gets Renewal.
  expect(await recordTypeGiven(org, AE.username)).toBe('Renewal');
});

/** The ae persona as a pool of users, without a profile in its contract; the org gets a second Account Executive. */
const AE_POOL = (second: string) =>
  ['personas:', '  ae:', `    usernames: [${AE.username}, ${second}]`, ''].join('\n');

function withSecondAccountExecutive(org: OrgDefinition): void {
  aeDefaultsToRenewal(org);
  const ava = org.users.find((user) => user.username === AE.username);
  if (!ava) throw new Error('the demo org has no Ava Chen');
  org.users.push({
    ...ava,
    username: 'zed.ae@acme-demo.example',
    alias: 'zae',
    email: 'zed@acme-demo.example',
  });
}

test("a pool persona's record without a record type is checked against the default its users' profiles share, and left to the run when they differ", async () => {
  const org = demoOrg(withSecondAccountExecutive);
  const shared = await checked(org, PERSONA_CREATES, undefined, AE_POOL('zed.ae@acme-demo.example'));
  expect(shared.at).toEqual([
    expect.stringMatching(
      /^10:21 steps\[1\]\.path\.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal \(the persona's default record type/,
    ),
  ]);
  // A manager in the pool defaults to another record type: which user the run picks decides.
  const differing = await checked(org, PERSONA_CREATES, undefined, AE_POOL(MANAGER));
  expect(differing.at).toEqual([]);
});

test("when the personas' profiles cannot be read, a persona's record without a record type is left to the run and the note says so", async () => {
  const org = demoOrg((definition) => {
    aeDefaultsToRenewal(definition);
    withProjectPath(definition); // lets the manager view Setup through the API
  });
  const { at, notes } = await checked(org, PERSONA_CREATES, MANAGER);
  expect(at).toEqual([]);
  expect(notes).toContain(
    "The personas' default record types could not be read (INSUFFICIENT_ACCESS: insufficient access rights on " +
      'object id): the Path stages of records a persona creates without recordType: are left to the run.',
  );
});

test('after `as:`, a record created without a record type gets the default of the persona then logged in', async () => {
  const org = demoOrg((definition) => {
    const csm = definition.profiles.find((each) => each.name === 'Customer Success Manager');
    if (!csm) throw new Error('the demo org has no Customer Success Manager profile');
    csm.recordTypes.Opportunity = { available: ['New_Business', 'Renewal'], default: 'Renewal' };
  });
  const { at } = await checked(org, [...PERSONA_CREATES, '  - as: csm', ...PERSONA_CREATES.slice(1)]);
  expect(at).toEqual([
    expect.stringMatching(
      /^15:21 steps\[4\]\.path\.select: "Needs Analysis" is not a stage of the Opportunity Path for record type Renewal \(the persona's default record type/,
    ),
  ]);
});
