import { expect, test } from '@playwright/test';
import type { OrgConnection } from '../../fixtures';
import { whyNotInListView } from '../../runner/steps/why-not-in-list-view';

/**
 * A list view filter of several values ("Status equals Open, Working") keeps a record with any of them, whether
 * the org describes it as `in` or as `equals` with each value: neither is named as what leaves the record out.
 */
const LEAD = { sobject: 'Lead', id: '00Q000000000001AAA' };
const PERSONA = { id: '005000000000001AAA', name: 'Sam Rivera' };

/** An org whose lead has Status Working, answering a filter query only when it keeps that value. */
function orgDescribing(operator: string, values: string[], scope = 'everything') {
  const asked: string[] = [];
  const conn = {
    version: '62.0',
    request: async () => ({ scope, whereCondition: { field: 'Status', operator, values } }),
    query: async (soql: string) => {
      asked.push(soql);
      if (soql.startsWith('SELECT Id FROM ListView')) return { records: [{ Id: '00B000000000001AAA' }] };
      if (soql.startsWith('SELECT Status')) return { records: [{ Status: 'Working' }] };
      const keeps = /Status IN \([^)]*'Working'/.test(soql) || /Status = 'Working'/.test(soql);
      return { records: keeps ? [{ Id: LEAD.id }] : [] };
    },
  };
  return { org: { conn } as unknown as OrgConnection, asked };
}

for (const operator of ['in', 'equals']) {
  test(`a filter of several values described as "${operator}" keeps a record with the second value`, async () => {
    const { org, asked } = orgDescribing(operator, ["'Open'", "'Working'"]);
    expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toEqual({
      keptBy: `the list view's scope "everything" and its filter Status equals Open, Working keep it (tried on the record through the API)`,
    });
    expect(asked).toContain(`SELECT Id FROM Lead WHERE Id = '${LEAD.id}' AND Status IN ('Open', 'Working')`);
  });
}

test('a filter of several values that the record has none of is named with the record’s value', async () => {
  const { org } = orgDescribing('equals', ["'Open'", "'Contacted'"]);
  expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toEqual({
    leftOutBy:
      "the list view's filter Status equals Open, Contacted (the record's Status is Working) leaves it out",
  });
});

test('a not-equal filter of several values leaves out a record with any of them', async () => {
  const { org, asked } = orgDescribing('notEquals', ["'Open'", "'Working'"]);
  expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toMatchObject({
    leftOutBy: expect.stringContaining('filter Status not equal to Open, Working'),
  });
  expect(asked).toContain(
    `SELECT Id FROM Lead WHERE Id = '${LEAD.id}' AND Status NOT IN ('Open', 'Working')`,
  );
});

test('a scope or filter that cannot be tried on the record is named as what may leave it out, never as keeping it', async () => {
  const team = orgDescribing('equals', ["'Working'"], 'team');
  expect(await whyNotInListView(team.org, LEAD, 'OpenLeads', PERSONA)).toEqual({
    leftOutBy:
      'the list view\'s scope "team", which cannot be tried on the record through the API, may leave it out',
  });
  const within = orgDescribing('within', ["'LAST_N_DAYS:7'"]);
  expect(await whyNotInListView(within.org, LEAD, 'OpenLeads', PERSONA)).toEqual({
    leftOutBy:
      "the list view's filter Status within LAST_N_DAYS:7, which cannot be tried on the record through the API, may leave it out",
  });
});
