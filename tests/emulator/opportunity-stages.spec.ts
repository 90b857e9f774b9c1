import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { demoOrg, oauthConnection } from './helpers';

// OpportunityStage: which stages are closed and won, as a real org answers it through SOQL.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const path = org.paths.find((each) => each.object === 'Opportunity');
      if (path) path.closedLost = ['Closed Lost', 'Needs Analysis'];
    }),
  });
});
test.afterAll(async () => emulator?.stop());

test('each StageName value is an OpportunityStage row, closed and won as the Opportunity path declares', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const rows = (
    await conn.query<{ ApiName: string; MasterLabel: string; IsClosed: boolean; IsWon: boolean }>(
      'SELECT ApiName, MasterLabel, IsClosed, IsWon FROM OpportunityStage WHERE IsActive = true ORDER BY SortOrder',
    )
  ).records.map(({ ApiName, MasterLabel, IsClosed, IsWon }) => ({ ApiName, MasterLabel, IsClosed, IsWon }));
  const stages = (await conn.sobject('Opportunity').describe()).fields
    .find((field) => field.name === 'StageName')
    ?.picklistValues?.map((entry) => entry.value);
  expect(rows.map((row) => row.ApiName)).toEqual(stages);
  expect(rows.filter((row) => row.IsClosed).map((row) => row.ApiName)).toEqual([
    'Needs Analysis',
    'Closed Won',
    'Closed Lost',
  ]);
  expect(rows.filter((row) => row.IsWon).map((row) => row.MasterLabel)).toEqual(['Closed Won']);
});

test('each stage answers the probability and forecast category it sets, a closed one as won or lost', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const rows = (
    await conn.query<{
      MasterLabel: string;
      DefaultProbability: number | null;
      ForecastCategoryName: string;
    }>(
      'SELECT MasterLabel, DefaultProbability, ForecastCategoryName FROM OpportunityStage ORDER BY SortOrder',
    )
  ).records.map((row) => `${row.MasterLabel}: ${row.DefaultProbability}, ${row.ForecastCategoryName}`);
  expect(rows).toEqual([
    'Prospecting: 10, Pipeline',
    'Qualification: 10, Pipeline',
    'Needs Analysis: 0, Omitted',
    'Proposal/Price Quote: 75, Pipeline',
    'Negotiation/Review: 90, Pipeline',
    'Closed Won: 100, Closed',
    'Closed Lost: 0, Omitted',
  ]);
});
