import type { OrgSettings } from '../../config/org-settings';

/**
 * What to change when the admin cannot sign in, read from the org's (or the network's) answer: each cause has
 * its own variable or Setup page. Settings from a Salesforce CLI org (--target-org) are fixed in the CLI, not in .env.
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
  // Whatever the sign-in method: the admin's user, or the org's edition, has no API access.
  if (/API_CURRENTLY_DISABLED|API is disabled for this User/i.test(message)) {
    return (
      'The admin may not use the API: give them the API Enabled permission (Setup > Profiles, or a permission set ' +
      'of theirs > System Permissions > API Enabled).'
    );
  }
  if (/API_DISABLED_FOR_ORG|API is not enabled for this Organization/i.test(message)) {
    return (
      "The org's edition has no API access (Professional, Essentials or Group Edition without the API add-on), or " +
      "the admin's profile lacks API Enabled: use an Enterprise, Unlimited, Performance or Developer Edition org or " +
      "sandbox, and check API Enabled on the admin's profile or a permission set of theirs."
    );
  }
  // Salesforce refuses the sign-in from this machine's address (Login History: Status "Restricted IP");
  // forceworkbench/forceworkbench#772, sfdx-actions/setup-sfdx#17.
  if (/ip restricted|restricted ip/i.test(message)) {
    return (
      "The org refuses sign-ins from this machine's IP address (Setup > Login History shows them as Restricted IP): " +
      "add the address to the Login IP Ranges of the admin's profile, or turn off Setup > Session Settings > " +
      '"Lock sessions to the IP address from which they originated"' +
      (settings.clientId
        ? "; or relax the connected app's IP restrictions (App Manager > the app > Manage > Edit Policies > IP Relaxation)."
        : '.')
    );
  }
  if (settings.accessToken) {
    return fromCli
      ? 'Log the Salesforce CLI in to the org again: sf org login web --alias <alias>, then run with --target-org <alias>.'
      : 'Set SF_ACCESS_TOKEN to a new session for SF_INSTANCE_URL (sf org auth show-access-token --json shows one), ' +
          'or sign in with SF_USERNAME and a password or JWT key instead.';
  }
  if (/invalid_client_id|client identifier invalid/i.test(message)) {
    return "Set SF_CLIENT_ID to the connected app's Consumer Key (Setup > App Manager > the app > View > Manage Consumer Details).";
  }
  if (/invalid_client\b|invalid client credentials/i.test(message)) {
    return "Set SF_CLIENT_SECRET to the connected app's Consumer Secret, which belongs to SF_CLIENT_ID.";
  }
  if (/invalid_app_access|not admin approved|user hasn't approved this consumer/i.test(message)) {
    return (
      `${settings.username} may not use the connected app SF_CLIENT_ID: in App Manager > the app > Manage > Edit ` +
      'Policies, keep "Admin approved users are pre-authorized" and add the admin\'s profile or a permission set of ' +
      'theirs under Profiles or Permission Sets' +
      (settings.jwt
        ? ' (the JWT bearer flow needs a pre-authorized user).'
        : ', or let all users self-authorize.')
    );
  }
  // SOAP login() is unavailable from API 65.0 (/work/shared/reference/salesforce-api.md, Login paths).
  if (/INVALID_OPERATION.*SOAP Login|SOAP Login operation is not available/i.test(message)) {
    return (
      `SOAP login() is not available at API ${settings.apiVersion}: set SF_CLIENT_ID and SF_CLIENT_SECRET to sign in ` +
      'through OAuth, or SF_JWT_KEY_FILE for the JWT bearer flow (or, until then, SF_API_VERSION below 65.0).'
    );
  }
  const loginUrl =
    `SF_LOGIN_URL (${settings.loginUrl}) must be the admin's org: https://test.salesforce.com or the sandbox's My ` +
    'Domain (https://MyDomainName--SandboxName.sandbox.my.salesforce.com) for a sandbox, https://login.salesforce.com ' +
    'or its My Domain for production';
  if (settings.jwt && /invalid assertion|audience|invalid_grant/i.test(message)) {
    return (
      'Check that SF_JWT_KEY / SF_JWT_KEY_FILE is the private key of the certificate uploaded to the connected app, ' +
      `and SF_JWT_AUDIENCE if the app accepts only the org's My Domain; ${loginUrl}.`
    );
  }
  if (/authentication failure|INVALID_LOGIN|invalid_grant/i.test(message)) {
    return (
      "Check SF_USERNAME and SF_PASSWORD; from an IP address the org does not trust, append the admin's security " +
      `token to SF_PASSWORD. ${loginUrl}. Check that the admin is active and not locked out` +
      (settings.clientId
        ? '; and that the org allows the OAuth username-password flow (blocked by default in orgs created from ' +
          "Summer '23: Setup > OAuth and OpenID Connect Settings > Allow OAuth Username-Password Flows)."
        : '.')
    );
  }
  return (
    'Check the SF_* settings in .env (username, password or key, connected app) and that the admin is active and ' +
    'API Enabled.'
  );
}
