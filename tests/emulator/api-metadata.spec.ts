import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { inProcessEmulator, metadataEnvelope } from './api-in-process-helpers';
import { demoOrg, emulatorWithAdmin, failure, oauthConnection, SDR } from './helpers';

// The Metadata API through jsforce 3 (conn.metadata.read / list / describe / retrieve), generated from the
// demo org definition (emulator/orgs/demo.yaml).
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
  conn.metadata.pollInterval = 20;
});
test.afterAll(async () => emulator?.stop());

type Item = { field: string; behavior: string };
type Section = { label: string; style: string; layoutColumns: { layoutItems: Item[] }[] };
const read = async <T>(type: string, names: string[]) =>
  (await (conn.metadata as unknown as { read(type: string, names: string[]): Promise<unknown> }).read(
    type,
    names,
  )) as T[];

test('read Layout: sections, columns and item behaviours of the SDR lead layout', async () => {
  const [layout, missing] = await read<{ fullName?: string; layoutSections: Section[] }>('Layout', [
    'Lead-Lead Layout - SDR',
    'Lead-No Such Layout',
  ]);
  expect(layout.fullName).toBe('Lead-Lead Layout - SDR');
  expect(layout.layoutSections.map((section) => [section.label, section.style])).toEqual([
    ['Lead Information', 'TwoColumnsLeftToRight'],
    ['Scoring', 'TwoColumnsLeftToRight'],
    ['System Information', 'TwoColumnsLeftToRight'],
  ]);
  // Two columns filled row by row, as the record page lays them out.
  const [left, right] = layout.layoutSections[0].layoutColumns.map((column) => column.layoutItems);
  expect(left.map((item) => item.field)).toEqual(['Name', 'Title', 'Email', 'LeadSource', 'DoNotCall']);
  expect(right.map((item) => item.field)).toEqual(['Company', 'Status', 'Phone', 'OwnerId']);
  const behaviors = Object.fromEntries(
    layout.layoutSections.flatMap((section) =>
      section.layoutColumns.flatMap((column) =>
        column.layoutItems.map((item) => [item.field, item.behavior]),
      ),
    ),
  );
  expect(behaviors).toMatchObject({
    Name: 'Required', // through LastName
    Company: 'Required',
    Status: 'Required',
    Email: 'Edit',
    Internal_Revenue__c: 'Edit',
    CreatedById: 'Readonly',
  });
  expect(missing.fullName).toBeUndefined();
});

test('read Layout: one-column sections are OneColumn with a single column', async () => {
  const [layout] = await read<{ layoutSections: Section[] }>('Layout', ['Lead-Lead Layout - AE']);
  const additional = layout.layoutSections.find((section) => section.label === 'Additional Information');
  expect(additional?.style).toBe('OneColumn');
  expect(additional?.layoutColumns).toEqual([{ layoutItems: [{ behavior: 'Edit', field: 'Description' }] }]);
});

type ProfileMetadata = {
  fullName: string;
  custom: boolean;
  userLicense: string;
  layoutAssignments: { layout: string; recordType?: string }[];
  fieldPermissions: { field: string; readable: boolean; editable: boolean }[];
  objectPermissions: Record<string, unknown>[];
  recordTypeVisibilities: { recordType: string; visible: boolean; default: boolean }[];
  tabVisibilities: { tab: string; visibility: string }[];
  userPermissions: { name: string; enabled: boolean }[];
};

test('read Profile: field and object permissions, layout assignments, user permissions of the SDR', async () => {
  const [profile] = await read<ProfileMetadata>('Profile', ['Sales Development Rep']);
  expect(profile).toMatchObject({
    fullName: 'Sales Development Rep',
    custom: true,
    userLicense: 'Salesforce',
  });
  expect(profile.layoutAssignments).toContainEqual({ layout: 'Lead-Lead Layout - SDR' });
  const field = (name: string) => profile.fieldPermissions.find((entry) => entry.field === name);
  expect(field('Lead.Lead_Score__c')).toEqual({
    editable: false,
    field: 'Lead.Lead_Score__c',
    readable: true,
  });
  expect(field('Lead.Internal_Revenue__c')).toEqual({
    editable: false,
    field: 'Lead.Internal_Revenue__c',
    readable: false,
  });
  expect(field('Lead.Email')).toEqual({ editable: true, field: 'Lead.Email', readable: true });
  // Required fields and compound names are outside field-level security, as in Salesforce.
  expect(field('Lead.LastName')).toBeUndefined();
  expect(profile.objectPermissions).toContainEqual({
    allowCreate: true,
    allowDelete: false,
    allowEdit: true,
    allowRead: true,
    modifyAllRecords: false,
    object: 'Lead',
    viewAllRecords: false,
  });
  expect(profile.objectPermissions.map((entry) => entry.object)).not.toContain('Opportunity');
  expect(profile.userPermissions).toEqual([{ enabled: true, name: 'ApiEnabled' }]);
  expect(profile.tabVisibilities).toContainEqual({ tab: 'standard-Lead', visibility: 'DefaultOn' });
  expect(profile.tabVisibilities).toContainEqual({ tab: 'standard-Opportunity', visibility: 'Hidden' });
});

