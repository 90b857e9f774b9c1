import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, documentLoads, oauthConnection, SDR } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

// Automation seen in the browser: the New modal's record-type step, validation errors and the assignment checkbox.
const MODAL = '[data-record-modal] section.slds-modal';

test.describe('automation in the record UI', () => {
  let emulator: RunningEmulator;
  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  test.afterAll(async () => emulator?.stop());

  test('New Opportunity asks for the record type, then offers only its stages', async ({ page }) => {
    await signIn(page, emulator, AE.username, '/lightning/o/Opportunity/new?useRecordTypeCheck=1');
    const choice = page.locator('[data-record-type-choice] section.slds-modal');
    await expect(choice.locator('h2')).toHaveText('New Opportunity');
    await expect(page.getByRole('radio', { name: 'New Business' })).toBeChecked();
    await expect(choice).toContainText('Renewals skip discovery');
    await page.getByRole('radio', { name: 'Renewal' }).check();
    const documentsLoaded = await documentLoads(page);
    await page.getByRole('button', { name: 'Next' }).click();

    // Next goes on to the form in place, the address naming the chosen record type.
    await expect(page.locator(`${MODAL} h2.slds-modal__title`)).toHaveText('New Opportunity');
    await expect(page.locator('[data-record-type-choice]')).toHaveCount(0);
    await expect(page).toHaveURL(/useRecordTypeCheck=1&recordTypeId=012\w{15}$/);
    expect(documentsLoaded).toEqual([]);
    await page.getByRole('combobox', { name: 'Stage' }).click();
    const stages = page.getByRole('option').filter({ visible: true });
    await expect(stages).toHaveText([
      '--None--',
      'Qualification',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost',
    ]);
    await stages.filter({ hasText: 'Closed Won' }).click();
    await page.getByLabel('Opportunity Name').fill('Renewal from the UI');
    await page.getByLabel('Close Date').fill('Dec 20, 2026');
    await page.locator('button[name="SaveEdit"]').click();
    // The validation rule's message shows under its field, and nothing is saved.
    await expect(page.locator(`${MODAL} [data-error-for="Amount"]`)).toHaveText(
      'Enter an Amount before you mark the opportunity Closed Won.',
    );
    await page.getByLabel('Amount').fill('9000');
    await page.locator('button[name="SaveEdit"]').click();
    await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\/006\w+\/view/);

    const conn = await oauthConnection(emulator, AE.username);
    const saved = await conn.query<{ RecordType: { DeveloperName: string }; IsWon: boolean }>(
      "SELECT RecordType.DeveloperName, IsWon FROM Opportunity WHERE Name = 'Renewal from the UI'",
    );
    expect(saved.records[0]).toMatchObject({ RecordType: { DeveloperName: 'Renewal' }, IsWon: true });
  });

  test('?recordTypeId= skips the choice; an id the profile may not use brings it back', async ({ page }) => {
    const types = await idsByName(
      emulator,
      "SELECT Id, DeveloperName FROM RecordType WHERE SobjectType = 'Opportunity'",
    );
    await signIn(page, emulator, AE.username, `/lightning/o/Opportunity/new?recordTypeId=${types.Renewal}`);
    await expect(page.locator('[data-record-type-choice]')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await expect(page.getByRole('option').filter({ visible: true })).toHaveCount(5);
    await page.goto(
      `${emulator.url}/lightning/o/Opportunity/new?recordTypeId=012000000000000AAA&useRecordTypeCheck=1`,
    );
    await expect(page.locator('[data-record-type-choice]')).toBeVisible();
  });

  test("Next keeps the New URL's default values; Cancel leaves the step for the page before", async ({
    page,
  }) => {
    await signIn(page, emulator, AE.username, '/lightning/o/Opportunity/home');
    await page.goto(
      `${emulator.url}/lightning/o/Opportunity/new?useRecordTypeCheck=1&defaultFieldValues=Name=Carried%20over`,
    );
    await page.getByRole('radio', { name: 'Renewal' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel('Opportunity Name')).toHaveValue('Carried over');
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await expect(page.getByRole('option').filter({ visible: true })).toHaveCount(5);

    await page.goto(`${emulator.url}/lightning/o/Opportunity/new?useRecordTypeCheck=1`);
    await page.locator('[data-record-type-choice]').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('[data-record-type-choice]')).toHaveCount(0);
    await expect(page).toHaveURL(
      /\/lightning\/o\/Opportunity\/new\?useRecordTypeCheck=1&defaultFieldValues=/,
    );
  });

  test("New opened by URL without useRecordTypeCheck=1 opens the default record type's form", async ({
    page,
  }) => {
    await signIn(page, emulator, AE.username, '/lightning/o/Opportunity/new');
    await expect(page.locator(`${MODAL} h2.slds-modal__title`)).toHaveText('New Opportunity');
    await expect(page.locator('[data-record-type-choice]')).toHaveCount(0);
    // New Business, the default: all of its stages, not Renewal's five.
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await expect(page.getByRole('option').filter({ visible: true })).not.toHaveCount(5);
    await expect(page.getByRole('option', { name: 'Prospecting' }).filter({ visible: true })).toBeVisible();
  });

  test('"Assign using active assignment rule" routes the new lead only when ticked', async ({ page }) => {
    await signIn(page, emulator, SDR.username, '/lightning/o/Lead/new');
    const create = async (lastName: string, assign: boolean) => {
      await page.goto(`${emulator.url}/lightning/o/Lead/new`);
      await page.getByLabel('Last Name').fill(lastName);
      await page.getByLabel('Company').fill('Maple Leaf Ltd');
      await page.getByRole('combobox', { name: 'Lead Source' }).click();
      await page.getByRole('option', { name: 'Partner Referral' }).filter({ visible: true }).click();
      if (assign) await page.getByLabel('Assign using active assignment rule').check();
      await page.locator('button[name="SaveEdit"]').click();
      await expect(page).toHaveURL(/\/lightning\/r\/Lead\/00Q\w+\/view/);
    };
    await create('Kept', false);
    await create('Routed', true);
    const owners = await idsByName(
      emulator,
      "SELECT Name, OwnerId FROM Lead WHERE Company = 'Maple Leaf Ltd'",
    );
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const rows = await conn.query<{ LastName: string; Owner: { Name: string } }>(
      "SELECT LastName, Owner.Name FROM Lead WHERE Company = 'Maple Leaf Ltd' ORDER BY LastName",
    );
    expect(Object.keys(owners)).toHaveLength(2);
    expect(rows.records.map((row) => [row.LastName, row.Owner.Name])).toEqual([
      ['Kept', SDR.name],
      ['Routed', AE.name],
    ]);
  });

  test('while logged in as a persona, automation sees the persona and Setup changes carry the delegate', async ({
    page,
  }) => {
    const users = await idsByName(emulator, 'SELECT Id, Name FROM User');
    await signIn(page, emulator, emulator.admin.username, '/lightning/page/home');
    await page.goto(
      `${emulator.url}/servlet/servlet.su?oid=${emulator.orgId}&suorgadminid=${users['Sam Rivera']}&targetURL=${encodeURIComponent('/lightning/o/Lead/new')}`,
    );
    await expect(page.locator('[data-message-id="loginAsSystemMessage"]')).toContainText(
      'Logged in as Sam Rivera',
    );
    // $Profile.Name is the persona's: the administrator's exemption does not apply.
    await page.getByLabel('Last Name').fill('Impersonated');
    await page.getByLabel('Company').fill('Test');
    await page.locator('button[name="SaveEdit"]').click();
    await expect(page.locator(`${MODAL} [data-error-for="Company"]`)).toHaveText(
      "Use the lead's real company name; only administrators may create test leads.",
    );
    await page.getByLabel('Company').fill('Delegate Check Ltd');
    await page.locator('button[name="SaveEdit"]').click();
    await expect(page).toHaveURL(/\/lightning\/r\/Lead\/00Q\w+\/view/);

    await page.goto(`${emulator.url}/lightning/settings/personal/GrantLoginAccess/home`);
    const frame = page.frameLocator('force-aloha-page iframe');
    await frame.getByTitle('Access Duration for Acme Demo Administrator').selectOption({ label: '1 Week' });
    await frame.locator('input[id$=":save"]').click();
    await expect(frame.getByText('Changes Saved')).toBeVisible();

    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const lead = await conn.query<{ CreatedById: string; LastModifiedById: string }>(
      "SELECT CreatedById, LastModifiedById FROM Lead WHERE Company = 'Delegate Check Ltd'",
    );
    expect(lead.records[0]).toMatchObject({
      CreatedById: users['Sam Rivera'],
      LastModifiedById: users['Sam Rivera'],
    });
    const trail = await conn.query<{ CreatedBy: { Username: string }; DelegateUser: string }>(
      "SELECT CreatedBy.Username, DelegateUser FROM SetupAuditTrail WHERE Display LIKE 'Granted login access%' ORDER BY CreatedDate DESC LIMIT 1",
    );
    expect(trail.records[0]).toMatchObject({
      CreatedBy: { Username: SDR.username },
      DelegateUser: emulator.admin.username,
    });
  });
});
