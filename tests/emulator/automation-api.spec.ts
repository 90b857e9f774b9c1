import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, demoOrg, failure, oauthConnection, SDR, userIdsByUsername } from './helpers';

// Automation in the order of execution, through jsforce, each as the running user.
const FINANCE = 'fiona.finance@acme-demo.example';

type Rec = Record<string, unknown> & { Id: string };

test.describe('automation in the demo org', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  let ae: Connection;
  let sdr: Connection;
  let users: Record<string, string>;
  let sdrQueueId: string;

  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    ae = await oauthConnection(emulator, AE.username);
    sdr = await oauthConnection(emulator, SDR.username);
    users = await userIdsByUsername(admin);
    const queue = await admin.query<Rec>("SELECT Id FROM Group WHERE DeveloperName = 'SDR_Queue'");
    sdrQueueId = queue.records[0].Id;
  });
  test.afterAll(async () => emulator?.stop());

  const create = async (conn: Connection, type: string, values: object, autoAssign?: boolean) => {
    const headers: Record<string, string> =
      autoAssign === undefined ? {} : { 'Sforce-Auto-Assign': autoAssign ? 'TRUE' : 'FALSE' };
    const result = (await conn.request({
      method: 'POST',
      url: `/sobjects/${type}`,
      body: JSON.stringify(values),
      headers: { 'Content-Type': 'application/json', ...headers },
    })) as { id: string };
    return result.id;
  };
  const get = (conn: Connection, type: string, id: string) => conn.sobject(type).retrieve(id) as Promise<Rec>;

  test('formula fields are computed on save, read-only, and described as calculated', async () => {
    const id = await create(ae, 'Opportunity', {
      Name: 'Formula check',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31',
      Amount: 1000,
      Probability: 50,
    });
    expect(await get(ae, 'Opportunity', id)).toMatchObject({
      ExpectedRevenue: 500,
      IsClosed: false,
      IsWon: false,
    });
    await ae.sobject('Opportunity').update({ Id: id, StageName: 'Closed Lost' });
    expect(await get(ae, 'Opportunity', id)).toMatchObject({ IsClosed: true, IsWon: false });

    const refused = await failure(ae.sobject('Opportunity').update({ Id: id, ExpectedRevenue: 1 }));
    expect(refused.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');

    const describe = await ae.sobject('Opportunity').describe();
    const expected = describe.fields.find((field) => field.name === 'ExpectedRevenue');
    expect(expected).toMatchObject({
      calculated: true,
      updateable: false,
      createable: false,
      type: 'currency',
    });
    // A percent is a decimal inside formulas (50% is 0.5), as in Salesforce: 1000 * 50% = 500.
    expect((expected as unknown as { calculatedFormula: string }).calculatedFormula).toBe(
      'Amount * Probability',
    );

    const leads = await admin.query<Rec>("SELECT Score_Band__c FROM Lead WHERE LastName = 'Nair'");
    expect(leads.records[0].Score_Band__c).toBe('A');
  });

  test('record types: describe per profile, the default on create, picklist subsets, refused record types', async () => {
    const types = await admin.query<Rec>(
      "SELECT Id, DeveloperName, Name, SobjectType, IsActive FROM RecordType WHERE SobjectType = 'Opportunity' ORDER BY DeveloperName",
    );
    expect(types.records.map((row) => [row.DeveloperName, row.Name, row.IsActive])).toEqual([
      ['New_Business', 'New Business', true],
      ['Renewal', 'Renewal', true],
    ]);
    const idOf = (name: string) => types.records.find((row) => row.DeveloperName === name)?.Id as string;

    const infos = async (conn: Connection) =>
      (await conn.sobject('Opportunity').describe()).recordTypeInfos.map((info) => [
        (info as unknown as { developerName: string }).developerName,
        info.available,
        info.defaultRecordTypeMapping,
      ]);
    expect(await infos(ae)).toEqual([
      ['New_Business', true, true],
      ['Renewal', true, false],
      ['Master', false, false],
    ]);
    const finance = await oauthConnection(emulator, FINANCE);
    expect(await infos(finance)).toEqual([
      ['New_Business', false, false],
      ['Renewal', true, true],
      ['Master', false, false],
    ]);

    const opportunity = { Name: 'RT check', StageName: 'Qualification', CloseDate: '2026-12-31', Amount: 10 };
    const defaulted = await create(ae, 'Opportunity', opportunity);
    expect((await get(ae, 'Opportunity', defaulted)).RecordTypeId).toBe(idOf('New_Business'));

    const outsideSubset = await failure(
      create(ae, 'Opportunity', { ...opportunity, RecordTypeId: idOf('Renewal'), StageName: 'Prospecting' }),
    );
    expect(outsideSubset.errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    expect(outsideSubset.message).toBe('Stage: bad value for restricted picklist field: Prospecting');
    const renewal = await create(ae, 'Opportunity', { ...opportunity, RecordTypeId: idOf('Renewal') });
    expect((await get(ae, 'Opportunity', renewal)).RecordTypeId).toBe(idOf('Renewal'));

    const notForFinance = await failure(
      finance.sobject('Opportunity').update({ Id: renewal, RecordTypeId: idOf('New_Business') }),
    );
    expect(notForFinance.errorCode).toBe('INVALID_CROSS_REFERENCE_KEY');
    expect(notForFinance.message).toBe(
      `Record Type ID: this ID value isn't valid for the user: ${idOf('New_Business')}`,
    );
  });

  test('validation rules fail the save with their message and field, as the running user', async () => {
    const id = await create(ae, 'Opportunity', {
      Name: 'No amount',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31',
    });
    const response = await ae
      .request({
        method: 'PATCH',
        url: `/sobjects/Opportunity/${id}`,
        body: JSON.stringify({ StageName: 'Closed Won' }),
        headers: { 'Content-Type': 'application/json' },
      })
      .then(
        () => undefined,
        (error: Error & { errorCode?: string; data?: unknown }) => error,
      );
    expect(response?.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(response?.message).toBe('Enter an Amount before you mark the opportunity Closed Won.');
    expect((await get(ae, 'Opportunity', id)).StageName).toBe('Prospecting');

    // $Profile.Name: the SDR may not create a "Test" lead; the administrator may.
    const sdrTest = await failure(sdr.sobject('Lead').create({ LastName: 'T', Company: 'Test' }));
    expect(sdrTest.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(sdrTest.message).toBe(
      "Use the lead's real company name; only administrators may create test leads.",
    );
    const adminTest = await admin.sobject('Lead').create({ LastName: 'T', Company: 'Test' });
    expect(adminTest.success).toBe(true);
  });

  test('every failing validation rule is reported, with its field', async () => {
    const raw = await fetch(`${emulator.url}/services/data/v62.0/sobjects/Opportunity`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ae.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ Name: 'Won, no amount', StageName: 'Closed Won', CloseDate: '2026-12-31' }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual([
      {
        message: 'Enter an Amount before you mark the opportunity Closed Won.',
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        fields: ['Amount'],
      },
    ]);
  });

  test('assignment rules are AssignmentRule rows with their object and state, read-only', async () => {
    const rules = await admin.query<Rec>(
      'SELECT Name, SobjectType, Active FROM AssignmentRule ORDER BY Name',
    );
    expect(rules.records.map(({ Name, SobjectType, Active }) => ({ Name, SobjectType, Active }))).toEqual([
      { Name: 'Standard Lead Routing', SobjectType: 'Lead', Active: true },
      { Name: 'Support Routing', SobjectType: 'Case', Active: true },
    ]);
    const error = await failure(create(admin, 'AssignmentRule', { Name: 'Mine', SobjectType: 'Lead' }));
    expect(error.message).toContain('Unable to create/update fields: Name, SobjectType');
  });

  test('a before-save flow sets Rating from the score', async () => {
    const id = await create(admin, 'Lead', { LastName: 'Scored', Company: 'Acme', Lead_Score__c: 85 }, false);
    expect(await get(admin, 'Lead', id)).toMatchObject({ Rating: 'Hot', Score_Band__c: 'A' });
    const cold = await create(admin, 'Lead', { LastName: 'Cold', Company: 'Acme', Lead_Score__c: 20 }, false);
    expect((await get(admin, 'Lead', cold)).Rating).toBeNull();
  });

  test('lead assignment rules run only when asked, on create and on update', async () => {
    const adminId = users['admin@acme-demo.example'];
    const owner = async (id: string) => (await get(admin, 'Lead', id)).OwnerId;
    expect(await owner(await create(admin, 'Lead', { LastName: 'W', Company: 'A', LeadSource: 'Web' }))).toBe(
      sdrQueueId,
    );
    expect(
      await owner(await create(admin, 'Lead', { LastName: 'C', Company: 'A', Country: 'Canada' }, true)),
    ).toBe(users[SDR.username]);
    const kept = await create(
      admin,
      'Lead',
      { LastName: 'P', Company: 'A', LeadSource: 'Partner Referral' },
      false,
    );
    expect(await owner(kept)).toBe(adminId);
    // Updates run the rule too unless Sforce-Auto-Assign: FALSE is sent.
    await admin.request({
      method: 'PATCH',
      url: `/sobjects/Lead/${kept}`,
      body: JSON.stringify({ Title: 'CTO' }),
      headers: { 'Content-Type': 'application/json', 'Sforce-Auto-Assign': 'FALSE' },
    });
    expect(await owner(kept)).toBe(adminId);
    await admin.sobject('Lead').update({ Id: kept, Title: 'CEO' });
    expect(await owner(kept)).toBe(users[AE.username]);
    const unmatched = await create(admin, 'Lead', { LastName: 'U', Company: 'A', LeadSource: 'Other' }, true);
    expect(await owner(unmatched)).toBe(adminId);
  });

  test('case assignment rules: high priority to the CSM, everything else to the queue', async () => {
    const owner = async (id: string) => (await get(admin, 'Case', id)).OwnerId;
    const queue = await admin.query<Rec>(
      "SELECT Id FROM Group WHERE DeveloperName = 'Customer_Success_Queue'",
    );
    expect(await owner(await create(admin, 'Case', { Subject: 'Outage', Priority: 'High' }))).toBe(
      users['casey.csm@acme-demo.example'],
    );
    expect(await owner(await create(admin, 'Case', { Subject: 'Question', Priority: 'Low' }))).toBe(
      queue.records[0].Id,
    );
    expect(await owner(await create(admin, 'Case', { Subject: 'Kept', Priority: 'Low' }, false))).toBe(
      users['admin@acme-demo.example'],
    );
  });

  test('an after-save flow creates a Task for the new owner; deleting the lead deletes it', async () => {
    const id = await create(admin, 'Lead', {
      LastName: 'Web',
      Company: 'Maple',
      LeadSource: 'Web',
      Country: 'Canada',
    });
    const tasks = await admin.query<Rec>(
      `SELECT Subject, OwnerId, Priority, ActivityDate FROM Task WHERE WhoId = '${id}'`,
    );
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(tasks.records.map(({ attributes: _, ...task }) => task)).toEqual([
      { Subject: 'Call new lead', OwnerId: users[SDR.username], Priority: 'High', ActivityDate: tomorrow },
    ]);
    // Created by the flow as the user whose save triggered it.
    const createdBy = await admin.query<Rec>(`SELECT CreatedById FROM Task WHERE WhoId = '${id}'`);
    expect(createdBy.records[0].CreatedById).toBe(users['admin@acme-demo.example']);

    // Queued web leads get no task until a person takes them.
    const queued = await create(admin, 'Lead', { LastName: 'Queued', Company: 'Q', LeadSource: 'Web' });
    expect((await admin.query(`SELECT Id FROM Task WHERE WhoId = '${queued}'`)).totalSize).toBe(0);
    await admin.request({
      method: 'PATCH',
      url: `/sobjects/Lead/${queued}`,
      body: JSON.stringify({ OwnerId: users[SDR.username] }),
      headers: { 'Content-Type': 'application/json', 'Sforce-Auto-Assign': 'FALSE' },
    });
    expect((await admin.query(`SELECT Id FROM Task WHERE WhoId = '${queued}'`)).totalSize).toBe(1);

    await admin.sobject('Lead').destroy(id);
    expect((await admin.query(`SELECT Id FROM Task WHERE WhoId = '${id}'`)).totalSize).toBe(0);
  });

  test('an email alert is recorded once, when the opportunity becomes Closed Won', async () => {
    const sent = async () =>
      (
        (await (
          await fetch(`${emulator.url}/_emulator/sent-emails`, {
            headers: { Authorization: `Bearer ${admin.accessToken}` },
          })
        ).json()) as { alert: string; relatedToId: string; to: string[]; subject: string; body: string }[]
      ).filter((email) => email.alert === 'Deal_Won');
    const before = (await sent()).length;
    const id = await create(ae, 'Opportunity', {
      Name: 'Big Win',
      StageName: 'Negotiation/Review',
      CloseDate: '2026-12-31',
      Amount: 5000,
    });
    await ae.sobject('Opportunity').update({ Id: id, StageName: 'Closed Won' });
    await ae.sobject('Opportunity').update({ Id: id, NextStep: 'Kick-off' });
    const alerts = (await sent()).slice(before);
    expect(alerts).toEqual([
      {
        alert: 'Deal_Won',
        flow: 'Opportunity_Won_Alert',
        relatedToId: id,
        to: ['ava.chen@acme-demo.example', 'fiona.grant@acme-demo.example'],
        subject: 'Deal won: Big Win',
        body: 'Big Win closed at 5000.',
        sentAt: expect.any(String),
      },
    ]);
    const forbidden = await fetch(`${emulator.url}/_emulator/sent-emails`, {
      headers: { Authorization: `Bearer ${sdr.accessToken}` },
    });
    expect(forbidden.status).toBe(403);
  });

  test('an allOrNone collection that fails undoes the automation of the records before it', async () => {
    const callTasks = async () =>
      (await admin.query("SELECT Id FROM Task WHERE Subject = 'Call new lead'")).totalSize;
    const tasksBefore = await callTasks();
    const results = (await admin.request({
      method: 'POST',
      url: '/composite/sobjects',
      body: JSON.stringify({
        allOrNone: true,
        records: [
          {
            attributes: { type: 'Lead' },
            LastName: 'Rolled',
            Company: 'Back',
            LeadSource: 'Web',
            Country: 'Canada',
          },
          { attributes: { type: 'Lead' }, LastName: 'Broken' },
        ],
      }),
      headers: { 'Content-Type': 'application/json' },
    })) as { success: boolean }[];
    expect(results.map((result) => result.success)).toEqual([false, false]);
    expect((await admin.query("SELECT Id FROM Lead WHERE LastName = 'Rolled'")).totalSize).toBe(0);
    expect(await callTasks()).toBe(tasksBefore);
  });
});

test.describe('automation defined by the test', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  test.beforeAll(async () => {
    const org = demoOrg((definition) => {
      definition.flows.push(
        {
          name: 'Stamp_Description',
          object: 'Account',
          active: true,
          trigger: 'afterSave',
          on: 'update',
          condition: 'AND(ISCHANGED(Industry), TEXT(Industry) = "Finance", $User.Alias = "aadmin")',
          runOnUpdate: 'everyTime',
          actions: [{ updateRecord: { Description: 'Industry changed from {!$Record__Prior.Industry}' } }],
        },
        {
          name: 'Big_Finance_Accounts',
          object: 'Account',
          active: true,
          trigger: 'beforeSave',
          on: 'createOrUpdate',
          filters: [
            { field: 'Industry', operator: 'EqualTo', value: 'Finance' },
            { field: 'AnnualRevenue', operator: 'GreaterThan', value: 1000000 },
            { field: 'Name', operator: 'StartsWith', value: 'Big' },
          ],
          filterLogic: '1 AND (2 OR 3)',
          runOnUpdate: 'everyTime',
          actions: [{ updateRecord: { Description: 'Big finance' } }],
        },
        {
          name: 'Broken_Task',
          label: 'Account - broken task',
          object: 'Account',
          active: true,
          trigger: 'afterSave',
          on: 'create',
          condition: 'Name = "Breaks"',
          runOnUpdate: 'everyTime',
          // Task requires a Subject: the flow fails, and so does the save.
          actions: [{ createRecord: { object: 'Task', fields: { WhatId: '{!$Record.Id}' } } }],
        },
      );
    });
    emulator = await startEmulator({ port: 0, org });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  });
  test.afterAll(async () => emulator?.stop());

  test('an after-save flow on update writes back to the record, with TEXT, $User and the prior value', async () => {
    const { id } = await admin.sobject('Account').create({ Name: 'Flow Co', Industry: 'Retail' });
    const description = async () =>
      (
        await admin.query<{ Description: string | null }>(
          `SELECT Description FROM Account WHERE Id = '${id}'`,
        )
      ).records[0].Description;
    await admin.sobject('Account').update({ Id: id as string, Phone: '555' });
    expect(await description()).toBeNull();
    await admin.sobject('Account').update({ Id: id as string, Industry: 'Finance' });
    expect(await description()).toBe('Industry changed from Retail');
  });

  test('a failing flow stops the save with CANNOT_EXECUTE_FLOW_TRIGGER and leaves nothing behind', async () => {
    const refused = await failure(admin.sobject('Account').create({ Name: 'Breaks' }));
    expect(refused.errorCode).toBe('CANNOT_EXECUTE_FLOW_TRIGGER');
    expect(refused.message).toContain('the “Account - broken task” process failed');
    expect(refused.message).toContain('Required fields are missing: [Subject]');
    expect((await admin.query("SELECT Id FROM Account WHERE Name = 'Breaks'")).totalSize).toBe(0);
  });

  test("a flow's entry filters decide whether it runs, under their custom logic, and read back as Flow metadata", async () => {
    const description = async (fields: Record<string, unknown>) => {
      const { id } = await admin.sobject('Account').create(fields);
      const rows = await admin.query<{ Description: string | null }>(
        `SELECT Description FROM Account WHERE Id = '${id}'`,
      );
      return rows.records[0].Description;
    };
    expect(await description({ Name: 'Big Bank', Industry: 'Finance' })).toBe('Big finance');
    expect(await description({ Name: 'Rich Bank', Industry: 'Finance', AnnualRevenue: 2000000 })).toBe(
      'Big finance',
    );
    expect(await description({ Name: 'Small Bank', Industry: 'Finance', AnnualRevenue: 10 })).toBeNull();
    expect(await description({ Name: 'Big Shop', Industry: 'Retail' })).toBeNull();

    const flow = (await admin.metadata.read('Flow', 'Big_Finance_Accounts')) as unknown as {
      start: { filterLogic: string; filters: { field: string; operator: string; value: object }[] };
    };
    expect(flow.start.filterLogic).toBe('1 AND (2 OR 3)');
    // jsforce types each value by Flow's schema, and adds the empty elements it declares (processMetadataValues).
    expect(flow.start.filters).toEqual([
      expect.objectContaining({ field: 'Industry', operator: 'EqualTo', value: { stringValue: 'Finance' } }),
      expect.objectContaining({
        field: 'AnnualRevenue',
        operator: 'GreaterThan',
        value: { numberValue: 1000000 },
      }),
      expect.objectContaining({ field: 'Name', operator: 'StartsWith', value: { stringValue: 'Big' } }),
    ]);
  });
});