test('read Profile: the standard administrator profile is "Admin"; record type visibilities per profile', async () => {
  const [admin, ae] = await read<ProfileMetadata>('Profile', ['Admin', 'Account Executive']);
  expect(admin).toMatchObject({ fullName: 'Admin', custom: false });
  expect(admin.userPermissions.map((permission) => permission.name)).toEqual(
    expect.arrayContaining(['ManageUsers', 'ModifyAllData', 'ViewSetup']),
  );
  expect(ae.recordTypeVisibilities).toEqual([
    { default: true, recordType: 'Opportunity.New_Business', visible: true },
    { default: false, recordType: 'Opportunity.Renewal', visible: true },
  ]);
});

test('Profile layout assignments agree with the Tooling API ProfileLayout rows and listMetadata ids', async () => {
  const rows = await conn.tooling.query<{
    TableEnumOrId: string;
    LayoutId: string;
    Layout: { Name: string };
    Profile: { Name: string };
  }>(
    "SELECT TableEnumOrId, LayoutId, Layout.Name, Profile.Name FROM ProfileLayout WHERE TableEnumOrId = 'Lead'",
  );
  expect(rows.records.length).toBeGreaterThan(0);
  const layouts = await conn.metadata.list([{ type: 'Layout' }]);
  for (const row of rows.records) {
    const [profile] = await read<ProfileMetadata>('Profile', [
      row.Profile.Name === 'System Administrator' ? 'Admin' : row.Profile.Name,
    ]);
    const fullName = `${row.TableEnumOrId}-${row.Layout.Name}`;
    expect(profile.layoutAssignments, row.Profile.Name).toContainEqual({ layout: fullName });
    expect(layouts.find((layout) => layout.fullName === fullName)?.id).toBe(row.LayoutId);
  }
});

test('listMetadata: FileProperties of layouts, profiles, flows and validation rules', async () => {
  const listed = await conn.metadata.list([{ type: 'Layout' }, { type: 'Flow' }, { type: 'ValidationRule' }]);
  const layout = listed.find((entry) => entry.fullName === 'Lead-Lead Layout');
  expect(layout).toMatchObject({
    type: 'Layout',
    fileName: 'layouts/Lead-Lead Layout.layout',
    manageableState: 'unmanaged',
    createdByName: 'Avery Admin',
  });
  expect(layout?.id).toMatch(/^00h/);
  expect(listed.find((entry) => entry.type === 'Flow')?.fileName).toMatch(/^flows\/\w+\.flow$/);
  expect(listed).toContainEqual(
    expect.objectContaining({
      type: 'ValidationRule',
      fullName: 'Opportunity.Closed_Won_Requires_Amount',
      fileName: 'objects/Opportunity.object',
    }),
  );
  const profiles = await conn.metadata.list({ type: 'Profile' });
  expect(profiles.map((entry) => entry.fullName)).toEqual(
    expect.arrayContaining(['Admin', 'Sales Development Rep', 'Account Executive']),
  );
  expect(await conn.metadata.list({ type: 'NoSuchType' })).toEqual([]);
});

