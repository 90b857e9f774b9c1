import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import dotenv from 'dotenv';
import { parseOrgEnv } from '../../config/org-env-schema';
import { wantsEmulator } from '../../config/org-settings';

const ROOT = path.join(__dirname, '..', '..');

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
    "SF_PASSWORD, SF_CLIENT_ID and SF_CLIENT_SECRET are set, but SF_USERNAME is empty: set SF_USERNAME to the sandbox admin's username (e.g. admin@acme.com.uat), or empty them to run against the embedded org emulator.",
  ]);
  expect(parseOrgEnv({ SF_JWT_KEY_FILE: 'server.key' }).problems).toEqual([
    expect.stringMatching(/^SF_JWT_KEY_FILE is set, but SF_USERNAME is empty: .* or empty it to run/),
  ]);
});
