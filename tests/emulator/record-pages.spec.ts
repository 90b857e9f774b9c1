import { expect, type Locator, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { Frontdoor } from '../../pages/frontdoor';
import { RecordPage } from '../../pages/record-page';
import { renderedText } from '../../pages/rendered-text';
import { newTestContext } from '../test-contexts';
import { AE, DEMO_PASSWORD, demoOrg, documentLoads, oauthConnection, SDR } from './helpers';

// Record pages, inline edit, Edit/New modals, toasts, related lists, latency profiles.
const item = (object: string, field: string) =>
  `records-record-layout-item[data-target-selection-name="sfdc:RecordField.${object}.${field}"]`;
const formField = (object: string, field: string) => `[data-record-modal] ${item(object, field)}`;
const INLINE_FOOTER = 'records-form-footer.inline-edit-footer';
/** The text an element shows through shadow roots and slots, as a user reads it. */
const shown = async (locator: Locator) => (await locator.evaluate(renderedText)).replace(/\s+/g, ' ').trim();
const value = (page: Page, object: string, field: string) =>
  shown(page.locator(`${item(object, field)} [slot="outputField"]`).first());
const TOAST = 'div.forceToastMessage[data-key="success"]';

async function signIn(page: Page, emulator: RunningEmulator, username: string): Promise<void> {
  await page.goto(`${emulator.url}/secur/logout.jsp`);
  await page.goto(`${emulator.url}/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#Login').click();
  await page.waitForURL(`${emulator.url}/lightning/page/home`);
}

async function leadId(emulator: RunningEmulator, company: string): Promise<string> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const result = await conn.query<{ Id: string }>(`SELECT Id FROM Lead WHERE Company = '${company}'`);
  return result.records[0].Id;
}

test.describe('record pages of the demo org', () => {
  let emulator: RunningEmulator;
  test.beforeEach(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  test.afterEach(async () => emulator?.stop());

  test('the highlights panel shows the compact layout fields the viewer may read', async ({ page }) => {
    await signIn(page, emulator, AE.username);
    await page.goto(`${emulator.url}/lightning/r/Lead/${await leadId(emulator, 'Globex')}/view`);
    const details = page.locator('records-highlights2 records-highlights-details-item');
    await expect(details.locator('.slds-text-title')).toHaveText([
      'Title',
      'Company',
      'Phone',
      'Email',
      'Lead Owner',
    ]);
    expect(await shown(details.nth(1).locator('[slot="outputField"]'))).toBe('Globex');
    expect(await shown(page.locator('records-highlights2 [slot="primaryField"]'))).toBe('Priya Nair');
  });

  test('fields read-only for the SDR have no inline edit button; editable ones do', async ({ page }) => {
    await signIn(page, emulator, SDR.username);
    await page.goto(`${emulator.url}/lightning/r/Lead/${await leadId(emulator, 'Northwind Traders')}/view`);
    await expect(page.locator(item('Lead', 'Lead_Score__c'))).toBeVisible();
    await expect(
      page.locator(`${item('Lead', 'Lead_Score__c')} button[title="Edit Lead Score"]`),
    ).toHaveCount(0);
    await expect(page.locator(`${item('Lead', 'Lead_Score__c')} .is-read-only`)).toHaveCount(1);
    await expect(page.locator(`${item('Lead', 'Company')} button[title="Edit Company"]`)).toHaveCount(1);
    await expect(page.locator(`${item('Lead', 'CreatedById')} button[title^="Edit "]`)).toHaveCount(0);
  });

  test('inline edit saves through DML as the running user and shows the new value in place', async ({
    page,
  }) => {
    await signIn(page, emulator, SDR.username);
    const id = await leadId(emulator, 'Northwind Traders');
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    const documentsLoaded = await documentLoads(page);
    await page.locator(`${item('Lead', 'Title')} button[title="Edit Title"]`).click();
    await page.locator(`${item('Lead', 'Title')} input[name="Title"]`).fill('VP Operations');
    await page.locator(`${INLINE_FOOTER} button[name="SaveEdit"]`).click();
    await expect.poll(() => value(page, 'Lead', 'Title')).toBe('VP Operations');
    await expect(page.locator(INLINE_FOOTER).filter({ visible: true })).toHaveCount(0);
    expect(documentsLoaded).toEqual([]);
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const lead = await conn.sobject('Lead').retrieve(id);
    const sdr = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${SDR.username}'`);
    expect(lead.Title).toBe('VP Operations');
    expect(lead.LastModifiedById).toBe(sdr.records[0].Id);
  });

  test('inline edit shows the save error in place', async ({ page }) => {
    await signIn(page, emulator, SDR.username);
    await page.goto(`${emulator.url}/lightning/r/Lead/${await leadId(emulator, 'Northwind Traders')}/view`);
    await page.locator(`${item('Lead', 'Company')} button[title="Edit Company"]`).click();
    await page.locator(`${item('Lead', 'Company')} input[name="Company"]`).fill('');
    await page.locator(`${INLINE_FOOTER} button[name="SaveEdit"]`).click();
    await expect(page.locator(`${item('Lead', 'Company')} [data-error-for="Company"]`)).toHaveText(
      'Complete this field.',
    );
    await expect(page.locator(`${INLINE_FOOTER} ul.errorsList li`)).toHaveText(
      'These required fields must be completed: Company',
    );
  });

  test('Cancel ends inline edit in place, the page showing the values as saved', async ({ page }) => {
    await signIn(page, emulator, SDR.username);
    await page.goto(`${emulator.url}/lightning/r/Lead/${await leadId(emulator, 'Northwind Traders')}/view`);
    const before = await value(page, 'Lead', 'Company');
    const documentsLoaded = await documentLoads(page);
    await page.locator(`${item('Lead', 'Company')} button[title="Edit Company"]`).click();
    await page.locator(`${item('Lead', 'Company')} input[name="Company"]`).fill('Not saved');
    await page.locator(`${INLINE_FOOTER} button[name="CancelEdit"]`).click();
    await expect(page.locator(`${item('Lead', 'Company')} input[name="Company"]`)).toHaveCount(0);
    expect(await value(page, 'Lead', 'Company')).toBe(before);
    expect(documentsLoaded).toEqual([]);
  });

  test('the Edit modal: required-field error, then a save with the toast, the page rendered in place', async ({
    page,
  }) => {
    await signIn(page, emulator, AE.username);
    await page.goto(`${emulator.url}/lightning/r/Lead/${await leadId(emulator, 'Globex')}/view`);
    const documentsLoaded = await documentLoads(page);
    await page.locator('button[name="Edit"]').click();
    const modal = page.locator('[data-record-modal] section.slds-modal div.slds-modal__container');
    await expect(modal).toBeVisible();
    await expect(modal.locator('h2.slds-modal__title')).toHaveText('Edit Priya Nair');
    await page.getByLabel('Company').fill('');
    await page.getByRole('combobox', { name: 'Lead Status' }).click();
    await page.getByRole('option', { name: '--None--' }).filter({ visible: true }).click();
    await page.getByRole('dialog').locator('button[name="SaveEdit"]').click();
    await expect(page.getByRole('dialog').locator('records-record-edit-error-header h2')).toHaveText(
      'We hit a snag.',
    );
    await expect(modal).toContainText('Review the errors on this page.');
    await expect(modal.locator('ul.errorsList li')).toHaveText(
      'These required fields must be completed: Company, Lead Status',
    );
    await expect(modal.locator('[data-error-for="Status"]')).toHaveText('Complete this field.');
    await expect(modal.locator('[data-error-for="Company"]')).toHaveText('Complete this field.');
    await page.getByRole('combobox', { name: 'Lead Status' }).click();
    await page.getByRole('option', { name: 'Closed - Not Converted' }).filter({ visible: true }).click();
    await page.getByLabel('Company').fill('Globex Industrial');
    await page.getByRole('dialog').locator('button[name="SaveEdit"]').click();
    await expect(page.locator(TOAST)).toHaveAttribute('role', 'alert');
    await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Lead "Priya Nair" was saved.');
    await expect(page.locator('[data-record-modal]')).toHaveCount(0);
    await expect.poll(() => value(page, 'Lead', 'Status')).toBe('Closed - Not Converted');
    await expect.poll(() => value(page, 'Lead', 'Company')).toBe('Globex Industrial');
    expect(documentsLoaded).toEqual([]);
  });

  test('the modal offers no input for fields the SDR may only read, and the server refuses them (FLS)', async ({
    page,
  }) => {
    await signIn(page, emulator, SDR.username);
    const id = await leadId(emulator, 'Northwind Traders');
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    await page.locator('button[name="Edit"]').click();
    await expect(page.locator(formField('Lead', 'Company')).locator('input[name="Company"]')).toBeVisible();
    expect(
      await shown(page.locator(formField('Lead', 'Lead_Score__c')).locator('[slot="outputField"]')),
    ).toContain('72');
    await expect(page.locator(formField('Lead', 'Lead_Score__c')).locator('input')).toHaveCount(0);
    await expect(page.locator(formField('Lead', 'Internal_Revenue__c'))).toHaveCount(0);
    const refused = await page.request.post(`${emulator.url}/aura/record/Lead/${id}/save`, {
      data: { values: { Lead_Score__c: 99 } },
    });
    const body = await refused.json();
    expect(body.success).toBe(false);
    expect(body.pageErrors[0]).toContain('Unable to create/update fields: Lead_Score__c');
    const hidden = await page.request.post(`${emulator.url}/aura/record/Lead/${id}/save`, {
      data: { values: { Internal_Revenue__c: 1 } },
    });
    expect((await hidden.json()).pageErrors[0]).toBe(
      "No such column 'Internal_Revenue__c' on sobject of type Lead",
    );
    await page.getByRole('dialog').locator('button[name="CancelEdit"]').click();
    await expect(page.locator('[data-record-modal]')).toHaveCount(0);
  });

  test('New with defaultFieldValues creates a lead owned by the persona and opens it in place', async ({
    page,
  }) => {
    await signIn(page, emulator, SDR.username);
    await page.goto(
      `${emulator.url}/lightning/o/Lead/new?defaultFieldValues=Company=Acme%20Rockets,LastName=Doe`,
    );
    const documentsLoaded = await documentLoads(page);
    await expect(page.locator('[data-record-modal] section.slds-modal h2.slds-modal__title')).toHaveText(
      'New Lead',
    );
    await expect(page.locator('input[name="Company"]')).toHaveValue('Acme Rockets');
    await expect(page.locator('input[name="LastName"]')).toHaveValue('Doe');
    await expect(page.locator('abbr.slds-required')).not.toHaveCount(0);
    await page.getByLabel('First Name').fill('Jane');
    await page.getByRole('dialog').locator('button[name="SaveEdit"]').click();
    await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Lead "Jane Doe" was created.');
    await expect(page).toHaveURL(/\/lightning\/r\/Lead\/00Q\w{15}\/view$/);
    await expect.poll(() => value(page, 'Lead', 'OwnerId')).toBe(SDR.name);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(documentsLoaded).toEqual([]);
  });

  test('related lists on the Related tab count the child records', async ({ page }) => {
    const conn = await oauthConnection(emulator, AE.username);
    const account = await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'");
    const accountId = account.records[0].Id;
    for (const lastName of ['Lumbergh', 'Waddams']) {
      await conn.sobject('Contact').create({ LastName: lastName, AccountId: accountId, Title: 'Manager' });
    }
    await signIn(page, emulator, AE.username);
    await page.goto(`${emulator.url}/lightning/r/Account/${accountId}/view`);
    await page.getByRole('tab', { name: 'Related' }).click();
    const contacts = page
      .locator('article.slds-card')
      .filter({ has: page.locator('span[title="Contacts"]') });
    await expect(contacts.locator('span.countText')).toHaveText('(2)');
    await expect(contacts.locator('tbody tr')).toHaveCount(2);
    const opportunities = page
      .locator('article.slds-card')
      .filter({ has: page.locator('span[title="Opportunities"]') });
    await expect(opportunities.locator('span.countText')).toHaveText('(0)');
    await expect(page.locator('button[name="New"]')).toBeVisible();
    await page.locator('a[data-label="Details"]').click();
    await expect(page.locator(item('Account', 'Name'))).toBeVisible();
  });

  test("Delete asks first, then deletes, says so and goes on to the object's home in place", async ({
    page,
  }) => {
    await signIn(page, emulator, AE.username);
    const id = await leadId(emulator, 'Globex');
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    const documentsLoaded = await documentLoads(page);
    await page.locator('button[name="Delete"]').click();
    await page.locator('[data-record-modal] button[title="Delete"]').click();
    await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText('Lead "Priya Nair" was deleted.');
    await expect(page).toHaveURL(/\/lightning\/o\/Lead\/home$/);
    await expect(page.locator('lst-object-home').filter({ visible: true })).toHaveCount(1);
    // The deleted record's page is not kept, hidden, behind the list.
    await expect(page.locator('one-record-home-flexipage2')).toHaveCount(0);
    await expect(page.locator('[data-record-modal]')).toHaveCount(0);
    expect(documentsLoaded).toEqual([]);
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    expect((await conn.query(`SELECT Id FROM Lead WHERE Id = '${id}'`)).totalSize).toBe(0);
  });

  test('New in the ribbon opens its dialog over the record page; Cancel goes back to the page, Save opens the new record', async ({
    page,
  }) => {
    await signIn(page, emulator, AE.username);
    const conn = await oauthConnection(emulator, AE.username);
    const account = await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'");
    const recordUrl = `${emulator.url}/lightning/r/Account/${account.records[0].Id}/view`;
    await page.goto(recordUrl);
    const documentsLoaded = await documentLoads(page);
    const dialog = page.locator('[data-record-modal] section.slds-modal');
    await page.locator('button[name="New"]').click();
    await expect(dialog.locator('h2.slds-modal__title')).toHaveText('New Account');
    await expect(page).toHaveURL(/\/lightning\/o\/Account\/new\?useRecordTypeCheck=1$/);
    await expect(page.locator('one-record-home-flexipage2')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(recordUrl);

    await page.locator('button[name="New"]').click();
    await page.getByLabel('Account Name').fill('Opened over the page');
    await dialog.locator('button[name="SaveEdit"]').click();
    await expect(page.locator(`${TOAST} span.toastMessage`)).toHaveText(
      'Account "Opened over the page" was created.',
    );
    await expect(page).toHaveURL(/\/lightning\/r\/Account\/001\w{15}\/view$/);
    await expect(dialog).toHaveCount(0);
    expect(documentsLoaded).toEqual([]);
  });

  test('/aura answers 401 without a session', async ({ request }) => {
    const response = await request.post(`${emulator.url}/aura/record/Lead/save`, { data: { values: {} } });
    expect(response.status()).toBe(401);
  });
});

