import { expect } from '@playwright/test';

/**
 * The list reporter's report of the failure whose first line starts with `heading` ("LogOutNotProven: "): its
 * message's lines without the reporter's indentation, and the place its stack points at ("at file:line:column";
 * Playwright heads the code frame of a file other than the test's with "at file:line" too).
 */
export function shownFailure(output: string, heading: string): { message: string[]; at: string | undefined } {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`    ${heading}`));
  expect(start, output).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  const at = lines.slice(end).find((line) => /^at \S+:\d+:\d+$/.test(line.trim()));
  return { message: lines.slice(start, end).map((line) => line.slice(4)), at: at?.trim() };
}