test('read CustomObject, ValidationRule, Flow and PermissionSet', async () => {
  const [opportunity] = await read<{
    fields: {
      fullName: string;
      type: string;
      valueSet?: { valueSetDefinition: { value: { fullName: string }[] } };
    }[];
    recordTypes: { fullName: string; label: string }[];
    validationRules: { fullName: string; errorMessage: string }[];
    sharingModel: string;
  }>('CustomObject', ['Opportunity']);
  const stage = opportunity.fields.find((field) => field.fullName === 'StageName');
  expect(stage?.type).toBe('Picklist');
  expect(stage?.valueSet?.valueSetDefinition.value.map((value) => value.fullName)).toContain('Closed Won');
  expect(opportunity.fields.find((field) => field.fullName === 'ExpectedRevenue')?.type).toBe('Currency');
  expect(opportunity.recordTypes.map((recordType) => recordType.fullName)).toEqual([
    'New_Business',
    'Renewal',
  ]);
  expect(opportunity.validationRules[0]).toMatchObject({
    fullName: 'Closed_Won_Requires_Amount',
    errorMessage: 'Enter an Amount before you mark the opportunity Closed Won.',
  });

  const [rule] = await read<Record<string, unknown>>('ValidationRule', [
    'Opportunity.Closed_Won_Requires_Amount',
  ]);
  expect(rule).toMatchObject({
    fullName: 'Opportunity.Closed_Won_Requires_Amount',
    active: true,
    errorConditionFormula: 'AND(ISPICKVAL(StageName, "Closed Won"), ISBLANK(Amount))',
    errorDisplayField: 'Amount',
  });

  const [flow] = await read<{
    start: Record<string, unknown>;
    status: string;
    recordCreates: { object: string }[];
  }>('Flow', ['Lead_Follow_Up_Task']);
  expect(flow.status).toBe('Active');
  expect(flow.start).toMatchObject({
    object: 'Lead',
    recordTriggerType: 'CreateAndUpdate',
    triggerType: 'RecordAfterSave',
  });
  expect(flow.recordCreates.map((create) => create.object)).toEqual(['Task']);

  const [set] = await read<ProfileMetadata & { label: string }>('PermissionSet', ['Lead_Scoring_Editor']);
  expect(set.label).toBe('Lead Scoring Editor');
  expect(set.fieldPermissions).toContainEqual({
    editable: true,
    field: 'Lead.Lead_Score__c',
    readable: true,
  });
});

test('list and read PathAssistant: one active path per record type of the object, with its field and steps', async () => {
  const listed = [await conn.metadata.list([{ type: 'PathAssistant' }])].flat();
  const names = listed.map((item) => item.fullName).sort();
  expect(names).toEqual(['Opportunity_New_Business_Path', 'Opportunity_Renewal_Path']);
  const paths = await read<{
    active: boolean;
    entityName: string;
    fieldName: string;
    recordTypeName: string;
    pathAssistantSteps: { picklistValueName: string; fieldNames?: string | string[]; info?: string }[];
  }>('PathAssistant', names);
  expect(
    paths.map(({ active, entityName, fieldName, recordTypeName }) => [
      active,
      entityName,
      fieldName,
      recordTypeName,
    ]),
  ).toEqual([
    [true, 'Opportunity', 'StageName', 'New_Business'],
    [true, 'Opportunity', 'StageName', 'Renewal'],
  ]);
  expect(paths[1].pathAssistantSteps.find((step) => step.picklistValueName === 'Qualification')).toEqual({
    fieldNames: ['Amount', 'NextStep'],
    info: 'Identify the decision maker and the economic buyer.',
    picklistValueName: 'Qualification',
  });
});

test('retrieve: a zip with package.xml and the layout file, as sf project retrieve start -m Layout gets it', async () => {
  const result = await conn.metadata
    .retrieve({
      apiVersion: 62,
      singlePackage: false,
      unpackaged: {
        types: [
          { name: 'Layout', members: ['*'] },
          { name: 'ValidationRule', members: ['Lead.Nope'] },
        ],
        version: '62.0',
      },
    } as never)
    .complete();
  expect(result).toMatchObject({ done: true, status: 'Succeeded', success: true });
  expect(result.messages).toEqual([
    {
      fileName: 'unpackaged/package.xml',
      problem: "Entity of type 'ValidationRule' named 'Lead.Nope' cannot be found",
    },
  ]);
  const files = unzipSync(Buffer.from(result.zipFile, 'base64'));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['unpackaged/package.xml', 'unpackaged/layouts/Lead-Lead Layout - SDR.layout']),
  );
  expect(result.fileProperties.map((file) => file.fileName).sort()).toEqual(Object.keys(files).sort());
  const parser = new XMLParser({
    isArray: (name) => ['layoutSections', 'layoutColumns', 'layoutItems', 'types'].includes(name),
  });
  const pkg = parser.parse(strFromU8(files['unpackaged/package.xml']));
  expect(pkg.Package.types[0]).toEqual({ members: '*', name: 'Layout' });
  const layout = parser.parse(strFromU8(files['unpackaged/layouts/Lead-Lead Layout - SDR.layout'])).Layout;
  expect(layout.layoutSections[0].layoutColumns[1].layoutItems[1]).toEqual({
    behavior: 'Required',
    field: 'Status',
  });
});

