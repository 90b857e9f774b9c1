import { type AuthMethod, authMethod, type OrgSettings } from '../../config/org-settings';
import { connectAdmin, type OrgConnection } from '../../fixtures/org-connection';

/**
 * Told of the admin's sign-in as it is asked of the org (`auth`: how), with the session it will bring: whoever
 * logs that session out should the command be stopped, even before the org has answered.
 */
export type SigningIn = (auth: AuthMethod, session: Promise<OrgConnection>) => void;

/** The admin signs in with `settings`; `signingIn` is told at once, not once the org has answered. */
export function signIn(settings: OrgSettings, signingIn?: SigningIn): Promise<OrgConnection> {
  const session = connectAdmin(settings);
  signingIn?.(authMethod(settings), session);
  return session;
}
