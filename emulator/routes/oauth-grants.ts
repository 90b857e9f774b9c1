import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { OrgState, OrgUser } from '../model/org-state';
import type { Session } from '../model/sessions';

/**
 * Refresh tokens and authorization codes of one emulated org. A refresh token belongs to the client it was
 * issued to and to its user; revoking it ends it and the access tokens issued from it (OAuth 2.0 Token
 * Revocation, "Revoke OAuth Tokens" in Salesforce Help).
 */
interface RefreshGrant {
  userId: string;
  clientId: string;
  sessionIds: Set<string>;
  revoked: boolean;
}

interface AuthorizationCode {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  expiresAt: number;
}

// Authorization codes are valid for 15 minutes and once (Salesforce Help, "OAuth 2.0 Web Server Flow").
const CODE_LIFETIME_MS = 15 * 60_000;

export class OAuthGrants {
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly codes = new Map<string, AuthorizationCode>();

  constructor(private readonly state: OrgState) {}

  issueRefreshToken(user: OrgUser, clientId: string, session: Session): string {
    // Real refresh tokens start like "5Aep861…"; the rest is opaque.
    const token = `5Aep861${randomBytes(40).toString('base64url').replace(/[-_]/g, '.')}`;
    this.refreshTokens.set(token, {
      userId: user.id,
      clientId,
      sessionIds: new Set([session.id]),
      revoked: false,
    });
    return token;
  }

  /** The grant behind a live refresh token of this client, or undefined. */
  refreshGrant(token: string, clientId: string): RefreshGrant | undefined {
    const grant = this.refreshTokens.get(token);
    if (!grant || grant.revoked || grant.clientId !== clientId) return undefined;
    return grant;
  }

  /** Revokes a refresh token and every access token issued from it; false if it is not one. */
  revokeRefreshToken(token: string): boolean {
    const grant = this.refreshTokens.get(token);
    if (!grant) return false;
    grant.revoked = true;
    for (const id of grant.sessionIds) this.state.sessions.end(id);
    return true;
  }

  issueCode(user: OrgUser, clientId: string, redirectUri: string, codeChallenge?: string): string {
    const code = randomBytes(32).toString('base64url');
    this.codes.set(code, {
      userId: user.id,
      clientId,
      redirectUri,
      codeChallenge,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    return code;
  }

  /** Redeems a code once: the client, redirect URI and PKCE verifier (S256) must match what was asked. */
  redeemCode(
    code: string,
    clientId: string,
    redirectUri: string,
    verifier: string | undefined,
  ): AuthorizationCode | undefined {
    const grant = this.codes.get(code);
    this.codes.delete(code);
    if (
      !grant ||
      grant.expiresAt < Date.now() ||
      grant.clientId !== clientId ||
      grant.redirectUri !== redirectUri
    ) {
      return undefined;
    }
    if (grant.codeChallenge) {
      const computed = verifier ? createHash('sha256').update(verifier).digest('base64url') : undefined;
      if (computed !== grant.codeChallenge) return undefined;
    }
    return grant;
  }
}

/** The token endpoint's answer for a new access token (OAuth 2.0 token response as Salesforce sends it). */
export function tokenAnswer(
  state: OrgState,
  origin: string,
  user: OrgUser,
  session: Session,
  extra: { refreshToken?: string } = {},
): Record<string, string> {
  const id = `${origin}/id/${state.orgId}/${user.id}`;
  const issuedAt = String(Date.now());
  return {
    access_token: session.id,
    ...(extra.refreshToken ? { refresh_token: extra.refreshToken } : {}),
    signature: createHmac('sha256', state.definition.connectedApp.clientSecret)
      .update(id + issuedAt)
      .digest('base64'),
    scope: extra.refreshToken ? 'refresh_token api web full' : 'api web full',
    instance_url: origin,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  };
}
