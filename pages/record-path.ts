import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

/**
 * Path on a record page (Opportunity StageName and the like): its stages, the current one, the key fields of
 * the stage shown, and its actions. Lightning keeps earlier pages in the DOM, hidden: only the visible Path counts.
 */
export class RecordPath {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.path.root).filter({ visible: true });
  }

  async waitUntilShown(): Promise<void> {
    await rendered(this.root.locator(locators.path.step).first());
  }

  async isShown(): Promise<boolean> {
    return (await this.root.count()) > 0;
  }

  /** The stages' labels, in order (the closed step shows "Closed" or the closed stage reached). */
  async stages(): Promise<string[]> {
    const labels = this.root.locator(locators.path.step).locator(locators.path.stepLabel);
    return (await labels.evaluateAll((spans) => spans.map((span) => span.getAttribute('data-label') ?? '')))
      .map((label) => label.trim())
      .filter(Boolean);
  }

  /** The label of the current stage; undefined when none is marked current. */
  async current(): Promise<string | undefined> {
    const steps = this.root.locator(locators.path.step);
    const currentState = this.page.locator(locators.path.currentItem);
    const step = steps.and(currentState).or(steps.filter({ has: currentState }));
    if ((await step.count()) === 0) return undefined;
    return (await step.first().locator(locators.path.stepLabel).getAttribute('data-label')) ?? undefined;
  }

  /** Labels of the key fields shown under Path for the stage shown (the current one unless another is chosen). */
  async keyFieldLabels(): Promise<string[]> {
    const labels = this.root
      .locator(locators.path.keyFields)
      .filter({ visible: true })
      .locator(locators.path.keyFieldLabel);
    return (await labels.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  async markStageComplete(): Promise<void> {
    await this.button(locators.path.markComplete).click();
  }

  /** Chooses a stage on the track (its key fields and guidance show; the button offers to make it current). */
  async choose(stage: string): Promise<void> {
    const step = this.step(stage);
    if ((await step.count()) === 0) throw new StageNotOffered(stage, await this.stages());
    await step.first().locator(locators.path.stepLink).click();
  }

  async markAsCurrentStage(): Promise<void> {
    await this.button(locators.path.markCurrent).click();
  }

  /** Chooses the closed step, opens the closed-stage dialog and picks `stage` there, then Done. */
  async close(stage: string): Promise<void> {
    const closedStep = this.root.locator(locators.path.step).last();
    await closedStep.locator(locators.path.stepLink).click();
    await this.button(locators.path.selectClosed).click();
    const select = this.page
      .locator(locators.path.closedDialog)
      .filter({ visible: true })
      .locator(locators.path.closedStageSelect)
      .first();
    await rendered(select);
    const offered = (await select.locator('option').allInnerTexts()).map((text) => text.trim());
    if (!offered.includes(stage)) throw new StageNotOffered(stage, offered, 'the closed-stage dialog');
    await select.selectOption({ label: stage });
    const dialog = this.page.locator(locators.path.closedDialog).filter({ visible: true });
    await dialog.locator(locators.path.closedSave).first().click();
    await rendered(dialog.first(), { state: 'hidden' });
  }

  /**
   * Waits (at most `timeoutMs`, or until `signal` is aborted) for the closed-stage dialog; whether it shows,
   * with the stages it offers.
   */
  async closedStageDialog(timeoutMs: number, signal?: AbortSignal): Promise<string[] | undefined> {
    const select = this.page
      .locator(locators.path.closedDialog)
      .filter({ visible: true })
      .locator(locators.path.closedStageSelect)
      .first();
    const shown = await rendered(select, { timeout: timeoutMs, signal })
      .then(() => !signal?.aborted)
      .catch(() => false);
    if (!shown) return undefined;
    return (await select.locator('option').allInnerTexts()).map((text) => text.trim());
  }

  async cancelClosedStageDialog(): Promise<void> {
    const dialog = this.page.getByRole(locators.openDialog.role).filter({ visible: true });
    await dialog.getByRole('button', { name: locators.openDialog.cancelButton, exact: true }).first().click();
  }

  private step(stage: string): Locator {
    return this.root
      .locator(locators.path.step)
      .filter({ has: this.page.locator(`${locators.path.stepLink}[title="${stage.replace(/"/g, '\\"')}"]`) });
  }

  private button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true }).first();
  }
}

/** The stage asked for is not one Path offers for this record's record type. */
export class StageNotOffered extends Error {
  override name = 'StageNotOffered';
  constructor(
    readonly stage: string,
    readonly offered: string[],
    where = 'Path',
  ) {
    super(`${where} offers no stage "${stage}"; it offers ${offered.join(', ') || 'none'}`);
  }
}
