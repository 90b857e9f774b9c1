import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { TestData } from '../../../fixtures/test-data';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';

/**
 * Creating records through the New action and moving them along Path as the persona, against the emulator;
 * every failure names persona, record, field or stage, what was expected, what was seen and why.
 */
const AE = 'ava.ae@acme-demo.example';
const SDR = 'sam.sdr@acme-demo.example';
const FINANCE = 'fiona.finance@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: Record<string, unknown> & { kind: Step['kind'] }) =>
  ({ title: action.kind, location, ...action }) as Step;
const expectStep = (checks: Record<string, unknown>): Step =>
  step({ kind: 'expect', visible: [], hidden: [], readOnly: [], values: {}, ...checks });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

async function asPersona(browser: Parameters<typeof personaStepContext>[0], username: string) {
  const made = await personaStepContext(browser, emulator, username);
  const tracked: { sobject: string; id: string }[] = [];
  // As a run does: what the persona creates is deleted with the test data.
  const testData = new TestData(made.org);
  made.context.org = made.org;
  made.context.trackCreated = (record) => {
    tracked.push(record);
    testData.track(record);
  };
  return { ...made, tracked, testData };
}

/** An opportunity the AE owns, created as the admin, opened as the AE. */
async function openedOpportunity(made: Persona, fields: Record<string, unknown>, recordType?: string) {
  const types = await made.org.conn.query<{ Id: string; DeveloperName: string }>(
    "SELECT Id, DeveloperName FROM RecordType WHERE SobjectType = 'Opportunity'",
  );
  const recordTypeId = types.records.find((row) => row.DeveloperName === recordType)?.Id;
  const created = await made.org.conn.sobject('Opportunity').create({
    Name: 'Path journey',
    CloseDate: '2026-12-31',
    OwnerId: made.context.persona.user.id,
    ...(recordTypeId ? { RecordTypeId: recordTypeId } : {}),
    ...fields,
  });
  const id = (created as { id: string }).id;
  made.records.set('deal', { sobject: 'Opportunity', id });
  await runStep(step({ kind: 'open', record: 'deal' }), made.context);
  return id;
}

type Persona = Awaited<ReturnType<typeof asPersona>>;

const stageOf = async (made: Persona, id: string) =>
  (await made.org.conn.query<{ StageName: string }>(`SELECT StageName FROM Opportunity WHERE Id = '${id}'`))
    .records[0].StageName;

/** Runs a create step (New action) as the persona. */
const create = (made: Persona, action: Record<string, unknown>) =>
  runStep(step({ kind: 'create', ...action }), made.context);

/** Runs a path step on the opened record as the persona. */
const path = (made: Persona, action: Record<string, unknown>) =>
  runStep(step({ kind: 'path', ...action }), made.context);

/** A New Business opportunity marked Closed Won without the Amount its validation rule asks for. */
const wonWithoutAmount = {
  sobject: 'Opportunity',
  recordType: 'New_Business',
  fields: { Name: 'Won without amount', StageName: 'Closed Won', CloseDate: '2026-12-20' },
};

