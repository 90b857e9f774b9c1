import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { loginHoursByDay } from '../../runner/doctor/login-restrictions';
import { diagnoseLoginRefusal } from '../../runner/login-refusal/diagnose';
import { adminConnection } from '../e2e/cli-run';
import { demoOrg } from '../emulator/helpers';

/**
 * A refused Login-As is explained from the org: a profile's login hours, as the Metadata API Profile gives them
 * (`{day}Start`/`{day}End` in minutes after midnight, docs/salesforce-facts.md#login-hours), name the cause.
 */
const FINANCE = 'fiona.finance@acme-demo.example';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  const org = demoOrg((definition) => {
    const finance = definition.profiles.find((profile) => profile.name === 'Finance');
    if (!finance) throw new Error('the demo org has no Finance profile');
    finance.loginHours = {
      saturday: { start: '00:00', end: '00:00' },
      sunday: { start: '03:00', end: '03:01' },
    };
  });
  emulator = await startEmulator({ port: 0, org });
});
test.afterAll(async () => emulator?.stop());

test("a refusal by the profile's login hours is diagnosed as loginHours, naming the hours and the org's time zone", async () => {
  const org = await adminConnection(emulator);
  const found = await org.conn.query<{ Id: string; Name: string }>(
    `SELECT Id, Name FROM User WHERE Username = '${FINANCE}'`,
  );
  const user = { id: found.records[0].Id, username: FINANCE, name: found.records[0].Name };
  const { causes, unreadable } = await diagnoseLoginRefusal(org, user);
  expect(unreadable).toEqual([]);
  expect(causes).toEqual([
    {
      reason: 'loginHours',
      evidence:
        'profile "Finance" of fiona.finance@acme-demo.example restricts login hours (saturday no login, sunday ' +
        "03:00–03:01, in the org's default time zone when they were first set (today America/Los_Angeles)): " +
        'a Login-As outside them may be refused',
    },
  ]);
});

test('login hours read as days and clock times, a day starting and ending together as no login; what is not a day is kept as the org gave it', () => {
  expect(
    loginHoursByDay({
      fullName: 'Finance',
      mondayStart: '480',
      mondayEnd: '1080',
      saturdayStart: '0',
      saturdayEnd: '0',
      sundayStart: '0',
      sundayEnd: '1440',
    }),
  ).toEqual(['monday 08:00–18:00', 'saturday no login', 'sunday 00:00–24:00']);
  expect(loginHoursByDay({ tuesdayEnd: '600', somethingNew: 'x' })).toEqual([
    'tuesday ?–10:00',
    'somethingNew x',
  ]);
});
