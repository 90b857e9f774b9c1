import { test } from '@playwright/test';
import type { StepContext } from './context';

/** `screenshot: <name>`: the whole page as the persona sees it now, attached to the test under that name. */
export async function attachScreenshot(name: string, context: StepContext): Promise<void> {
  const body = await context.page.screenshot({ fullPage: true });
  await test.info().attach(name, { body, contentType: 'image/png' });
}
