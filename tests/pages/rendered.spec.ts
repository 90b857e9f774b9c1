import { expect, type Locator, test } from '@playwright/test';
import { firstRendered, rendered } from '../../pages/rendered';

const later = (ms: number, html: string) =>
  `<div id="app"></div><script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(html)}; }, ${ms});</script>`;

/** A locator whose every wait runs out after the time it was given, recording those times. */
function neverRendered() {
  const waits: number[] = [];
  const locator = {
    page: () => ({}),
    waitFor: async ({ timeout }: { timeout: number }) => {
      waits.push(timeout);
      await new Promise((resolve) => setTimeout(resolve, timeout));
      throw Object.assign(new Error(`locator.waitFor: Timeout ${timeout}ms exceeded.`), {
        name: 'TimeoutError',
      });
    },
  };
  return { locator: locator as unknown as Locator, waits };
}

test('a part that renders after a few seconds is found, however many slices the wait took', async ({
  page,
}) => {
  await page.setContent(later(2_600, '<p class="part">ready</p>'));
  await rendered(page.locator('.part'), { timeout: 10_000 });
  await expect(page.locator('.part')).toHaveText('ready');
});

test('Playwright is never handed a wait long enough for it to back off to half-second checks', async () => {
  const { locator, waits } = neverRendered();
  const started = performance.now();
  await expect(rendered(locator, { timeout: 2_500 })).rejects.toThrow('Timeout 2500ms exceeded');
  expect(waits.length).toBe(2);
  expect(Math.max(...waits)).toBeLessThan(2_500);
  // The slices still cover the whole timeout: the second is what the first left (less when a timer fires late).
  expect(performance.now() - started).toBeGreaterThanOrEqual(2_495);
});

test('a part that never renders fails as waitFor does, with the whole timeout in the message', async ({
  page,
}) => {
  await page.setContent('<p>nothing else</p>');
  const error = await rendered(page.locator('.part'), { timeout: 2_300 }).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('TimeoutError');
  expect((error as Error).message).toContain('Timeout 2300ms exceeded');
  expect((error as Error).message).toContain("locator('.part')");
});

test("without a timeout the page's default timeout applies, as for waitFor", async ({ page }) => {
  await page.setContent('<p>nothing else</p>');
  page.setDefaultTimeout(300);
  await expect(rendered(page.locator('.part'))).rejects.toThrow('Timeout 300ms exceeded');
});

test('states other than visible are waited for too', async ({ page }) => {
  await page.setContent(
    '<p class="spinner">loading</p><script>setTimeout(() => document.querySelector(".spinner").remove(), 300);</script>',
  );
  await rendered(page.locator('.spinner'), { state: 'detached', timeout: 5_000 });
  await expect(page.locator('.spinner')).toHaveCount(0);
});

test('the first of several parts to render ends the wait, and the others stop looking', async ({ page }) => {
  await page.setContent(later(200, '<p class="error">Insufficient privileges</p>'));
  const other = neverRendered();
  await firstRendered([other.locator, { timeout: 10_000 }], [page.locator('.error')]);
  await expect(page.locator('.error')).toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 2_300)); // the other part's first slice runs out
  expect(other.waits).toEqual([2_000]);
});