test('latency profile "lightning": highlights, each section and the Related tab arrive on their own', async ({
  browser,
}) => {
  const emulator = await startEmulator({ port: 0, latency: 'lightning' });
  const context = await newTestContext(browser, { baseURL: emulator.url });
  try {
    const page = await context.newPage();
    const id = await leadId(emulator, 'Northwind Traders');
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    await new Frontdoor(page).enter(emulator.url, conn.accessToken as string);
    const first = await (await page.request.get(`${emulator.url}/lightning/r/Lead/${id}/view`)).text();
    expect(first).toContain('lightning-spinner');
    expect(first).not.toContain('records-record-layout-item');
    const parts: string[] = [];
    page.on('request', (request) => {
      const part = /\/part\/([\w-]+)$/.exec(request.url())?.[1];
      if (part) parts.push(part);
    });
    const record = new RecordPage(page, 'Lead');
    await record.open(id);
    // Sections arrive in any order: wait for a field of the first and of the last.
    await expect
      .poll(() => record.shownFields())
      .toEqual(expect.arrayContaining(['Lead_Score__c', 'CreatedById']));
    expect(parts).toEqual(
      expect.arrayContaining(['highlights', 'path', 'section-0', 'section-1', 'section-2']),
    );
    expect(parts).not.toContain('related');
    expect(await record.field('Lead_Score__c').isReadOnly()).toBe(false);
    await expect(page.locator('lightning-spinner').filter({ visible: true })).toHaveCount(0);
    await expect(page.locator('article.slds-card')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Related' }).click();
    await expect(
      page.getByText('No related lists').or(page.locator('article.slds-card').first()),
    ).toBeVisible();
    expect(parts).toContain('related');
  } finally {
    await context.close();
    await emulator.stop();
  }
});

test('a Login-As session saves as the impersonated user', async ({ page }) => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const sdr = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${SDR.username}'`);
    const sdrId = sdr.records[0].Id;
    await new Frontdoor(page).enter(emulator.url, conn.accessToken as string);
    const address = encodeURIComponent(`/${sdrId}?noredirect=1&isUserEntityOverride=1`);
    await page.goto(`${emulator.url}/lightning/setup/ManageUsers/page?address=${address}`);
    await page
      .frameLocator('force-aloha-page iframe[name^="vfFrameId"]')
      .locator('td#topButtonRow input[name="login"][title="Login"]')
      .click();
    await expect(page.locator('[data-message-id="loginAsSystemMessage"]')).toBeVisible();
    const id = await leadId(emulator, 'Initech');
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    await page.locator(`${item('Lead', 'Title')} button[title="Edit Title"]`).click();
    await page.locator(`${item('Lead', 'Title')} input[name="Title"]`).fill('CTO');
    await page.locator(`${INLINE_FOOTER} button[name="SaveEdit"]`).click();
    await expect.poll(() => value(page, 'Lead', 'Title')).toBe('CTO');
    expect((await conn.sobject('Lead').retrieve(id)).LastModifiedById).toBe(sdrId);
  } finally {
    await emulator.stop();
  }
});

