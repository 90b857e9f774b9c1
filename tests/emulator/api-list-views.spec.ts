import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { demoOrg, oauthConnection, SDR } from './helpers';

// The REST list view resources: the views a user may pick, and one view's scope, query and filters.
let emulator: RunningEmulator;
let sdr: Connection;
test.beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const view = org.listViews.find((each) => each.developerName === 'MyOpenLeads');
      view?.filters.push({ field: 'Company', operator: 'startsWith', value: "O'Brien" });
    }),
  });
  sdr = await oauthConnection(emulator, SDR.username);
});
test.afterAll(async () => emulator?.stop());

const base = () => `/services/data/v${sdr.version}/sobjects/Lead/listviews`;

test('listviews names the views the user may pick, with their describe URL', async () => {
  const listed = await sdr.request<{
    listviews: { developerName: string; id: string; describeUrl: string }[];
  }>(base());
  const names = listed.listviews.map((view) => view.developerName);
  expect(names).toContain('MyOpenLeads');
  expect(names).not.toContain('HotLeads_Managers');
  const mine = listed.listviews.find((view) => view.developerName === 'MyOpenLeads');
  expect(mine?.describeUrl).toBe(`${base()}/${mine?.id}/describe`);
});

test('describe gives the scope, the query and each filter as a SOQL condition', async () => {
  const rows = await sdr.query<{ Id: string }>("SELECT Id FROM ListView WHERE DeveloperName = 'MyOpenLeads'");
  const describe = await sdr.request<Record<string, unknown>>(`${base()}/${rows.records[0].Id}/describe`);
  expect(describe).toMatchObject({
    scope: 'mine',
    sobjectType: 'Lead',
    whereCondition: {
      conjunction: 'and',
      conditions: [
        { field: 'Status', operator: 'notIn', values: ["'Closed - Converted'", "'Closed - Not Converted'"] },
        { field: 'Company', operator: 'like', values: ["'O\\'Brien%'"] },
      ],
    },
  });
  expect(describe.query).toBe(
    "SELECT Name, Company, Status, Rating, LeadSource, Id FROM Lead USING SCOPE mine WHERE Status NOT IN ('Closed - Converted', 'Closed - Not Converted') AND (Company LIKE 'O\\'Brien%') ORDER BY Name ASC",
  );
});
