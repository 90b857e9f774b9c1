import type { OrgSettings } from '../../config/org-settings';

/**
 * What to change when the admin cannot sign in, read from the org's (or the network's) answer: each cause has
 * its own variable. Settings from a Salesforce CLI org (--target-org) are fixed in the CLI, not in .env.
 */
export function signInFix(message: string, settings: OrgSettings, fromCli: boolean): string {
  const where = settings.accessToken ? 'SF_INSTANCE_URL' : 'SF_LOGIN_URL';
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|certificate|CERT_|self[- ]signed/i.test(message)
  ) {
    return fromCli
      ? "The Salesforce CLI org's instance cannot be reached from here: check the network or proxy (HTTPS_PROXY), " +
          'and that the org still exists (sf org display).'
      : `${where} (${settings.accessToken?.instanceUrl ?? settings.loginUrl}) cannot be reached from here: check ` +
          `the URL (https://test.salesforce.com for a sandbox, or its My Domain), and the network or proxy (HTTPS_PROXY).`;
  }
  if (settings.accessToken) {
    return fromCli
      ? 'Log the Salesforce CLI in to the org again: sf org login web --alias <alias>, then run with --target-org <alias>.'
      : 'Set SF_ACCESS_TOKEN to a new session for SF_INSTANCE_URL (sf org display --json shows one), or sign in with ' +
          'SF_USERNAME and a password or JWT key instead.';
  }
  if (/invalid_client_id|client identifier invalid/i.test(message)) {
    return "Set SF_CLIENT_ID to the connected app's Consumer Key (Setup > App Manager > the app > View > Manage Consumer Details).";
  }
  if (/invalid_client\b|invalid client credentials/i.test(message)) {
    return "Set SF_CLIENT_SECRET to the connected app's Consumer Secret, which belongs to SF_CLIENT_ID.";
  }
  if (settings.jwt && /invalid_grant|invalid assertion|audience|user hasn't approved/i.test(message)) {
    return (
      'Check that SF_JWT_KEY / SF_JWT_KEY_FILE is the private key of the certificate uploaded to the connected app, that ' +
      'the admin is pre-authorized (Admin approved users are pre-authorized, with a profile or permission set of ' +
      "theirs), and SF_JWT_AUDIENCE if the app accepts only the org's My Domain."
    );
  }
  if (/authentication failure|INVALID_LOGIN|invalid_grant/i.test(message)) {
    return (
      "Check SF_USERNAME and SF_PASSWORD; from an IP address the org does not trust, append the admin's security " +
      'token to SF_PASSWORD. Check that the admin is active and not locked out.'
    );
  }
  return (
    'Check the SF_* settings in .env (username, password or key, connected app) and that the admin is active and ' +
    'API Enabled.'
  );
}