test('latency profile "jitter" delays responses by seeded amounts and still answers correctly', async () => {
  const emulator = await startEmulator({ port: 0, latency: 'jitter' });
  try {
    const conn = await oauthConnection(emulator, AE.username);
    const started = Date.now();
    for (let i = 0; i < 5; i++)
      expect((await conn.query('SELECT Id FROM Lead')).totalSize).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThan(100);
  } finally {
    await emulator.stop();
  }
});

test('a record opened from a link keeps the previous page in the DOM, hidden, and Back shows it again', async ({
  page,
}) => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const conn = await oauthConnection(emulator, AE.username);
    const account = (await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'"))
      .records[0].Id;
    const created = await conn.sobject('Opportunity').create({
      Name: 'Linked deal',
      StageName: 'Qualification',
      CloseDate: '2027-03-31',
      AccountId: account,
    });
    await signIn(page, emulator, AE.username);
    await page.goto(`${emulator.url}/lightning/r/Opportunity/${(created as { id: string }).id}/view`);
    const deal = new RecordPage(page, 'Opportunity');
    await deal.waitUntilReady();
    await page.locator(`${item('Opportunity', 'AccountId')} a`).click();
    const initech = new RecordPage(page, 'Account');
    await initech.waitUntilReady();
    await expect(page).toHaveURL(new RegExp(`/lightning/r/Account/${account}/view$`));
    await expect(page.locator('one-record-home-flexipage2')).toHaveCount(2);
    await expect(page.locator('one-record-home-flexipage2').filter({ visible: true })).toHaveCount(1);
    expect(await deal.field('StageName').isShown()).toBe(false);
    expect(await initech.shownFields()).toContain('Name');
    await page.goBack();
    await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\//);
    expect(await deal.field('StageName').isShown()).toBe(true);
    expect(await initech.field('Name').isShown()).toBe(false);
  } finally {
    await emulator.stop();
  }
});

