import { expect, test } from '@playwright/test';
import type { OrgSettings } from '../../config/org-settings';
import { signInFix } from '../../runner/doctor/sign-in-fix';

// Each answer Salesforce gives a failed admin sign-in points at the setting or Setup page that causes it.
const SANDBOX = 'https://test.salesforce.com';
const password: OrgSettings = {
  loginUrl: SANDBOX,
  username: 'admin@acme.example.uat',
  password: 'secret',
  clientId: '3MVG9',
  clientSecret: 'shh',
  apiVersion: '62.0',
};
const soap: OrgSettings = { ...password, clientId: undefined, clientSecret: undefined, apiVersion: '65.0' };
const jwt: OrgSettings = {
  ...password,
  password: undefined,
  clientSecret: undefined,
  jwt: { privateKey: 'PEM', audience: SANDBOX },
};
const token: OrgSettings = {
  loginUrl: 'https://acme--uat.sandbox.my.salesforce.com',
  username: '',
  accessToken: { token: '00D!x', instanceUrl: 'https://acme--uat.sandbox.my.salesforce.com' },
  apiVersion: '62.0',
};

const fix = (message: string, settings: OrgSettings) => signInFix(message, settings, false);

test('a sign-in refused from this IP address names Login IP Ranges and session locking, not the JWT key', () => {
  for (const [message, settings] of [
    ['Admin JWT login as a at b failed: invalid_grant: ip restricted', jwt],
    ['Admin API login as a at b failed: invalid_grant: ip restricted', password],
  ] as const) {
    const advice = fix(message, settings);
    expect(advice).toContain("Login IP Ranges of the admin's profile");
    expect(advice).toContain('"Lock sessions to the IP address from which they originated"');
    expect(advice).toContain('IP Relaxation');
    expect(advice).not.toContain('private key');
    expect(advice).not.toContain('SF_PASSWORD');
  }
});

test('a username-password authentication failure names the login URL, and the blocked OAuth flow', () => {
  const advice = fix('Admin API login as a at b failed: invalid_grant: authentication failure', password);
  expect(advice).toContain("SF_LOGIN_URL (https://test.salesforce.com) must be the admin's org");
  expect(advice).toContain('https://MyDomainName--SandboxName.sandbox.my.salesforce.com');
  expect(advice).toContain('https://login.salesforce.com');
  expect(advice).toContain("append the admin's security token");
  expect(advice).toContain('Allow OAuth Username-Password Flows');
  const soapAdvice = fix(
    'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
    soap,
  );
  expect(soapAdvice).toContain("must be the admin's org");
  expect(soapAdvice).not.toContain('OAuth Username-Password');
});

test('an admin without API access is told which permission or edition lacks it, whatever the sign-in method', () => {
  for (const settings of [password, jwt, token]) {
    expect(fix('API_CURRENTLY_DISABLED: API is disabled for this User', settings)).toMatch(
      /^The admin may not use the API: give them the API Enabled permission/,
    );
    expect(
      fix('API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner', settings),
    ).toMatch(/^The org's edition has no API access .* API Enabled/);
  }
});

test('an admin the connected app does not admit is pointed at its Permitted Users policy', () => {
  expect(
    fix(
      'Admin API login as a at b failed: invalid_app_access: user is not admin approved to access this app',
      password,
    ),
  ).toMatch(
    /^admin@acme\.example\.uat may not use the connected app SF_CLIENT_ID: .*Admin approved users are pre-authorized/,
  );
  expect(
    fix("Admin JWT login as a at b failed: invalid_grant: user hasn't approved this consumer", jwt),
  ).toContain('the JWT bearer flow needs a pre-authorized user');
});

test('SOAP login() at an API version that no longer serves it points at OAuth or JWT', () => {
  expect(
    fix(
      'Admin API login as a at b failed: INVALID_OPERATION: The SOAP Login operation is not available in the API version specified (65.0)',
      soap,
    ),
  ).toBe(
    'SOAP login() is not available at API 65.0: set SF_CLIENT_ID and SF_CLIENT_SECRET to sign in through OAuth, ' +
      'or SF_JWT_KEY_FILE for the JWT bearer flow (or, until then, SF_API_VERSION below 65.0).',
  );
});

test('a JWT assertion the org rejects still names the key, the audience and the login URL', () => {
  const advice = fix('Admin JWT login as a at b failed: invalid_grant: invalid assertion', jwt);
  expect(advice).toMatch(/^Check that SF_JWT_KEY \/ SF_JWT_KEY_FILE is the private key/);
  expect(advice).toContain('SF_JWT_AUDIENCE');
  expect(advice).toContain("SF_LOGIN_URL (https://test.salesforce.com) must be the admin's org");
});
