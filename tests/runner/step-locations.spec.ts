import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestStep } from '@playwright/test/reporter';
import { forgetLocationsUnder } from '../../runner/reporters/scenario-paths-reporter';

const bundleDir = path.join(path.sep, 'project', 'node_modules', 'persona-ux', 'dist', 'playwright');

function step(title: string, file: string | undefined, steps: TestStep[] = []): TestStep {
  return {
    title,
    titlePath: () => [title],
    location: file ? { file, line: 7, column: 3 } : undefined,
    category: 'pw:api',
    startTime: new Date(0),
    duration: 1,
    steps,
    annotations: [],
    attachments: [],
  } as TestStep;
}

test('steps called from the compiled test file lose their location; the scenario file’s steps, nested too, keep theirs', () => {
  const inBundle = step('locator.click', path.join(bundleDir, 'scenarios.spec.cjs'));
  const yamlStep = step('open record "lead"', path.join(path.sep, 'project', 'scenarios', 'lead.yaml'), [
    inBundle,
  ]);
  const sibling = step('next to the bundle', path.join(bundleDir, '..', 'playwright-extra', 'x.cjs'));
  const above = step('above the bundle', path.join(bundleDir, '..', 'cli.cjs'));
  const nowhere = step('no location', undefined);
  forgetLocationsUnder(bundleDir, [yamlStep, sibling, above, nowhere]);
  expect(inBundle.location).toBeUndefined();
  expect(yamlStep.location?.file).toBe(path.join(path.sep, 'project', 'scenarios', 'lead.yaml'));
  expect(sibling.location?.file).toBe(path.join(bundleDir, '..', 'playwright-extra', 'x.cjs'));
  expect(above.location?.file).toBe(path.join(bundleDir, '..', 'cli.cjs'));
  expect(nowhere.location).toBeUndefined();
});