test('retrieve with singlePackage: paths without unpackaged/; validation rules in their object file', async () => {
  const result = await conn.metadata
    .retrieve({
      apiVersion: 62,
      singlePackage: true,
      unpackaged: { types: [{ name: 'ValidationRule', members: ['*'] }], version: '62.0' },
    } as never)
    .complete();
  const files = unzipSync(Buffer.from(result.zipFile, 'base64'));
  expect(Object.keys(files).sort()).toEqual([
    'objects/Lead.object',
    'objects/Opportunity.object',
    'package.xml',
  ]);
  const object = strFromU8(files['objects/Opportunity.object']);
  expect(object).toContain('<fullName>Closed_Won_Requires_Amount</fullName>');
  expect(object).toContain('AND(ISPICKVAL(StageName, &quot;Closed Won&quot;), ISBLANK(Amount))');
});

test('describeMetadata lists the emulated types; users without Modify All Data are refused', async () => {
  const described = await conn.metadata.describe();
  expect(described.metadataObjects.map((type) => type.xmlName)).toEqual(
    expect.arrayContaining(['Layout', 'Profile', 'PermissionSet', 'CustomObject', 'Flow']),
  );
  expect(described.metadataObjects.find((type) => type.xmlName === 'Layout')).toMatchObject({
    directoryName: 'layouts',
    suffix: 'layout',
  });
  const sdr = await oauthConnection(emulator, SDR.username);
  expect((await failure(sdr.metadata.read('Layout', ['Lead-Lead Layout']))).message).toContain(
    'INSUFFICIENT_ACCESS',
  );
});

