import { expect, test } from '@playwright/test';
import { inProcessEmulator, restCaller } from './api-in-process-helpers';
import { demoOrgWithLeadField } from './helpers';

/**
 * A multi-select picklist through the API: values joined by semicolons, each checked against the restricted
 * list, and SOQL's INCLUDES / EXCLUDES (each literal a set of values, "a;b" all of them).
 */
const withInterests = () =>
  demoOrgWithLeadField(
    'Interests__c',
    { type: 'multipicklist', label: 'Interests', values: ['Web', 'Events', 'Webinars'], restricted: true },
    false,
  );

async function adminApi() {
  const emulator = inProcessEmulator(withInterests());
  const call = restCaller(emulator, { admin: await emulator.token() });
  const lead = async (company: string, interests: string | null) => {
    const made = await call('admin', '/sobjects/Lead', {
      method: 'POST',
      json: { LastName: 'Buyer', Company: company, Interests__c: interests },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  };
  const companies = async (where: string) => {
    const soql = `SELECT Company FROM Lead WHERE ${where} ORDER BY Company`;
    const answer = await call('admin', `/query?q=${encodeURIComponent(soql)}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return (answer.body.records as { Company: string }[]).map((row) => row.Company);
  };
  return { call, lead, companies };
}

test('INCLUDES finds records holding any of the sets; EXCLUDES those holding none', async () => {
  const { lead, companies } = await adminApi();
  await lead('Both Co', 'Web;Events');
  await lead('Web Co', 'Web');
  await lead('Webinar Co', 'Webinars');
  expect(await companies("Interests__c INCLUDES ('Web')")).toEqual(['Both Co', 'Web Co']);
  expect(await companies("Interests__c INCLUDES ('Events;Web')")).toEqual(['Both Co']);
  expect(await companies("Interests__c INCLUDES ('Events', 'Webinars')")).toEqual(['Both Co', 'Webinar Co']);
  expect(await companies("Interests__c != null AND Interests__c EXCLUDES ('Web')")).toEqual(['Webinar Co']);
});

test('each value is checked against the restricted list, and repeats are kept once', async () => {
  const { call, lead } = await adminApi();
  const refused = await call('admin', '/sobjects/Lead', {
    method: 'POST',
    json: { LastName: 'Buyer', Company: 'Fax Co', Interests__c: 'Web;Fax' },
  });
  expect(refused.status).toBe(400);
  expect(refused.body[0]).toMatchObject({
    errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    message: 'Interests: bad value for restricted picklist field: Fax',
  });
  await lead('Twice Co', 'Web; Web;Events');
  const soql = "SELECT Interests__c FROM Lead WHERE Company = 'Twice Co'";
  const answer = await call('admin', `/query?q=${encodeURIComponent(soql)}`);
  expect(answer.body.records[0].Interests__c).toBe('Web;Events');
});
