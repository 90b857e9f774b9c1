import { KEY_PREFIXES } from './ids';
import type { OrgState, OrgUser } from './org-state';
import type { Session, SessionType } from './sessions';
import { sfDateTime } from './store';

/** The org's own records of who signed in and who logged in as whom (SetupAuditTrail, LoginHistory, AuthSession). */

export function recordSetupAudit(
  state: OrgState,
  entry: { action: string; section: string; display: string; createdBy: OrgUser; delegateUser?: string },
): void {
  state.store.insert('SetupAuditTrail', {
    Id: state.ids.next(KEY_PREFIXES.SetupAuditTrail),
    Action: entry.action,
    Section: entry.section,
    Display: entry.display,
    DelegateUser: entry.delegateUser ?? null,
    CreatedByContext: null,
    CreatedDate: sfDateTime(new Date()),
    CreatedById: entry.createdBy.id,
  });
}

export interface LoginAttempt {
  user: OrgUser;
  /** LoginHistory.LoginType: Application (UI), Remote Access 2.0 (OAuth), Other Apex API (SOAP)... */
  loginType: string;
  status: string;
  loginUrl: string;
  application?: string;
  apiType?: string;
  apiVersion?: string;
  browser?: string;
}

/** A wrong password for a username: LoginHistory gets an "Invalid Password" row when the user exists. */
export function recordInvalidPassword(
  state: OrgState,
  username: string,
  loginType: string,
  loginUrl: string,
): void {
  const known = state.userByUsername(username);
  if (known) recordLogin(state, { user: known, loginType, status: 'Invalid Password', loginUrl });
}

export function recordLogin(state: OrgState, attempt: LoginAttempt): void {
  state.store.insert('LoginHistory', {
    Id: state.ids.next(KEY_PREFIXES.LoginHistory),
    UserId: attempt.user.id,
    LoginTime: sfDateTime(new Date()),
    LoginType: attempt.loginType,
    SourceIp: '127.0.0.1',
    LoginUrl: attempt.loginUrl,
    Status: attempt.status,
    Application: attempt.application ?? 'Browser',
    Browser: attempt.browser ?? 'Unknown',
    Platform: 'Unknown',
    ApiType: attempt.apiType ?? 'N/A',
    ApiVersion: attempt.apiVersion ?? 'N/A',
  });
}

/** A new session with its AuthSession row. */
export function openSession(
  state: OrgState,
  user: OrgUser,
  type: SessionType,
  options: { loginType: string; parent?: Session; loginAs?: Session['loginAs'] },
): Session {
  const authSessionId = state.ids.next(KEY_PREFIXES.AuthSession);
  const session = state.sessions.create({
    authSessionId,
    userId: user.id,
    type,
    parentId: options.parent?.id,
    loginAs: options.loginAs,
  });
  const now = sfDateTime(new Date());
  state.store.insert('AuthSession', {
    Id: authSessionId,
    UsersId: user.id,
    SessionType: type,
    LoginType: options.loginType,
    SourceIp: '127.0.0.1',
    NumSecondsValid: state.sessionSettings.timeoutMinutes * 60,
    ParentId: options.parent ? (options.parent.authSessionId ?? null) : null,
    CreatedDate: now,
    LastModifiedDate: now,
  });
  return session;
}

/** The session if it is live and its user still active (Salesforce ends sessions of deactivated users). */
export function liveSession(
  state: OrgState,
  token: string | undefined,
): { session: Session; user: OrgUser } | undefined {
  const session = state.sessions.find(token);
  const user = state.user(session?.userId);
  if (!session || !user?.active) return undefined;
  return { session, user };
}
