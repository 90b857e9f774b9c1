/** Salesforce's OAuth 2.0 token endpoint, below the login URL (and answered by the instance too). */
export const OAUTH_TOKEN_PATH = '/services/oauth2/token';

/**
 * The form of the OAuth 2.0 username-password flow (POST to OAUTH_TOKEN_PATH, grant_type=password): the
 * connected app's consumer key and secret, and the user's username and password (Salesforce Help, "OAuth 2.0
 * Username-Password Flow for Special Scenarios").
 */
export function passwordGrant(
  app: { clientId: string; clientSecret: string },
  user: { username: string; password: string },
): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'password',
    client_id: app.clientId,
    client_secret: app.clientSecret,
    username: user.username,
    password: user.password,
  });
}
