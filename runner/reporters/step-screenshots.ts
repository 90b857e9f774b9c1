import { type Page, test } from '@playwright/test';

/** `persona-ux run --screenshots` (or PERSONA_UX_SCREENSHOTS=1 for `npx playwright test`): one per step. */
export function screenshotsPerStep(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env.PERSONA_UX_SCREENSHOTS ?? '');
}

/**
 * Attaches what the persona's page shows once a step has run (passed or failed) — in the HTML report and Allure
 * as "screenshot after step N: <title>". A page that cannot be captured (closed, crashed) is noted instead; a
 * screenshot never decides a verdict.
 */
export async function attachStepScreenshot(page: Page, index: number, title: string): Promise<void> {
  const name = `screenshot after step ${index + 1}: ${title}`;
  try {
    const body = await page.screenshot({ fullPage: true, timeout: 10_000 });
    await test.info().attach(name, { body, contentType: 'image/png' });
  } catch (error) {
    await test.info().attach(`${name} (not captured)`, {
      body: (error as Error).message.split('\n')[0] ?? '',
      contentType: 'text/plain',
    });
  }
}

/** The step's body, followed by its screenshot when screenshots per step are on (also when the step failed). */
export function withStepScreenshot(
  run: () => Promise<void>,
  page: () => Page,
  index: number,
  title: string,
): () => Promise<void> {
  if (!screenshotsPerStep()) return run;
  return async () => {
    try {
      await run();
    } finally {
      await attachStepScreenshot(page(), index, title);
    }
  };
}
