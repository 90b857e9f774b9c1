import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import dotenv from 'dotenv';
import type { LoadedDotEnv } from '../../config/dotenv';
import { valueProblem } from '../../config/env-variable-place';
import { parseOrgEnv } from '../../config/org-env-schema';
import { wantsEmulator } from '../../config/org-settings';

const ROOT = path.join(__dirname, '..', '..');

/** What loadDotEnv makes of this .env text in a process whose environment already holds `environment`. */
function loaded(text: string, environment: NodeJS.ProcessEnv = {}) {
  const env = { ...environment };
  const set = dotenv.populate(env, dotenv.parse(text));
  const dotEnv: LoadedDotEnv = {
    file: path.resolve('.env'),
    text,
    setFromFile: new Map(Object.entries(set) as [string, string][]),
  };
  return { env, dotEnv };
}

test('a copy of .env.example, credentials left empty, means the embedded emulator', () => {
  const copied = dotenv.parse(readFileSync(path.join(ROOT, '.env.example')));
  expect(parseOrgEnv(copied).problems).toEqual([]);
  expect(wantsEmulator(copied)).toBe(true);
});

test('sandbox credentials without SF_USERNAME are a settings problem naming the variables set', () => {
  const copied = dotenv.parse(readFileSync(path.join(ROOT, '.env.example')));
  const { problems } = parseOrgEnv({
    ...copied,
    SF_PASSWORD: 'secret',
    SF_CLIENT_ID: '3MVG9',
    SF_CLIENT_SECRET: 'shh',
  });
  expect(problems).toEqual([
    "SF_PASSWORD (from the environment), SF_CLIENT_ID and SF_CLIENT_SECRET are set, but SF_USERNAME is empty: set SF_USERNAME to the sandbox admin's username (e.g. admin@acme.com.uat), or empty them to run against the embedded org emulator.",
  ]);
  expect(parseOrgEnv({ SF_JWT_KEY_FILE: 'server.key' }).problems).toEqual([
    expect.stringMatching(
      /^SF_JWT_KEY_FILE \(from the environment\) is set, but SF_USERNAME is empty: .* or empty it to run/,
    ),
  ]);
});

test('a malformed value in .env is named at its line and the value’s column, with the value given', () => {
  const { env, dotEnv } = loaded(
    'SF_LOGIN_URL=http://acme.my.salesforce.com\nexport SF_API_VERSION = 62\nPERSONA_UX_ALLURE="later"\n',
  );
  expect(parseOrgEnv(env, dotEnv).problems).toEqual([
    expect.stringMatching(/^\.env:1:14 SF_LOGIN_URL=http:\/\/acme\.my\.salesforce\.com: must use https /),
    '.env:2:25 SF_API_VERSION=62: must look like 62.0',
    '.env:3:19 PERSONA_UX_ALLURE=later: must be wait, background or off',
  ]);
});

test('a value the environment set, which wins over .env, is said to come from the environment', () => {
  const { env, dotEnv } = loaded('SF_API_VERSION=62.0\nPERSONA_UX_WORKERS=two\n', { SF_API_VERSION: '62' });
  expect(parseOrgEnv(env, dotEnv).problems).toEqual([
    'SF_API_VERSION=62 (from the environment): must look like 62.0',
    '.env:2:20 PERSONA_UX_WORKERS=two: must be a whole number of workers, e.g. 2',
  ]);
  // Without a .env file, every value is the environment's.
  expect(parseOrgEnv({ SF_API_VERSION: ' 62 ' }, undefined).problems).toEqual([
    'SF_API_VERSION=" 62 " (from the environment): must look like 62.0',
  ]);
});

test('a problem between variables is placed at the one that is set; secrets’ values are never shown', () => {
  const { env, dotEnv } = loaded(
    'SF_LOGIN_URL=https://test.salesforce.com\nSF_USERNAM=admin@acme.com\nSF_PASSWORD=hunter2\n',
  );
  const [problem] = parseOrgEnv(env, dotEnv).problems;
  expect(problem).toMatch(/^\.env:3:1 SF_PASSWORD is set, but SF_USERNAME is empty: set SF_USERNAME/);

  const token = loaded('SF_ACCESS_TOKEN=00D!secret-token\n');
  expect(parseOrgEnv(token.env, token.dotEnv).problems).toEqual([
    expect.stringMatching(/^\.env:1:1 SF_ACCESS_TOKEN is set without SF_INSTANCE_URL: /),
  ]);
  const fromEnvironment = parseOrgEnv({ SF_USERNAME: 'admin@acme.com', SF_CLIENT_SECRET: 'shh' }, undefined);
  expect(fromEnvironment.problems).toEqual([
    expect.stringMatching(/^SF_USERNAME \(from the environment\) is set, but SF_PASSWORD is missing: /),
    'SF_CLIENT_SECRET (from the environment) is set without SF_CLIENT_ID: set both (OAuth username-password flow), or neither.',
  ]);
  const allProblems = [
    ...parseOrgEnv(env, dotEnv).problems,
    ...parseOrgEnv(token.env, token.dotEnv).problems,
    ...fromEnvironment.problems,
  ];
  expect(allProblems.join('\n')).not.toMatch(/hunter2|secret-token|shh/);
  expect(valueProblem('SF_PASSWORD', 'hunter2', 'is wrong', { from: 'environment' }, true)).toBe(
    'SF_PASSWORD (from the environment): is wrong',
  );
});
