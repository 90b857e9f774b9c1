import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import { nestingTooDeep } from '../../runner/loading/nesting-depth';
import { runCli } from '../e2e/cli-run';
import {
  expectLoadError,
  expectOneError,
  loadOne,
  replaceLine,
  scenarioDir,
  validScenario,
} from './scenario-files';

/** Nine aliases of nine aliases…: a few lines that expand to 9^9 values. */
function aliasBomb(): string[] {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return lines;
}

test('a YAML alias bomb is refused at its first alias, without expanding it', () => {
  expectLoadError([...validScenario(), 'bomb:', ...aliasBomb().map((line) => `  ${line}`)], {
    at: '16:12',
    path: '',
    says: ['expand to more than 100 copies', 'alias bomb is refused'],
  });
});

test('a few aliases for repeated values are fine', () => {
  const { errors, scenarios } = loadOne([
    ...validScenario().slice(0, 12),
    '      visible: &shown [Status, Company]',
    '  - expect: { readOnly: *shown }',
  ]);
  expect(errors).toEqual([]);
  expect(scenarios[0]?.steps[2]).toMatchObject({ kind: 'expect', readOnly: ['Status', 'Company'] });
});

test('10,000 levels of nesting are refused where the nesting goes too deep', () => {
  const flow = loadOne([...validScenario(), `deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}`]);
  expect(flow.errors).toHaveLength(1);
  expect(flow.errors[0]).toMatchObject({ file: flow.file, line: 14 });
  expect(flow.errors[0]?.message).toContain('nests more than 64 levels deep here');

  const block = loadOne([...validScenario(), 'deep:', `  ${'- '.repeat(10_000)}x`]);
  expect(block.errors).toHaveLength(1);
  expect(block.errors[0]).toMatchObject({ file: block.file, line: 15 });
  expect(block.errors[0]?.message).toContain('nests more than 64 levels deep here');
});

test('nesting deeper than a scenario needs but short of a stack overflow is refused too', () => {
  const { file, errors } = loadOne([...validScenario(), `deep: ${'['.repeat(100)}${']'.repeat(100)}`]);
  expectOneError(errors, { file, line: 14, column: 70, path: '', says: ['nests more than 64 levels deep'] });
});

test('the nesting estimate counts brackets and "- " items, not those in quotes or comments, and reads any line ending and indent', () => {
  expect(nestingTooDeep('a: "[[[[" # {{{{\nb: \'{{{{\'\n', 2)).toBeUndefined();
  expect(nestingTooDeep('# [[[[[[\n  # {{{{\na: 1\n', 1)).toBeUndefined();
  expect(nestingTooDeep('a: [[[x]]]\n', 3)).toEqual({ line: 1, column: 6 });
  expect(nestingTooDeep('a: b#[[[[\n', 2)).toEqual({ line: 1, column: 7 });
  expect(nestingTooDeep('- - - x\n', 3)).toEqual({ line: 1, column: 5 });
  expect(nestingTooDeep('a:\r\n  b:\r\n    c: [1]\r\n', 3)).toEqual({ line: 3, column: 8 });
  expect(nestingTooDeep('a:\n\t\tb:\n\u00a0\u00a0\u00a0c: d\n', 2)).toEqual({ line: 3, column: 4 });
});

test('a 20 MB file is refused unread, at line 1', () => {
  const dir = scenarioDir({});
  const file = path.join(dir, 'huge.yaml');
  writeFileSync(file, `${validScenario().join('\n')}\nnotes: "${'x'.repeat(20 * 1024 * 1024)}"\n`);
  const { errors } = loadScenarios([file]);
  expectOneError(errors, {
    file,
    line: 1,
    column: 1,
    path: '',
    says: ['The file is 20.0 MB', 'at most 1.0 MB is read'],
  });
});

test('a binary file is refused at the line of its first binary byte', () => {
  const dir = scenarioDir({});
  const file = path.join(dir, 'logo.yaml');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from('id: x\ntitle: y\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])]),
  );
  const { errors } = loadScenarios([file]);
  expectOneError(errors, { file, line: 3, column: 1, path: '', says: ['not UTF-8 text', 'binary data'] });
});

test('a file saved as UTF-16, with or without a byte-order mark, is told to be saved as UTF-8', () => {
  const text = `${validScenario().join('\n')}\n`;
  const dir = scenarioDir({});
  const files = {
    'little-endian.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'big-endian.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    'no-mark.yaml': Buffer.from(text, 'utf16le'),
    // Text whose characters have no NUL byte in UTF-16: only the mark tells.
    'mark-only.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名前：値', 'utf16le')]),
  };
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    expectOneError(loadScenarios([file]).errors, {
      file,
      line: 1,
      column: 1,
      path: '',
      says: ['The file is saved as UTF-16', 'Save it as UTF-8'],
    });
  }
});

test('a file saved as Windows-1252 is refused at its first byte that is not UTF-8, naming the byte and the fix', () => {
  const dir = scenarioDir({});
  const file = path.join(dir, 'latin.yaml');
  const text = `${replaceLine(validScenario(), 9, '    fields: { LastName: Doe, Company: Société Générale }').join('\n')}\n`;
  writeFileSync(file, Buffer.from(text, 'latin1'));
  expectOneError(loadScenarios([file]).errors, {
    file,
    line: 9,
    column: 43,
    path: '',
    says: [
      'byte 0xE9 (é in Windows-1252) is not UTF-8',
      'looks saved as Windows-1252/Latin-1',
      'Save it as UTF-8',
    ],
  });
  // The column counts characters: a valid "é" before it on the line is one.
  writeFileSync(file, Buffer.concat([Buffer.from('title: é '), Buffer.from([0x93]), Buffer.from('x\n')]));
  expectOneError(loadScenarios([file]).errors, {
    file,
    line: 1,
    column: 10,
    path: '',
    says: ['byte 0x93 is not UTF-8'],
  });
});

test('a U+FFFD written in a UTF-8 file is text, not a sign of another encoding', () => {
  const { errors } = loadOne(replaceLine(validScenario(), 2, 'title: SDR checks a lead \uFFFD'));
  expect(errors).toEqual([]);
});

test('`persona-ux validate` refuses an alias bomb and a binary file with exit code 2 and no stack trace', async () => {
  const dir = scenarioDir({
    'bomb.yaml': `${[...validScenario(), 'bomb:', ...aliasBomb().map((line) => `  ${line}`)].join('\n')}\n`,
    'deep.yaml': `${[...validScenario().map((line) => line.replace('sdr-checks-lead', 'deep')), `deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}`].join('\n')}\n`,
  });
  writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0, 1, 2, 3, 255]));
  const { code, output } = await runCli(['validate', dir]);
  expect(code, output).toBe(2);
  expect(output).toContain(`${path.join(dir, 'bomb.yaml')}:16:12`);
  expect(output).toContain(`${path.join(dir, 'binary.yaml')}:1:1`);
  expect(output).toContain(`${path.join(dir, 'deep.yaml')}:14:`);
  expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack frames
});
