import { expect, test } from '@playwright/test';
import { LoginAsBanner } from '../../pages/login-as-banner';

// The system message bar as Lightning renders it (global/systemMessage): the Login-As message's text spans, an
// icon span that is not text, and the "Log out as" link.
const bar = (spans: string) =>
  `<div class="oneSystemMessage"><div data-message-id="loginAsSystemMessage">` +
  `<span class="slds-icon_container">icon</span>${spans}<a class="action-link" href="#">Log out as Ava Chen</a>` +
  `</div></div>`;

test("the Login-As message's shown text is read from its visible text spans only", async ({ page }) => {
  await page.setContent(
    bar(
      '<span>Logged in as Ava Chen (ava.ae@acme-demo.example) |</span>' +
        '<span style="display: none">a hidden note</span>' +
        '<span style="visibility: hidden">an invisible note</span>' +
        '<span></span>' +
        '<span>Sandbox: Full</span>',
    ),
  );
  const banner = new LoginAsBanner(page);
  expect(await banner.shownText()).toBe('Logged in as Ava Chen (ava.ae@acme-demo.example) | Sandbox: Full');
  expect(await banner.identity()).toEqual({ name: 'Ava Chen', username: 'ava.ae@acme-demo.example' });
});

test('no Login-As text is read while the message is absent or hidden', async ({ page }) => {
  const banner = new LoginAsBanner(page);
  await page.setContent('<div class="oneSystemMessage"></div>');
  expect(await banner.shownText()).toBeUndefined();
  await page.setContent(
    `<div style="display: none">${bar('<span>Logged in as Ava Chen (ava.ae@acme-demo.example)</span>')}</div>`,
  );
  expect(await banner.shownText()).toBeUndefined();
});
