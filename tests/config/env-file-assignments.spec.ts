import { expect, test } from '@playwright/test';
import dotenv from 'dotenv';
import { envFileAssignments } from '../../config/env-file-assignments';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

test('each assignment is found at its name, and its value’s column, however it is written', () => {
  const text = lines(
    '# a comment SF_USERNAME=not-this',
    'SF_LOGIN_URL=https://test.salesforce.com',
    'export SF_USERNAME=admin@acme.com',
    '  SF_API_VERSION = 62',
    'SF_PASSWORD="hunter 2"',
    "SF_CLIENT_ID='3MVG9'",
    'SF_CLIENT_SECRET=',
    'PERSONA_UX_WORKERS: 2',
  );
  expect(Object.fromEntries(envFileAssignments(text))).toEqual({
    SF_LOGIN_URL: { line: 2, column: 1, valueColumn: 14 },
    SF_USERNAME: { line: 3, column: 8, valueColumn: 20 },
    SF_API_VERSION: { line: 4, column: 3, valueColumn: 20 },
    SF_PASSWORD: { line: 5, column: 1, valueColumn: 13 },
    SF_CLIENT_ID: { line: 6, column: 1, valueColumn: 14 },
    SF_CLIENT_SECRET: { line: 7, column: 1, valueColumn: 18 },
    PERSONA_UX_WORKERS: { line: 8, column: 1, valueColumn: 21 },
  });
  // The same names dotenv reads: nothing found that it would not set, nothing it sets missed.
  expect([...envFileAssignments(text).keys()].sort()).toEqual(Object.keys(dotenv.parse(text)).sort());
});

test('a name assigned twice is placed where dotenv takes its value from: the last assignment', () => {
  const text = lines('SF_API_VERSION=61.0', 'SF_USERNAME=a@b.c', 'SF_API_VERSION=62');
  expect(envFileAssignments(text).get('SF_API_VERSION')).toEqual({ line: 3, column: 1, valueColumn: 16 });
  expect(dotenv.parse(text).SF_API_VERSION).toBe('62');
});

test('lines inside a quoted value spanning lines are not assignments, and are counted for the lines after it', () => {
  const text = lines(
    'SF_JWT_KEY="-----BEGIN PRIVATE KEY-----',
    'SF_USERNAM=inside-the-key',
    '-----END PRIVATE KEY-----"',
    'SF_USERNAME=admin@acme.com',
  );
  const found = envFileAssignments(text);
  expect([...found.keys()]).toEqual(['SF_JWT_KEY', 'SF_USERNAME']);
  expect(found.get('SF_USERNAME')).toEqual({ line: 4, column: 1, valueColumn: 13 });
});

test('Windows line endings count as one line each', () => {
  expect(envFileAssignments('SF_USERNAME=a@b.c\r\nSF_API_VERSION=62\r\n').get('SF_API_VERSION')).toEqual({
    line: 2,
    column: 1,
    valueColumn: 16,
  });
});
