import { expect, test } from '@playwright/test';
import { pointedAtScenario } from '../../runner/scenario-stack';
import { beforeDeadline, stepsDeadline } from '../../runner/step-deadline';
import { ExpectationError } from '../../runner/steps/context';

test('the steps end before the timeout by what the teardown needs: a tenth of it, 10 s at least, half at most', () => {
  expect(stepsDeadline(120_000, 1_000)).toBe(1_000 + 120_000 - 12_000);
  expect(stepsDeadline(20_000, 0)).toBe(10_000);
  expect(stepsDeadline(40_000, 0)).toBe(30_000);
  expect(stepsDeadline(6_000, 0)).toBe(3_000);
  expect(stepsDeadline(0, 0)).toBeUndefined();
});

test('a step that outlasts the deadline fails with the explanation; one that ends in time keeps its result', async () => {
  const never = () => new Promise<string>(() => undefined);
  const late = beforeDeadline(never, performance.now() + 20, () => 'step 2 ran out of time');
  await expect(late).rejects.toThrow(new ExpectationError('step 2 ran out of time'));
  await expect(
    beforeDeadline(
      async () => 'done',
      performance.now() + 10_000,
      () => 'late',
    ),
  ).resolves.toBe('done');
  await expect(
    beforeDeadline(
      async () => 'done',
      undefined,
      () => 'late',
    ),
  ).resolves.toBe('done');
});

test("a step's failure points at its scenario line; persona-ux's own defects keep their stack", () => {
  const failure = pointedAtScenario(new ExpectationError('Rating hidden'), {
    file: 'scenarios/a.yaml',
    line: 12,
    column: 5,
  });
  expect((failure as Error).stack).toMatch(
    /^ExpectationError: Rating hidden\n {4}at \/.*scenarios\/a\.yaml:12:5$/,
  );
  const defect = new TypeError('x is undefined');
  const stack = defect.stack;
  expect((pointedAtScenario(defect, { file: 'a.yaml', line: 1, column: 1 }) as Error).stack).toBe(stack);
});
