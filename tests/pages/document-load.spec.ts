import { expect, type Page, test } from '@playwright/test';
import { watchDocumentLoad } from '../../pages/document-load';

const ORIGIN = 'http://document-load.test';

/**
 * A page served from ORIGIN: "In place" renders again without leaving the document, "Again" loads the page again,
 * whose image takes `imageMs` to arrive, so its load event comes that much after it is parsed. Each document holds
 * its own number: how many documents have been served, itself included.
 */
async function servedPage(page: Page, imageMs: number) {
  let served = 0;
  await page.route(`${ORIGIN}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>window.served = ${++served}</script>
        <button id="in-place" onclick="document.querySelector('#answer').textContent = 'saved'">In place</button>
        <button id="again" onclick="location.reload()">Again</button>
        <p id="answer"></p><img src="/slow.png">`,
    }),
  );
  await page.route(`${ORIGIN}/slow.png`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, imageMs));
    await route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
}

test('an answer rendered in place is not waited on for a load that never comes', async ({ page }) => {
  // No timeout on the page's waits: a wait for a load that never comes would hold the test until its own timeout.
  test.setTimeout(15_000);
  page.setDefaultTimeout(0);
  await servedPage(page, 0);
  const watch = watchDocumentLoad(page);
  await page.locator('#in-place').click();
  await watch.settled();
  await expect(page.locator('#answer')).toHaveText('saved');
});

test('an answer that loads the page again is waited on until the new document has loaded', async ({
  page,
}) => {
  await servedPage(page, 1_000);
  const watch = watchDocumentLoad(page);
  await page.locator('#again').click();
  await watch.settled();
  expect(await page.evaluate(() => [(window as { served?: number }).served, document.readyState])).toEqual([
    2,
    'complete',
  ]);
});

test('a load that came before anyone asked counts: settled answers at once', async ({ page }) => {
  test.setTimeout(15_000);
  page.setDefaultTimeout(0);
  await servedPage(page, 0);
  const watch = watchDocumentLoad(page);
  await page.locator('#again').click();
  await page.waitForFunction(
    () => (window as { served?: number }).served === 2 && document.readyState === 'complete',
  );
  await watch.settled();
});
