import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expect, test } from '@playwright/test';
import { readPlainYaml } from '../../runner/loading/plain-yaml';
import { readYaml, type Target } from '../../runner/loading/yaml-source';
import { DEMO_SCENARIOS } from './scenario-files';

// The fast reader for plain scenario YAML must give exactly what the yaml package gives — the same data, the same
// file:line:column for every path — or decline the file (then the yaml package reads it). Checked here on the
// demo files, on generated documents full of YAML's corner cases, and on those documents mistyped.

type Outcome = { accepted: false } | { accepted: true; difference?: string };

/** Every path to a value of `data`, the root included. */
function pathsOf(data: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const paths: PropertyKey[][] = [prefix];
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) paths.push(...pathsOf(item, [...prefix, index]));
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...prefix, key]));
  }
  return paths;
}

/** Reads `text` with the fast reader and with the yaml package alone; says where they differ, if they do. */
function compare(text: string): Outcome {
  if (!readPlainYaml(text)) return { accepted: false };
  const file = 'scenario.yaml';
  const yaml = readYaml(file, Buffer.from(text), { plainReader: false });
  const plain = readYaml(file, Buffer.from(text));
  if (!yaml.source)
    return { accepted: true, difference: `the yaml package reports ${yaml.errors[0]?.message}` };
  if (!plain.source) return { accepted: true, difference: 'the fast reader reported errors' };
  const expected = yaml.source.toJS();
  const got = plain.source.toJS();
  // isDeepStrictEqual tells -0 from 0 and numbers from strings; JSON tells the order of keys.
  if (!isDeepStrictEqual(got, expected) || JSON.stringify(got) !== JSON.stringify(expected)) {
    return {
      accepted: true,
      difference: `data ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
    };
  }
  for (const found of pathsOf(expected)) {
    for (const route of [found, [...found, 'missing'], [...found, 99]]) {
      for (const target of ['value', 'key', 'parent'] as Target[]) {
        const at = plain.source.locate(route, target);
        const want = yaml.source.locate(route, target);
        if (!isDeepStrictEqual(at, want)) {
          return {
            accepted: true,
            difference: `${target} of ${JSON.stringify(route)} at ${at.line}:${at.column}, expected ${want.line}:${want.column}`,
          };
        }
      }
    }
  }
  return { accepted: true };
}

function expectSame(text: string): Outcome {
  const outcome = compare(text);
  expect(outcome.accepted && outcome.difference, `for:\n${text}`).toBeFalsy();
  return outcome;
}

/** A seeded pseudo-random sequence, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    below: (count: number) => Math.floor(next() * count),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (probability: number) => next() < probability,
  };
}
type Random = ReturnType<typeof random>;

const SCALARS = [
  'Acme',
  'Closed Won',
  'a b',
  '{{run.id}}',
  'Persona {{run.id}}',
  'x.y',
  'C#',
  'a#b',
  'a #b',
  'a: b',
  'a:b',
  'x:',
  '1',
  '-1',
  '+1',
  '007',
  '0o17',
  '0x1F',
  '0b11',
  '1_000',
  '1.5',
  '.5',
  '-.5',
  '+.5',
  '1e3',
  '1.5E-3',
  '12e',
  '-0',
  '0.0',
  '.inf',
  '-.Inf',
  '.NaN',
  '.nan',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'FALSE',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  'NULL',
  '~',
  '"quoted"',
  '"with # hash"',
  '"a: b"',
  '""',
  '"{{today+60}}"',
  '"esc \\" aped"',
  '"back \\\\ slash"',
  '"\\n"',
  '"end\\\\"',
  '"q\\"',
  '"\\t tab"',
  "'single'",
  "'it''s'",
  "''",
  "'a # b'",
  '-x',
  '- x',
  '?x',
  '? x',
  ':x',
  'é ü',
  'a,b',
  'a]',
  'a}',
  '[x',
  '{x',
  '%x',
  '@x',
  '`x',
  '&a x',
  '*a',
  '!tag x',
  '|',
  '>',
  'a | b',
  'a > b',
  'http://x.example/y',
  '10:30',
  '2026-11-30',
  '0:30',
];
const KEYS = [
  'a',
  'b',
  'Name',
  'LastName',
  'Lead_Score__c',
  'a b',
  'x.y',
  'k(1)',
  'true',
  'null',
  'No',
  'on',
  '1a',
  '"q"',
  "'q'",
  'a-b',
  '__proto__',
  '<<',
  'toString',
  'é',
  'a#b',
  'a: b',
  'x_1',
  'ID',
  'id',
];

/** Mostly what scenarios hold, else a corner case: so that both kinds of document are compared. */
const scalar = (rng: Random) => (rng.chance(0.6) ? rng.pick(SCALARS.slice(0, 4)) : rng.pick(SCALARS));
const key = (rng: Random) => (rng.chance(0.6) ? rng.pick(KEYS.slice(0, 5)) : rng.pick(KEYS));

function flow(rng: Random, depth: number): string {
  if (depth > 2 || rng.chance(0.5)) return scalar(rng);
  const items = Array.from({ length: rng.below(4) }, () =>
    rng.chance(0.5) ? flow(rng, depth + 1) : `${key(rng)}: ${flow(rng, depth + 1)}`,
  );
  const separator = rng.pick([', ', ',', ' , ']);
  const [open, close] = rng.chance(0.5) ? ['[', ']'] : ['{', '}'];
  const pad = rng.pick(['', ' ']);
  const trailing = rng.chance(0.1) ? ',' : '';
  return `${open}${pad}${items.join(separator)}${trailing}${pad}${close}`;
}

function comment(rng: Random): string {
  return rng.chance(0.15) ? rng.pick([' # a comment', ' #', '  # [x] {y}: z']) : '';
}

function blockMap(rng: Random, indent: number, depth: number, lines: string[], firstPrefix?: string): void {
  const keys = 1 + rng.below(3);
  for (let index = 0; index < keys; index++) {
    const lead = index === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    const name = `${key(rng)}${rng.chance(0.05) ? ' ' : ''}`;
    if (depth < 4 && rng.chance(0.35)) {
      lines.push(`${lead}${name}:${comment(rng)}`);
      const step = rng.pick([2, 2, 4, 1, 3, 0]);
      if (step === 0) blockSeq(rng, indent, depth + 1, lines);
      else if (rng.chance(0.5)) blockMap(rng, indent + step, depth + 1, lines);
      else blockSeq(rng, indent + step, depth + 1, lines);
    } else if (rng.chance(0.1)) {
      lines.push(`${lead}${name}:${comment(rng)}`);
    } else {
      const trailing = rng.chance(0.05) ? '  ' : '';
      lines.push(`${lead}${name}:${rng.pick([' ', ' ', '  '])}${flow(rng, 0)}${comment(rng)}${trailing}`);
    }
    if (rng.chance(0.1)) lines.push(rng.pick(['', `${' '.repeat(rng.below(6))}# between`, '   ']));
    if (rng.chance(0.03)) lines.push(`${' '.repeat(indent + 1 + rng.below(3))}${rng.pick(SCALARS)}`);
  }
}

function blockSeq(rng: Random, indent: number, depth: number, lines: string[]): void {
  const items = 1 + rng.below(3);
  for (let index = 0; index < items; index++) {
    const dash = `${' '.repeat(indent)}-${rng.pick([' ', ' ', '   '])}`;
    if (depth < 4 && rng.chance(0.5)) blockMap(rng, dash.length, depth + 1, lines, dash);
    else if (rng.chance(0.05)) lines.push(`${' '.repeat(indent)}-`);
    else lines.push(`${dash}${flow(rng, 0)}${comment(rng)}`);
  }
}

function document(rng: Random): string {
  const lines: string[] = [];
  if (rng.chance(0.1)) lines.push(rng.pick(['# a scenario', '---', '%YAML 1.2\n---']));
  blockMap(rng, 0, 0, lines);
  return `${lines.join('\n')}${rng.chance(0.9) ? '\n' : ''}`;
}

/** `text` with a few characters typed wrong: inserted, deleted or replaced by ones YAML gives meaning to. */
function mistype(rng: Random, text: string): string {
  let result = text;
  for (let count = 1 + rng.below(3); count > 0; count--) {
    const at = rng.below(result.length + 1);
    const char = rng.pick([
      ' ',
      ' ',
      ':',
      '-',
      '#',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      '\t',
      '&',
      '*',
      '!',
      '|',
      '>',
      '?',
      '0',
      '.',
      'e',
      '~',
      'x',
      '\\',
    ]);
    const kind = rng.below(3);
    if (kind === 0) result = result.slice(0, at) + char + result.slice(at);
    else if (kind === 1) result = result.slice(0, at) + result.slice(at + 1);
    else result = result.slice(0, at) + char + result.slice(at + 1);
  }
  return result;
}

const demoFiles = () => [
  ...readdirSync(DEMO_SCENARIOS)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => path.join(DEMO_SCENARIOS, file)),
  path.join(__dirname, '..', '..', 'emulator', 'orgs', 'demo.yaml'),
];

test('the demo scenarios and personas read the same through the fast reader, which takes the plain ones', () => {
  for (const file of demoFiles()) expectSame(readFileSync(file, 'utf8'));
  expect(compare(readFileSync(path.join(DEMO_SCENARIOS, 'sdr-sees-routed-lead.yaml'), 'utf8'))).toEqual({
    accepted: true,
  });
  expect(compare(readFileSync(path.join(DEMO_SCENARIOS, 'personas.yaml'), 'utf8'))).toEqual({
    accepted: true,
  });
});

test("scalars resolve as the yaml package's YAML 1.2 core schema does: numbers, booleans, null, quoted text", () => {
  const outcome = expectSame(
    [
      'text: Acme',
      'int: 42',
      'negative: -7',
      'octal: 0o17',
      'hex: 0x1F',
      'notBinary: 0b11',
      'underscore: 1_000',
      'float: 1.5',
      'exponent: 1e3',
      'infinity: -.inf',
      'notANumber: .NaN',
      'zero: -0',
      'yes: yes',
      'on: on',
      'bool: True',
      'off: FALSE',
      'nothing: ~',
      'empty:',
      'quoted: "42"',
      'escaped: "say \\"hi\\" \\\\ bye"',
      "single: 'it''s'",
      'hash: C#',
      'date: 2026-11-30',
      'time: 10:30',
      'flow: [1, "2", three, true, null, { a: 0x10 }]',
    ].join('\n'),
  );
  expect(outcome.accepted).toBe(true);
});

test('constructs the fast reader leaves to the yaml package are declined, not guessed', () => {
  const declined = [
    'a: &x 1\nb: *x',
    'a: !!str 1',
    'a: |\n  text',
    'a: >\n  text',
    'a: "tab\\there"',
    'a: b\n  continued',
    'a:\tb',
    'a: 1\r\n',
    '---\na: 1',
    'a: 1\na: 2',
    '"a": 1',
    'a: [1,\n  2]',
    'a: { b }',
    'a: [1, ]',
    '- a',
    '? a\n: b',
    'true: 1',
    '1: a',
    'a: b: c',
    'a: [http://x]',
    // What the loader reports as misread (misread-values.ts), which only the yaml package's nodes show.
    'a: 007',
    'a: [-0012]',
    'a: Acme #1',
    'a:\n  - Acme #1',
  ];
  for (const text of declined) expect(compare(text), text).toEqual({ accepted: false });
});

test('generated documents full of corner cases read the same through both, or are declined', () => {
  const rng = random(20261130);
  let accepted = 0;
  for (let index = 0; index < 3000; index++) if (expectSame(document(rng)).accepted) accepted++;
  expect(accepted).toBeGreaterThan(300); // the comparison is not vacuous
});

test('mistyped demo files and generated documents read the same through both, or are declined', () => {
  const rng = random(42);
  const texts = [
    ...demoFiles().map((file) => readFileSync(file, 'utf8')),
    ...Array.from({ length: 200 }, () => document(rng)),
  ];
  let accepted = 0;
  for (let index = 0; index < 3000; index++) {
    if (expectSame(mistype(rng, rng.pick(texts))).accepted) accepted++;
  }
  expect(accepted).toBeGreaterThan(200);
});
