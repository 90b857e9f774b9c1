import { hasPermission } from './access';
import { loginRefusal } from './login-restrictions';
import type { OrgState, OrgUser } from './org-state';

/**
 * Who may log in as whom (Salesforce Help "Log In as Another User"), used by the users list, the user detail
 * page's Login button and servlet.su. Every refusal names the row of the seed guide's troubleshooting table
 * it stages:
 * - "Log In button is missing": the viewer lacks Manage Users; or the policy "Administrators Can Log in as Any
 *   User" is off (or the viewer lacks Modify All Data) and the user granted no login access.
 * - "Access attempt fails immediately": the button shows, servlet.su refuses (frozen user; unconfirmed choice:
 *   Salesforce shows the button and the login fails).
 * - "Login works for some users but not others": the target's profile login hours or IP ranges refuse it
 *   (unconfirmed that Salesforce applies the target's restrictions to Login-As; the seed's table suggests it).
 * Unconfirmed rule: an admin without Modify All Data (a delegated/support admin) cannot log in as a user who has
 * Modify All Data, even with granted access.
 */
export type TroubleshootingRow =
  | 'Log In button is missing'
  | 'Access attempt fails immediately'
  | 'Login works for some users but not others';

export type LoginAsDecision =
  | { allowed: true; via: 'policy' | 'granted access' }
  | { allowed: false; reason: string; symptom: TroubleshootingRow; buttonShown: boolean };

export function loginAccessGrantedUntil(
  state: OrgState,
  target: OrgUser,
  now = new Date(),
): string | undefined {
  const until = state.loginAccessGrants.get(target.id);
  return until && Date.parse(until) > now.getTime() ? until : undefined;
}

export function loginAsDecision(
  state: OrgState,
  viewer: OrgUser,
  target: OrgUser,
  now = new Date(),
): LoginAsDecision {
  const refuse = (reason: string, symptom: TroubleshootingRow, buttonShown = false): LoginAsDecision => ({
    allowed: false,
    reason,
    symptom,
    buttonShown,
  });
  if (target.id === viewer.id)
    return refuse('an admin cannot log in as themselves', 'Log In button is missing');
  if (!hasPermission(viewer, 'ManageUsers')) {
    return refuse(`${viewer.username} lacks Manage Users`, 'Log In button is missing');
  }
  if (!target.active) return refuse(`${target.username} is inactive`, 'Log In button is missing');
  const policy = state.security.adminsCanLogInAsAnyUser && hasPermission(viewer, 'ModifyAllData');
  const granted =
    state.security.canUsersGrantLoginAccess &&
    loginAccessGrantedUntil(state, target, now) !== undefined &&
    (hasPermission(viewer, 'ModifyAllData') || !hasPermission(target, 'ModifyAllData'));
  if (!policy && !granted) {
    const why = !state.security.adminsCanLogInAsAnyUser
      ? 'the org policy "Administrators Can Log in as Any User" is off'
      : `${viewer.username} lacks Modify All Data`;
    return refuse(`${why} and ${target.username} has not granted login access`, 'Log In button is missing');
  }
  const refusal = loginRefusal(state, target, undefined, now);
  if (refusal?.kind === 'frozen') {
    return refuse(`${target.username} is frozen`, 'Access attempt fails immediately', true);
  }
  if (refusal) {
    return refuse(
      `${target.username}'s profile does not allow a login now (${refusal.status})`,
      'Login works for some users but not others',
      true,
    );
  }
  return { allowed: true, via: policy ? 'policy' : 'granted access' };
}

/** Whether the users list and the user detail page show the Login action. */
export function showsLoginButton(decision: LoginAsDecision): boolean {
  return decision.allowed || decision.buttonShown;
}
