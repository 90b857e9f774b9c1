import { randomBytes } from 'node:crypto';

export type SessionType = 'UI' | 'Oauth2' | 'SOAP' | 'SubstituteUser';

export interface Session {
  /** The token: access token, SOAP session id or the `sid` cookie value. */
  id: string;
  /** The AuthSession row that stands for it. */
  authSessionId: string;
  userId: string;
  type: SessionType;
  createdAt: number;
  lastActivity: number;
  /** The session this one was made from (frontdoor: the API session; Login-As: the admin's UI session). */
  parentId?: string;
  loginAs?: {
    adminUserId: string;
    adminSessionId: string;
    retURL: string;
    /** Started through access the user granted, not the policy "Administrators Can Log in as Any User". */
    throughGrantedAccess?: boolean;
  };
  endedAt?: number;
  /** The app last opened in this session (developer name): Lightning reopens it. */
  currentApp?: string;
  /** A toast the next Lightning page of this session shows once (after a form post and redirect). */
  pendingToast?: { variant: 'success' | 'error'; message: string; title?: string };
}

/** Live sessions and every secret ever issued (tests check that none leaks into reports). */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly issued: string[] = [];

  constructor(
    private readonly orgId: string,
    private readonly timeoutMs: () => number,
  ) {}

  create(fields: Omit<Session, 'id' | 'createdAt' | 'lastActivity'>): Session {
    // Real session ids are the 15-character org id, "!", then an opaque part.
    const id = `${this.orgId.slice(0, 15)}!AQ${randomBytes(48).toString('base64url').replace(/[-_]/g, '.')}`;
    const now = Date.now();
    const session: Session = { ...fields, id, createdAt: now, lastActivity: now };
    this.sessions.set(id, session);
    this.issued.push(id);
    return session;
  }

  /** A session that has not ended or timed out; touching it extends it, as Salesforce does. */
  find(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const session = this.sessions.get(token);
    if (!session || session.endedAt) return undefined;
    const now = Date.now();
    if (now - session.lastActivity > this.timeoutMs()) {
      session.endedAt = now;
      return undefined;
    }
    session.lastActivity = now;
    return session;
  }

  end(token: string | undefined): Session | undefined {
    const session = token ? this.sessions.get(token) : undefined;
    if (session && !session.endedAt) session.endedAt = Date.now();
    return session;
  }

  /** The sessions neither ended nor timed out, as they stand: asking extends none of them. */
  live(): Session[] {
    const now = Date.now();
    return [...this.sessions.values()].filter(
      (session) => !session.endedAt && now - session.lastActivity <= this.timeoutMs(),
    );
  }

  issuedSecrets(): string[] {
    return [...this.issued];
  }
}
