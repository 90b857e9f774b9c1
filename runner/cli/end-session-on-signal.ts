import { constants } from 'node:os';
import type { AuthMethod } from '../../config/org-settings';
import type { OrgConnection } from '../../fixtures/org-connection';
import { endAdminSession } from '../doctor/end-admin-session';
import type { SigningIn } from '../doctor/signing-in';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How long a stopped command waits for the org to answer its sign-in and its logout before it exits anyway. */
const LOGOUT_DEADLINE_MS = 10_000;

export interface SessionOnSignal {
  /** Holds the admin's sign-in from the moment it is asked of the org. */
  signingIn: SigningIn;
  /** The command ended its session itself: signals act as they do by default again. */
  release(): void;
}

/** The admin's sign-in as a signal finds it: still in flight, or answered (with no session when refused). */
interface SignIn {
  auth: AuthMethod;
  answer?: { org?: OrgConnection };
  session: Promise<OrgConnection | undefined>;
}

/**
 * A command that signs the admin in (doctor, validate, access, audit reconcile, run's check of file problems)
 * stopped by Ctrl+C, SIGTERM or SIGHUP would exit at once, its `finally` blocks unrun, and leave the admin's API
 * session open until the org's session timeout. Until `release()`, such a signal logs that session out (unless it
 * is borrowed) and then exits as the signal would have: 128 + its number. A signal while the org has not yet
 * answered the sign-in waits for the answer: the org opens the session as the request comes, and answers with it.
 * The answer and the logout get the logout deadline together. A second signal meanwhile exits at once. SIGKILL
 * cannot be caught.
 */
export function endSessionOnSignal(
  command: string,
  log: (line: string) => void = console.error,
): SessionOnSignal {
  let signIn: SignIn | undefined;
  const release = () => {
    for (const signal of SIGNALS) process.off(signal, stop);
  };
  const stop = (signal: NodeJS.Signals) => {
    release();
    const owned = signIn && signIn.auth !== 'access-token' ? signIn : undefined;
    log(`\npersona-ux ${command}: ${signal} received; stopping${stoppingWords(owned)}.`);
    const ended = owned?.session.then(endAdminSession).then(() => true) ?? Promise.resolve(true);
    const deadline = new Promise<false>((resolve) => setTimeout(resolve, LOGOUT_DEADLINE_MS, false));
    void Promise.race([ended, deadline]).then((inTime) => {
      if (!inTime) {
        log(
          `persona-ux ${command}: the org did not answer within ${LOGOUT_DEADLINE_MS / 1000} s; the admin's API ` +
            "session may stay open until the org's session timeout (Setup → Session Management ends it sooner).",
        );
      }
      process.exit(128 + (constants.signals[signal as keyof typeof constants.signals] ?? 0));
    });
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  return {
    signingIn: (auth, session) => {
      const held: SignIn = {
        auth,
        session: session.then(
          (org) => {
            held.answer = { org };
            return org;
          },
          () => {
            held.answer = {};
            return undefined;
          },
        ),
      };
      signIn = held;
    },
    release,
  };
}

function stoppingWords(signIn: SignIn | undefined): string {
  if (!signIn) return '';
  if (!signIn.answer) return ", and logging out the admin's API session once the org answers its sign-in";
  return signIn.answer.org ? " and logging out the admin's API session" : '';
}
