import { expect, test } from '@playwright/test';
import { Connection, OAuth2 } from 'jsforce';

// scenarios/sdr-sees-routed-lead.yaml written by hand: API login as the admin, a lead owned by the SDR,
// frontdoor, Login-As from the user page, the banner, the record page's fields, "Log out as", clean-up.
const env = process.env;
const field = (name: string) =>
  `records-record-layout-item[data-target-selection-name="sfdc:RecordField.Lead.${name}"]`;

test('SDR sees a new lead with its score, without internal revenue', async ({ browser }) => {
  const conn = new Connection({
    oauth2: new OAuth2({
      loginUrl: env.SF_LOGIN_URL,
      clientId: env.SF_CLIENT_ID,
      clientSecret: env.SF_CLIENT_SECRET,
    }),
    version: '62.0',
  });
  await conn.login(env.SF_USERNAME as string, env.SF_PASSWORD as string);
  const sdr = await conn.query<{ Id: string }>(
    "SELECT Id FROM User WHERE Username = 'sam.sdr@acme-demo.example'",
  );
  const lead = await conn
    .sobject('Lead')
    .create({ LastName: 'Handwritten', Company: 'Acme', OwnerId: sdr.records[0].Id });
  if (!lead.success) throw new Error('lead not created');
  const context = await browser.newContext({ baseURL: conn.instanceUrl });
  const page = await context.newPage();
  try {
    await page.setContent(
      `<form method="post" action="${conn.instanceUrl}/secur/frontdoor.jsp"><input name="sid" value="${conn.accessToken}"></form>`,
    );
    await Promise.all([
      page.waitForURL(/lightning/),
      page.locator('form').evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    await page.goto(`/${sdr.records[0].Id}?noredirect=1&isUserEntityOverride=1`);
    await page.locator('td#topButtonRow input[name="login"]').click();
    await expect(page.locator('[data-message-id="loginAsSystemMessage"]')).toContainText(
      'Logged in as Sam Rivera (sam.sdr@acme-demo.example)',
    );
    await page.goto(`/lightning/r/Lead/${lead.id}/view`);
    await expect(page.locator(field('Status'))).toBeVisible();
    await expect(page.locator(field('Lead_Score__c'))).toBeVisible();
    await expect(page.locator(field('Internal_Revenue__c'))).toHaveCount(0);
    await expect(page.locator(field('Rating'))).toHaveCount(0);
    await expect(page.locator(field('Lead_Score__c')).locator('button.inline-edit-trigger')).toHaveCount(0);
    await page.locator('[data-message-id="loginAsSystemMessage"] a.action-link').click();
    await expect(page.locator('[data-message-id="loginAsSystemMessage"]')).toHaveCount(0);
  } finally {
    await context.close();
    await conn.sobject('Lead').destroy(lead.id);
  }
});