test.describe('create', () => {
  test('the AE creates a Renewal opportunity through the record type step; it is named, opened and deleted with the test data', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    await create(made, {
      sobject: 'Opportunity',
      recordType: 'Renewal',
      fields: { Name: 'Renewal from the New action', StageName: 'Qualification', CloseDate: '2026-12-20' },
      record: 'renewal',
    });
    const created = made.records.get('renewal');
    expect(created?.sobject).toBe('Opportunity');
    expect(made.tracked).toEqual([created]);
    const saved = await made.org.conn.query<{ Name: string; RecordType: { DeveloperName: string } }>(
      `SELECT Name, RecordType.DeveloperName FROM Opportunity WHERE Id = '${created?.id}'`,
    );
    expect(saved.records[0]).toMatchObject({
      Name: 'Renewal from the New action',
      RecordType: { DeveloperName: 'Renewal' },
    });
    expect(made.context.openRecord?.record).toEqual(created);
    await runStep(
      expectStep({
        toast: { kind: 'success', text: 'Opportunity "Renewal from the New action" was created.' },
        path: { current: 'Qualification', offers: ['Qualification', 'Negotiation/Review', 'Closed'] },
      }),
      made.context,
    );
    await made.testData.cleanUp();
    const left = await made.org.conn.query(`SELECT Id FROM Opportunity WHERE Id = '${created?.id}'`);
    expect(left.totalSize).toBe(0);
  });

  test('the SDR, with one record type, creates a lead straight in the form', async ({ browser }) => {
    const made = await asPersona(browser, SDR);
    await create(made, {
      sobject: 'Lead',
      fields: { LastName: 'Created by the SDR', Company: 'Maple Leaf Ltd' },
      record: 'lead',
    });
    const id = made.records.get('lead')?.id;
    const saved = await made.org.conn.query<{ OwnerId: string }>(
      `SELECT OwnerId FROM Lead WHERE Id = '${id}'`,
    );
    expect(saved.records[0].OwnerId).toBe(made.context.persona.user.id);
    expect(made.tracked).toHaveLength(1);
  });

  test('a persona without Create on the object fails with what the page shows and that nothing grants Create', async ({
    browser,
  }) => {
    const made = await asPersona(browser, FINANCE);
    const error = await failure(create(made, { sobject: 'Opportunity', fields: { Name: 'X' } }));
    expect(error.message).toBe(
      'Persona "finance" (Fiona Grant, fiona.finance@acme-demo.example) cannot create Opportunity: the New action ' +
        `shows "Looks like there's a problem. We can't find that page. The link may be broken or the object may not ` +
        'exist." instead of a form — neither the profile nor any permission set grants Create on Opportunity.',
    );
  });

  test('a record type the New action does not offer fails naming those offered and the profile', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const error = await failure(
      create(made, { sobject: 'Opportunity', recordType: 'Partner', fields: { Name: 'X' } }),
    );
    expect(error.message).toBe(
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot create Opportunity with record type Partner ' +
        '("Partner"): the New action offers "New Business", "Renewal" — the record type is not available to the ' +
        'profile "Account Executive" (it makes New_Business, Renewal available).',
    );
    expect(made.tracked).toEqual([]);
  });

  test('a field the persona may only read fails saying the New form has no input and why', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const error = await failure(
      create(made, {
        sobject: 'Opportunity',
        recordType: 'New_Business',
        fields: { Name: 'Discounted', Discount_Approved__c: true },
      }),
    );
    expect(error.message).toContain(
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot create Opportunity:',
    );
    expect(error.message).toContain('Opportunity.Discount_Approved__c is read-only for this persona');
    expect(error.message).toContain('the New form shows its value but has no input for it');
    expect(error.message).toContain('field-level security grants Read via profile "Account Executive"');
  });

  test('a field hidden by field-level security fails saying the New form leaves it out and why', async ({
    browser,
  }) => {
    const made = await asPersona(browser, SDR);
    const error = await failure(
      create(made, {
        sobject: 'Lead',
        fields: { LastName: 'Hidden revenue', Company: 'Maple Leaf Ltd', Internal_Revenue__c: 5000 },
      }),
    );
    expect(error.message).toBe(
      'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot create Lead: Lead.Internal_Revenue__c is not in ' +
        "the New form: the persona's page layout or field-level security leaves it out — field-level security hides " +
        'it: neither the profile nor any permission set grants Read',
    );
    expect(made.tracked).toEqual([]);
  });

  test('expectError passes when the validation rule refuses the save, and nothing is created', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    await create(made, {
      ...wonWithoutAmount,
      expectError: 'Enter an Amount before you mark the opportunity Closed Won.',
    });
    expect(made.tracked).toEqual([]);
    const found = await made.org.conn.query("SELECT Id FROM Opportunity WHERE Name = 'Won without amount'");
    expect(found.totalSize).toBe(0);
  });

  test('a save refused with another message fails naming the validation rule and what Salesforce said', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const error = await failure(create(made, wonWithoutAmount));
    expect(error.message).toBe(
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not create Opportunity: the save was refused ' +
        '(validation rule Opportunity.Closed_Won_Requires_Amount): Amount: Enter an Amount before you mark the ' +
        'opportunity Closed Won.',
    );
  });

  test('expectErrorOn: the error must show under that field; under another it fails saying where it shows', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const createExpectingErrorOn = (expectErrorOn: string) =>
      create(made, { ...wonWithoutAmount, expectError: 'Enter an Amount', expectErrorOn });
    await createExpectingErrorOn('Amount');
    const error = await failure(createExpectingErrorOn('CloseDate'));
    expect(error.message).toBe(
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example): creating Opportunity was refused (validation rule ' +
        'Opportunity.Closed_Won_Requires_Amount), but "Enter an Amount" does not show under CloseDate: it shows no ' +
        'error there. Salesforce said: Amount: Enter an Amount before you mark the opportunity Closed Won. — ' +
        'a validation rule shows its error under its error location field, or at the top of the form.',
    );
  });

  test('expectError with another text fails saying what the save was refused with, and where', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const error = await failure(create(made, { ...wonWithoutAmount, expectError: 'Enter a Close Date' }));
    expect(error.message).toBe(
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example): creating Opportunity was refused (validation rule ' +
        'Opportunity.Closed_Won_Requires_Amount), but not with "Enter a Close Date". Salesforce said: Amount: Enter ' +
        'an Amount before you mark the opportunity Closed Won.',
    );
  });
});

