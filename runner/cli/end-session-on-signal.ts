import { constants } from 'node:os';
import type { OrgConnection } from '../../fixtures/org-connection';
import { endAdminSession } from '../doctor/end-admin-session';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How long a stopped command waits for the org to answer its logout before it exits anyway. */
const LOGOUT_DEADLINE_MS = 10_000;

export interface SessionOnSignal {
  /** The admin's API session to log out should a signal stop the command; called once it exists. */
  hold(org: OrgConnection | undefined): void;
  /** The command ended its session itself: signals act as they do by default again. */
  release(): void;
}

/**
 * A command that signs the admin in (doctor, validate, access, audit reconcile) stopped by Ctrl+C, SIGTERM or
 * SIGHUP would exit at once, its `finally` blocks unrun, and leave the admin's API session open until the org's
 * session timeout. Until `release()`, such a signal logs that session out (unless it is borrowed) and then exits
 * as the signal would have: 128 + its number. A second signal meanwhile exits at once. SIGKILL cannot be caught.
 */
export function endSessionOnSignal(
  command: string,
  log: (line: string) => void = console.error,
): SessionOnSignal {
  let held: OrgConnection | undefined;
  const release = () => {
    for (const signal of SIGNALS) process.off(signal, stop);
  };
  const stop = (signal: NodeJS.Signals) => {
    release();
    const session = held && held.auth !== 'access-token' ? " and logging out the admin's API session" : '';
    log(`\npersona-ux ${command}: ${signal} received; stopping${session}.`);
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, LOGOUT_DEADLINE_MS).unref());
    void Promise.race([endAdminSession(held), deadline]).finally(() =>
      process.exit(128 + (constants.signals[signal as keyof typeof constants.signals] ?? 0)),
    );
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  return {
    hold: (org) => {
      held = org;
    },
    release,
  };
}
