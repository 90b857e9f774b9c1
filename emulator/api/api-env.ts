import type { OrgState, OrgUser } from '../model/org-state';
import type { Session } from '../model/sessions';

/** Hono env of authenticated REST routes. */
export type ApiEnv = {
  Variables: { session: Session; user: OrgUser; version: string; state: OrgState };
};
