import type { FrameLocator, Locator, Page } from '@playwright/test';
import { locators } from './locators';

/**
 * Setup > Users > {user}: Lightning wraps the classic user detail page in an iframe (force-aloha-page), and
 * the Login button lives in the classic page's top button row. The button is found by role and name first,
 * then by the selector of Salesforce's page object (setup/setupAlohaPage: buttonByName).
 */
export class SetupUserDetailPage {
  readonly frame: FrameLocator;
  readonly topButtonRow: Locator;
  readonly loginButton: Locator;

  constructor(private readonly page: Page) {
    this.frame = page.frameLocator(locators.setup.classicFrame);
    this.topButtonRow = this.frame.locator(locators.setup.topButtonRow);
    this.loginButton = this.frame
      .getByRole('button', { name: locators.setup.loginButtonName, exact: true })
      .or(this.frame.locator(locators.setup.loginButton));
  }

  async open(userId: string): Promise<void> {
    await this.page.goto(locators.setup.userDetailPath(userId));
    await this.topButtonRow.waitFor();
  }

  async hasLoginButton(): Promise<boolean> {
    return (await this.loginButton.count()) > 0;
  }

  /** Clicks Login; the top window then goes through servlet.su to the persona's home page. */
  async clickLogin(): Promise<void> {
    await this.loginButton.click();
  }
}
