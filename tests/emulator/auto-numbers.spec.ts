import { expect, test } from '@playwright/test';
import { formatAutoNumber } from '../../emulator/model/auto-numbers';
import { saveFromUi } from '../../emulator/routes/record-save';
import { inProcessEmulator, restCaller } from './api-in-process-helpers';
import { definitionProblems, demoOrg, editedDemoText, lineOf } from './helpers';

// Auto Number fields (Case.CaseNumber in the demo org): assigned by the org on insert, through the API and the
// UI alike, never written by anyone, and the record's name wherever the name field is shown.
const V = '/services/data/v62.0';
const CSM = 'casey.csm@acme-demo.example';

async function setup(org = demoOrg()) {
  const emulator = inProcessEmulator(org);
  const tokens = { admin: await emulator.token(), csm: await emulator.token(CSM) };
  const call = restCaller(emulator, tokens, V);
  const createCase = async (
    who: keyof typeof tokens = 'admin',
    json: object = { Subject: 'Printer on fire' },
  ) => call(who, '/sobjects/Case', { method: 'POST', json });
  const caseNumberOf = async (id: string) =>
    (await call('admin', `/sobjects/Case/${id}?fields=CaseNumber`)).body.CaseNumber as string;
  return { ...emulator, call, createCase, caseNumberOf };
}

test('describe says CaseNumber is the auto-numbered name field nobody can write', async () => {
  const org = await setup();
  const described = await org.call('csm', '/sobjects/Case/describe');
  const field = described.body.fields.find((each: { name: string }) => each.name === 'CaseNumber');
  expect(field).toMatchObject({
    type: 'string',
    autoNumber: true,
    nameField: true,
    createable: false,
    updateable: false,
    nillable: false,
    calculated: false,
    defaultedOnCreate: true,
    idLookup: true,
  });
  const subject = described.body.fields.find((each: { name: string }) => each.name === 'Subject');
  expect(subject).toMatchObject({ autoNumber: false, nameField: false });
});

test('each case created through the API gets the next number in the display format, never one given back', async () => {
  const org = await setup();
  const first = (await org.createCase()).body.id as string;
  const second = (await org.createCase('csm')).body.id as string;
  const [one, two] = [await org.caseNumberOf(first), await org.caseNumberOf(second)];
  expect(one).toMatch(/^\d{8}$/);
  expect(Number(two)).toBe(Number(one) + 1);
  expect((await org.call('admin', `/sobjects/Case/${second}`, { method: 'DELETE' })).status).toBe(204);
  const third = (await org.createCase()).body.id as string;
  expect(Number(await org.caseNumberOf(third))).toBe(Number(one) + 2);
  const queried = await org.call(
    'admin',
    `/query?q=${encodeURIComponent(`SELECT CaseNumber FROM Case WHERE Id = '${third}'`)}`,
  );
  expect(queried.body.records[0].CaseNumber).toBe(await org.caseNumberOf(third));
});

test('the first case gets the starting number, with at least as many digits as the format has zeros', async () => {
  const org = await setup(
    demoOrg((definition) => {
      const field = definition.objects.Case?.fields.CaseNumber;
      if (!field) throw new Error('the demo org has no Case.CaseNumber');
      Object.assign(field, { displayFormat: 'CASE-{0000}', startingNumber: 42 });
    }),
  );
  const id = (await org.createCase()).body.id as string;
  expect(await org.caseNumberOf(id)).toBe('CASE-0042');
});

test('writing CaseNumber on insert or update is refused as a field the user cannot write', async () => {
  const org = await setup();
  const refused = await org.createCase('admin', { Subject: 'Mine', CaseNumber: '00000001' });
  expect(refused.status).toBe(400);
  expect(refused.body[0]).toMatchObject({
    errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    fields: ['CaseNumber'],
  });
  const id = (await org.createCase()).body.id as string;
  const before = await org.caseNumberOf(id);
  const update = await org.call('admin', `/sobjects/Case/${id}`, {
    method: 'PATCH',
    json: { CaseNumber: '99999999' },
  });
  expect(update.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' });
  expect(await org.caseNumberOf(id)).toBe(before);
});

test('a case saved from the New form gets its number, and the UI names it by that number', async () => {
  const org = await setup();
  const type = org.state.object('Case');
  const user = org.state.userByUsername(CSM);
  if (!type || !user) throw new Error('the demo org lacks Case or the CSM');
  const saved = saveFromUi(org.state, user, type, undefined, { Subject: 'From the form', Status: 'New' });
  expect(saved.success).toBe(true);
  expect(saved.name).toBe(await org.caseNumberOf(saved.id as string));
  expect(saved.name).toMatch(/^\d{8}$/);
  const sosl = `FIND {${saved.name}} IN NAME FIELDS RETURNING Case(Id)`;
  const searched = await org.call('csm', `/search?q=${encodeURIComponent(sosl)}`);
  expect(JSON.stringify(searched.body)).toContain(saved.id as string);
});

test('a display format is filled with the number and the day of insert', () => {
  const day = new Date(Date.UTC(2026, 2, 7));
  expect(formatAutoNumber('{00000000}', 1026, day)).toBe('00001026');
  expect(formatAutoNumber('INV-{YYYY}{MM}{DD}-{000}', 7, day)).toBe('INV-20260307-007');
  expect(formatAutoNumber('{YY}/{0}', 12345, day)).toBe('26/12345');
});

test('an autonumber field without a display format, or with a wrong one, names the line and the fix', () => {
  const missing = editedDemoText([
    'CaseNumber: { type: autonumber, label: Case Number, displayFormat: "{00000000}", startingNumber: 1001 }',
    'CaseNumber: { type: autonumber, label: Case Number }',
  ]);
  expect(definitionProblems(missing)).toEqual([
    `org.yaml:${lineOf(missing, 'CaseNumber: {')}:19 objects.Case.fields.CaseNumber: An autonumber field needs displayFormat, such as {00000000} or CASE-{0000}`,
  ]);
  const wrong = editedDemoText(['displayFormat: "{00000000}"', 'displayFormat: "CASE-{####}"']);
  expect(definitionProblems(wrong)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^org\\.yaml:${lineOf(wrong, 'CaseNumber: {')}:\\d+ objects\\.Case\\.fields\\.CaseNumber\\.displayFormat: Expected a display format with one run of zeros in braces`,
      ),
    ),
  ]);
  const misplaced = editedDemoText([
    'Subject: { type: text, label: Subject, length: 255 }',
    'Subject: { type: text, label: Subject, length: 255, startingNumber: 5 }',
  ]);
  expect(definitionProblems(misplaced)).toEqual([
    expect.stringContaining(
      'objects.Case.fields.Subject.startingNumber: Only an autonumber field has startingNumber; remove it',
    ),
  ]);
});
