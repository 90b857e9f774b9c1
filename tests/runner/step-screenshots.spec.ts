import { expect, test } from '@playwright/test';
import { screenshotsPerStep, withStepScreenshot } from '../../runner/reporters/step-screenshots';

/** `--screenshots`: a screenshot of the persona's page after each step, passed or failed; off by default. */
test.afterEach(() => {
  delete process.env.PERSONA_UX_SCREENSHOTS;
});

test('off unless asked: the step runs alone and nothing is attached', async ({ page }) => {
  expect(screenshotsPerStep({})).toBe(false);
  let ran = false;
  await withStepScreenshot(
    async () => {
      ran = true;
    },
    () => page,
    0,
    'open record "lead"',
  )();
  expect(ran).toBe(true);
  expect(test.info().attachments).toEqual([]);
});

test('on: each step, the failed one too, leaves a PNG named after its number and title', async ({ page }) => {
  process.env.PERSONA_UX_SCREENSHOTS = '1';
  await page.setContent('<h1>Lead: Persona 42</h1>');
  await withStepScreenshot(
    async () => undefined,
    () => page,
    0,
    'open record "lead"',
  )();
  const failing = withStepScreenshot(
    async () => {
      throw new Error('Lead.Rating: expected hidden, but it is visible');
    },
    () => page,
    1,
    'expect',
  );
  await expect(failing()).rejects.toThrow('expected hidden');
  const attached = test.info().attachments.map(({ name, contentType, body }) => ({
    name,
    contentType,
    png: body?.subarray(1, 4).toString('latin1'),
  }));
  expect(attached).toEqual([
    { name: 'screenshot after step 1: open record "lead"', contentType: 'image/png', png: 'PNG' },
    { name: 'screenshot after step 2: expect', contentType: 'image/png', png: 'PNG' },
  ]);
});

test('a page that cannot be captured is noted, and the step’s own outcome stands', async ({ page }) => {
  process.env.PERSONA_UX_SCREENSHOTS = 'true';
  await page.close();
  await withStepScreenshot(
    async () => undefined,
    () => page,
    2,
    'edit',
  )();
  expect(test.info().attachments.map((a) => a.name)).toEqual([
    'screenshot after step 3: edit (not captured)',
  ]);
});