test.describe('path', () => {
  test('"Mark Stage as Complete" moves to the next stage; current stage, key fields and toast are checked', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Prospecting', Amount: 5000 });
    await path(made, { action: 'complete' });
    expect(await stageOf(made, id)).toBe('Qualification');
    await runStep(
      expectStep({
        path: { current: 'Qualification', keyFields: ['Amount', 'NextStep'] },
        toast: { text: 'Stage changed successfully.' },
      }),
      made.context,
    );
    await path(made, { action: 'select', stage: 'Proposal/Price Quote' });
    expect(await stageOf(made, id)).toBe('Proposal/Price Quote');
    // An edit's toast is checked the same way.
    await runStep(step({ kind: 'edit', fields: { NextStep: 'Send the quote' } }), made.context);
    await runStep(
      expectStep({ toast: { kind: 'success', text: 'Opportunity "Path journey" was saved.' } }),
      made.context,
    );
  });

  test('closing won through the closed-stage dialog passes once the amount is there', async ({ browser }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Negotiation/Review', Amount: 12000 });
    await path(made, { action: 'close', stage: 'Closed Won' });
    expect(await stageOf(made, id)).toBe('Closed Won');
    await runStep(expectStep({ path: { current: 'Closed Won' } }), made.context);
  });

  test('a close expected to be refused that was saved names the validation rule that carries the message', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    await openedOpportunity(made, { StageName: 'Negotiation/Review', Amount: 12000 });
    const error = await failure(
      path(made, { action: 'close', stage: 'Closed Won', expectError: 'Enter an Amount' }),
    );
    expect(error.message).toContain('was expected to be refused with "Enter an Amount", but it was saved');
    expect(error.message).toContain(
      '— validation rule Opportunity.Closed_Won_Requires_Amount carries this message and is active, so its condition did not hold.',
    );
  });

  test('closing won without an amount: expectError passes; without it the failure names the rule', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Negotiation/Review' });
    await path(made, { action: 'close', stage: 'Closed Won', expectError: 'Enter an Amount' });
    await runStep(expectStep({ toast: { kind: 'error', text: 'Enter an Amount' } }), made.context);
    expect(await stageOf(made, id)).toBe('Negotiation/Review');
    const error = await failure(path(made, { action: 'close', stage: 'Closed Won' }));
    expect(error.message).toBe(
      `Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not close as "Closed Won" on Opportunity ${id} (data "deal"): ` +
        'Path refused the change (validation rule Opportunity.Closed_Won_Requires_Amount): We hit a snag. ' +
        'Enter an Amount before you mark the opportunity Closed Won. (stage still "Negotiation/Review").',
    );
  });

  test('"Mark Stage as Complete" on the last open stage fails saying Path asks for the closed stage', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Negotiation/Review', Amount: 100 });
    const error = await failure(path(made, { action: 'complete' }));
    expect(error.message).toBe(
      `Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot mark the current stage "Negotiation/Review" as ` +
        `complete on Opportunity ${id} (data "deal") with "Mark Stage as Complete" alone: it is the last open stage, and Path asks ` +
        'for the closed stage in its dialog (offering Closed Won, Closed Lost). Write path: { close: Closed Won } instead.',
    );
    expect(await stageOf(made, id)).toBe('Negotiation/Review');
  });

  test('a stage the record type does not offer fails naming the stages Path offers', async ({ browser }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Qualification' }, 'Renewal');
    const error = await failure(path(made, { action: 'select', stage: 'Needs Analysis' }));
    expect(error.message).toBe(
      `Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot make "Needs Analysis" the current stage on ` +
        `Opportunity ${id} (data "deal"): Path offers no stage "Needs Analysis"; it offers Qualification, Negotiation/Review, ` +
        "Closed — Path shows the stages of the record's record type (its picklist values for the stage field).",
    );
  });

  test('path and toast expectations that do not hold are reported together, each with what Path shows; a toast without a save before it says so', async ({
    browser,
  }) => {
    const made = await asPersona(browser, AE);
    const id = await openedOpportunity(made, { StageName: 'Qualification' }, 'Renewal');
    const error = await failure(
      runStep(
        expectStep({
          path: {
            current: 'Prospecting',
            offers: ['Qualification', 'Needs Analysis', 'Closed'],
            keyFields: ['Amount', 'CloseDate'],
          },
          toast: { text: 'Stage changed successfully.' },
        }),
        made.context,
      ),
    );
    expect(error.message).toBe(
      `Persona "ae" (Ava Chen, ava.ae@acme-demo.example) on Opportunity ${id} (data "deal"):\n` +
        '  - toast: expected a toast containing "Stage changed successfully.", but no create, edit or path step ' +
        'ran before this expect, so nothing was saved to show one — add the step that saves before it.\n' +
        '  - path current stage: expected "Prospecting", but Path shows "Qualification" as current — "Prospecting" ' +
        "is not a stage of this record's record type (Path offers Qualification, Negotiation/Review, Closed)\n" +
        '  - path stages: expected Qualification, Needs Analysis, Closed, but Path offers Qualification, ' +
        'Negotiation/Review, Closed (missing Needs Analysis; also Negotiation/Review) — Path shows the stage ' +
        "field's values for the record's record type, in picklist order\n" +
        '  - path key fields: expected Amount, Close Date, but Path shows Amount, Next Step for the current stage — ' +
        "the stage's key fields differ (Setup > Path Settings, this record type's path)",
    );
  });
});
