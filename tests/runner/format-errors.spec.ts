import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatErrors, loadScenarios } from '../../runner/loader';
import { loadOne, replaceLine, scenarioDir, validScenario } from './scenario-files';

test('an error is printed as file:line:column, path and message, then a code frame with a caret', () => {
  const { file, errors } = loadOne(replaceLine(validScenario(), 13, '      visibel: [Status]'));
  const lines = formatErrors(errors).split('\n');
  // The keys an expect step knows grow with the language: the format is what is checked here.
  expect(
    lines[0].startsWith(
      `${file}:13:7  steps[1].expect.visibel: unknown key "visibel". Expected one of: visible, hidden, readOnly, values, `,
    ),
  ).toBe(true);
  expect(lines[0]).toMatch(/ Did you mean "visible"\?$/);
  expect(lines.slice(2)).toEqual([
    '    11 |   - open: { record: lead }',
    '    12 |   - expect:',
    '  > 13 |       visibel: [Status]',
    '       |       ^',
  ]);
});

test('the caret sits under the offending value, mid-line', () => {
  const { errors } = loadOne(
    replaceLine(validScenario(), 9, '    fields: { LastName: Doe, Company: "{{acme}}" }'),
  );
  const frame = formatErrors(errors).split('\n');
  const offending = frame.findIndex((line) => line.startsWith('  > '));
  const caretColumn = frame[offending + 1]?.indexOf('^') ?? -1;
  expect(frame[offending]?.indexOf('"{{acme}}"')).toBe(caretColumn);
  expect(errors[0]?.column).toBe(39);
});

test('an error without a position is printed without a code frame', () => {
  const missing = path.join('scenarios', 'nope.yaml');
  expect(formatErrors(loadScenarios([missing]).errors)).toBe(
    `${missing}  No such file or directory (relative paths start at ${process.cwd()}). Expected a scenario file or a directory of them, e.g. scenarios/`,
  );
});

test('several errors are separated by a blank line', () => {
  const { errors } = loadOne(replaceLine(replaceLine(validScenario(), 5, 'ticket: ""'), 3, 'persona: 7'));
  expect(errors).toHaveLength(2);
  const text = formatErrors(errors);
  expect(text.split('\n\n').filter((block) => /:\d+:\d+ {2}/.test(block))).toHaveLength(2);
});

test('a file saved as Windows-1252 still gets its code frame, the byte shown as "�" above the caret', () => {
  const dir = scenarioDir({});
  const file = path.join(dir, 'latin.yaml');
  const lines = replaceLine(validScenario(), 2, 'title: Société');
  writeFileSync(file, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  const frame = formatErrors(loadScenarios([file]).errors).split('\n');
  expect(frame[0]).toContain(`${file}:2:12  byte 0xE9`);
  expect(frame.slice(2, 5)).toEqual([
    '    1 | id: sdr-checks-lead',
    '  > 2 | title: Soci�t�',
    '      |            ^',
  ]);
});
