import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import dotenv from 'dotenv';
import type { LoadedDotEnv } from '../../config/dotenv';
import { ORG_ENV_VARIABLES } from '../../config/org-env-schema';
import { HANDED_OVER_VARIABLES, OTHER_SETTINGS } from '../../config/persona-ux-variables';
import { unknownEnvVariables } from '../../runner/cli/unknown-env-variables';

const ROOT = path.join(__dirname, '..', '..');

const dotEnvOf = (...lines: string[]): LoadedDotEnv => {
  const text = `${lines.join('\n')}\n`;
  return {
    file: path.resolve('.env'),
    text,
    setFromFile: new Map(Object.entries(dotenv.parse(text))),
  };
};

test('a misspelt or wrongly cased SF_ / PERSONA_UX_ name in .env is named at its line, with the name meant', () => {
  const problems = unknownEnvVariables(
    dotEnvOf(
      'SF_LOGIN_URL=https://test.salesforce.com',
      'sf_username=admin@acme.com',
      'PERSONA_UX_TICKET_PATERN=^[A-Z]+-\\d+$',
      '  export SF_USERNAM = admin@acme.com',
    ),
  );
  expect(problems).toEqual([
    '.env:2:1 sf_username is not a variable persona-ux reads, so it would be ignored: names are case-sensitive. Did you mean "SF_USERNAME"?',
    '.env:3:1 PERSONA_UX_TICKET_PATERN is not a variable persona-ux reads, so it would be ignored. Did you mean "PERSONA_UX_TICKET_PATTERN"?',
    '.env:4:10 SF_USERNAM is not a variable persona-ux reads, so it would be ignored. Did you mean "SF_USERNAME"?',
  ]);
});

test('an SF_ name with no near miss says where the variables are listed; its value is never shown', () => {
  const [problem, ...more] = unknownEnvVariables(dotEnvOf('SF_TARGET_ORG_SECRET=do-not-show'));
  expect(more).toEqual([]);
  expect(problem).toMatch(
    /^\.env:1:1 SF_TARGET_ORG_SECRET is not a variable persona-ux reads, so it would be ignored\./,
  );
  expect(problem).toContain('listed in .env.example and README.md');
  expect(problem).not.toContain('do-not-show');
});

test('what persona-ux reads, and other programs’ variables, pass; so does a file that is not there', () => {
  const known = [...ORG_ENV_VARIABLES, ...OTHER_SETTINGS, ...HANDED_OVER_VARIABLES];
  expect(
    unknownEnvVariables(
      dotEnvOf(...known.map((name) => `${name}=x`), 'DATABASE_URL=x', 'SFDX_AUDIENCE_URL=x'),
    ),
  ).toEqual([]);
  expect(
    unknownEnvVariables({ ...dotEnvOf(), text: readFileSync(path.join(ROOT, '.env.example'), 'utf8') }),
  ).toEqual([]);
  expect(unknownEnvVariables(undefined)).toEqual([]);
});

/** The product's source files (what runs for a user), not its tests or benchmarks. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|cjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('every SF_ / PERSONA_UX_ variable the code reads is known to the .env check, and every known one is read', () => {
  // Not the files that declare the known names: a name only they hold is read nowhere.
  const declaring = ['persona-ux-variables.ts', 'org-env-schema.ts'].map((file) =>
    path.join(ROOT, 'config', file),
  );
  const files = [
    ...['config', 'runner', 'fixtures', 'pages', 'emulator', 'bin'].flatMap(sourceFiles),
    path.join(ROOT, 'playwright.config.ts'),
  ].filter((file) => !declaring.includes(file));
  const inCode = new Set<string>();
  const buildConstants = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [name] of text.matchAll(/\b(?:SF|PERSONA_UX)_[A-Z0-9_]+/g)) inCode.add(name);
    // Names esbuild replaces when it compiles the package: constants, not environment variables.
    for (const [, name] of text.matchAll(/declare const ((?:SF|PERSONA_UX)_\w+)/g))
      buildConstants.add(name as string);
  }
  for (const name of buildConstants) inCode.delete(name);
  const known = new Set<string>([...ORG_ENV_VARIABLES, ...OTHER_SETTINGS, ...HANDED_OVER_VARIABLES]);
  expect(
    [...inCode].filter((name) => !known.has(name)).sort(),
    'read by the code, unknown to the check',
  ).toEqual([]);
  expect([...known].filter((name) => !inCode.has(name)).sort(), 'known to the check, read nowhere').toEqual(
    [],
  );
});
