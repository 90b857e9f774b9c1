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
function orgDescribing(operator: string, values: string[]) {
  const asked: string[] = [];
  const conn = {
    version: '62.0',
    request: async () => ({ scope: 'everything', whereCondition: { field: 'Status', operator, values } }),
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
    expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toBeUndefined();
    expect(asked).toContain(`SELECT Id FROM Lead WHERE Id = '${LEAD.id}' AND Status IN ('Open', 'Working')`);
  });
}

test('a filter of several values that the record has none of is named with the record’s value', async () => {
  const { org } = orgDescribing('equals', ["'Open'", "'Contacted'"]);
  expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toBe(
    "the list view's filter Status equals Open, Contacted (the record's Status is Working) leaves it out",
  );
});

test('a not-equal filter of several values leaves out a record with any of them', async () => {
  const { org, asked } = orgDescribing('notEquals', ["'Open'", "'Working'"]);
  expect(await whyNotInListView(org, LEAD, 'OpenLeads', PERSONA)).toContain(
    'filter Status not equal to Open, Working',
  );
  expect(asked).toContain(
    `SELECT Id FROM Lead WHERE Id = '${LEAD.id}' AND Status NOT IN ('Open', 'Working')`,
  );
});