test('plain HTTP: the metadataServerUrl with the org id answers; a bad session is a SOAP fault', async () => {
  const { request, token, state } = inProcessEmulator();
  const sid = await token();
  const ok = await request(`/services/Soap/m/62.0/${state.orgId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml', SOAPAction: '""' },
    body: metadataEnvelope(
      sid,
      '<readMetadata><type>Layout</type><fullNames>Lead-Lead Layout</fullNames></readMetadata>',
    ),
  });
  expect(ok.status).toBe(200);
  const text = await ok.text();
  expect(text).toContain('<records xsi:type="Layout"><fullName>Lead-Lead Layout</fullName>');
  const bad = await request('/services/Soap/m/62.0', {
    method: 'POST',
    body: metadataEnvelope('nope', '<listMetadata><queries><type>Layout</type></queries></listMetadata>'),
  });
  expect(bad.status).toBe(500);
  expect(await bad.text()).toContain('<faultcode>sf:INVALID_SESSION_ID</faultcode>');
  const unknownJob = await request('/services/Soap/m/62.0', {
    method: 'POST',
    body: metadataEnvelope(
      sid,
      '<checkRetrieveStatus><asyncProcessId>09S000000000000</asyncProcessId></checkRetrieveStatus>',
    ),
  });
  expect(unknownJob.status).toBe(500);
});

test("predicting a persona's record page from Metadata API and Tooling reads matches the fields the emulator shows them", async () => {
  // What the runner predicts: the profile's layout (Tooling ProfileLayout), its items (Metadata Layout), minus
  // the fields that neither the profile nor an assigned permission set lets the user read (Metadata Profile and
  // PermissionSet; fields a profile does not list are outside field-level security).
  const users = await conn.query<{ Id: string; Username: string; Profile: { Name: string } }>(
    "SELECT Id, Username, Profile.Name FROM User WHERE IsActive = true AND Username != 'felix.frozen@acme-demo.example'",
  );
  let compared = 0;
  for (const user of users.records) {
    const assignments = await conn.query<{ PermissionSet: { Name: string; IsOwnedByProfile: boolean } }>(
      `SELECT PermissionSet.Name, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = '${user.Id}'`,
    );
    const setNames = assignments.records
      .filter((row) => !row.PermissionSet.IsOwnedByProfile)
      .map((row) => row.PermissionSet.Name);
    const profileName = user.Profile.Name === 'System Administrator' ? 'Admin' : user.Profile.Name;
    const [profile] = await read<ProfileMetadata>('Profile', [profileName]);
    const sets = setNames.length > 0 ? await read<ProfileMetadata>('PermissionSet', setNames) : [];
    const persona = await oauthConnection(emulator, user.Username);
    for (const object of ['Lead', 'Account']) {
      const rows = await conn.tooling.query<{ Layout: { Name: string } }>(
        `SELECT Layout.Name FROM ProfileLayout WHERE TableEnumOrId = '${object}' AND Profile.Name = '${user.Profile.Name}'`,
      );
      const shown = await persona
        .request<{
          layouts: {
            detailLayoutSections: {
              layoutRows: { layoutItems: { layoutComponents: { value: string }[] }[] }[];
            }[];
          }[];
        }>(`/services/data/v62.0/sobjects/${object}/describe/layouts`)
        .then((answer) =>
          answer.layouts[0].detailLayoutSections.flatMap((section) =>
            section.layoutRows.flatMap((row) =>
              row.layoutItems.map((item) => item.layoutComponents[0].value),
            ),
          ),
        )
        .catch(() => undefined);
      if (rows.records.length === 0 || shown === undefined) continue;
      const [layout] = await read<{ layoutSections: Section[] }>('Layout', [
        `${object}-${rows.records[0].Layout.Name}`,
      ]);
      const permissions = [profile, ...sets].flatMap((grant) => grant.fieldPermissions);
      const readable = (field: string) => {
        const entries = permissions.filter((entry) => entry.field === `${object}.${field}`);
        return entries.length === 0 || entries.some((entry) => entry.readable);
      };
      const predicted = layout.layoutSections.flatMap((section) => {
        // Items alternate between the two columns, row by row.
        const [left, right = { layoutItems: [] }] = section.layoutColumns;
        return left.layoutItems
          .flatMap((item, index) =>
            [item, right.layoutItems[index]].filter((entry): entry is Item => entry !== undefined),
          )
          .concat(right.layoutItems.slice(left.layoutItems.length));
      });
      expect(predicted.map((item) => item.field).filter(readable), `${user.Username} ${object}`).toEqual(
        shown,
      );
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(6);
});

test('retrieve: a Profile holds only the permissions of the other components retrieved with it', async () => {
  const retrieveProfile = async (types: { name: string; members: string[] }[]) => {
    const result = await conn.metadata
      .retrieve({ apiVersion: 62, singlePackage: true, unpackaged: { types, version: '62.0' } } as never)
      .complete();
    const files = unzipSync(Buffer.from(result.zipFile, 'base64'));
    const parser = new XMLParser({
      isArray: (name) =>
        ['fieldPermissions', 'objectPermissions', 'layoutAssignments', 'userPermissions'].includes(name),
    });
    return parser.parse(strFromU8(files['profiles/Sales Development Rep.profile'])).Profile as Record<
      string,
      Record<string, unknown>[] | undefined
    >;
  };
  const alone = await retrieveProfile([{ name: 'Profile', members: ['Sales Development Rep'] }]);
  expect(alone.fieldPermissions).toBeUndefined();
  expect(alone.layoutAssignments).toBeUndefined();
  expect(alone.userPermissions).toEqual([{ enabled: true, name: 'ApiEnabled' }]);

  const withLead = await retrieveProfile([
    { name: 'Profile', members: ['Sales Development Rep'] },
    { name: 'CustomObject', members: ['Lead'] },
    { name: 'Layout', members: ['Lead-Lead Layout - SDR'] },
  ]);
  expect(withLead.layoutAssignments).toEqual([{ layout: 'Lead-Lead Layout - SDR' }]);
  expect(withLead.objectPermissions?.map((entry) => entry.object)).toEqual(['Lead']);
  expect(withLead.fieldPermissions?.every((entry) => String(entry.field).startsWith('Lead.'))).toBe(true);
  expect(withLead.fieldPermissions).toContainEqual({
    editable: false,
    field: 'Lead.Internal_Revenue__c',
    readable: false,
  });
});

test('read Profile: login hours per day in minutes after midnight; none without login hours', async () => {
  const org = demoOrg((definition) => {
    const finance = definition.profiles.find((profile) => profile.name === 'Finance');
    if (!finance) throw new Error('the demo org has no Finance profile');
    finance.loginHours = {
      monday: { start: '08:00', end: '18:00' },
      sunday: { start: '03:00', end: '24:00' },
    };
  });
  const hours = await startEmulator({ port: 0, org });
  try {
    const admin = await oauthConnection(hours, hours.admin.username, hours.admin.password);
    const [finance, sdr] = (await admin.metadata.read('Profile', [
      'Finance',
      'Sales Development Rep',
    ])) as unknown as {
      loginHours?: Record<string, string>;
    }[];
    expect(finance.loginHours).toEqual({
      mondayStart: '480',
      mondayEnd: '1080',
      sundayStart: '180',
      sundayEnd: '1440',
    });
    expect(sdr.loginHours).toBeUndefined();
  } finally {
    await hours.stop();
  }
});