test('record pages open on the default tab the org sets, or show details and related lists without tabs in full view', async ({
  page,
}) => {
  const onRelated = await startEmulator({
    port: 0,
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.defaultTab = 'Related';
    }),
  });
  try {
    const parts: string[] = [];
    page.on('request', (request) => {
      const part = /\/part\/([\w-]+)$/.exec(request.url())?.[1];
      if (part) parts.push(part);
    });
    await signIn(page, onRelated, SDR.username);
    await page.goto(`${onRelated.url}/lightning/r/Lead/${await leadId(onRelated, 'Northwind Traders')}/view`);
    await expect(page.getByRole('tab', { name: 'Related', selected: true })).toBeVisible();
    await expect(
      page.getByText('No related lists').or(page.locator('article.slds-card').first()),
    ).toBeVisible();
    // The Details tab renders its layout only once selected.
    expect(parts.filter((part) => part.startsWith('section-'))).toEqual([]);
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect(page.locator(item('Lead', 'Company'))).toBeVisible();
  } finally {
    await onRelated.stop();
  }
  const fullView = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      org.recordUi.fullRecordView = true;
    }),
  });
  try {
    await signIn(page, fullView, AE.username);
    const account = (
      await (
        await oauthConnection(fullView, AE.username)
      ).query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'")
    ).records[0].Id;
    await page.goto(`${fullView.url}/lightning/r/Account/${account}/view`);
    await expect(page.locator(item('Account', 'Name'))).toBeVisible();
    await expect(page.locator('article.slds-card').filter({ hasText: 'Opportunities' })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveCount(0);
  } finally {
    await fullView.stop();
  }
});

test('latency profile "lightning": each related list arrives on its own, a loading stencil in its place until then', async ({
  page,
}) => {
  const emulator = await startEmulator({ port: 0, latency: 'lightning' });
  try {
    const conn = await oauthConnection(emulator, AE.username);
    const account = (await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'"))
      .records[0].Id;
    // The Account layout's second list, Opportunities, is held back until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/part/related-list-1', async (route) => {
      await held;
      await route.continue();
    });
    await signIn(page, emulator, AE.username);
    await page.goto(`${emulator.url}/lightning/r/Account/${account}/view`);
    const record = new RecordPage(page, 'Account');
    await record.waitUntilReady();
    await page.getByRole('tab', { name: 'Related' }).click();
    const card = (title: string) =>
      page.locator('article.slds-card').filter({ has: page.locator(`span[title="${title}"]`) });
    await expect(card('Contacts')).toBeVisible();
    await expect(page.locator('lst-stencil-table')).toBeVisible();
    expect(await record.isLoading()).toBe(true);
    await expect(page.locator('lightning-spinner').filter({ visible: true })).toHaveCount(0);
    release();
    await expect(card('Opportunities')).toBeVisible();
    await expect(page.locator('lst-stencil-table')).toHaveCount(0);
    expect(await record.isLoading()).toBe(false);
  } finally {
    await emulator.stop();
  }
});
