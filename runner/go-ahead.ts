import { endHandedSession } from './handed-session';

/**
 * `persona-ux run` starts Playwright's runner as soon as the scenarios are valid, and checks the org (preflight,
 * production guard, names) while the runner loads. The runner's global setup waits for the CLI's go-ahead, which
 * brings what the checks added to the environment (the org's SF_* settings, the run's target); the workers,
 * started after it, inherit them. Without the go-ahead (the checks stopped the run) the runner is ended before
 * its global setup returns: no browser, worker or Login-As has started.
 */
export const AWAIT_GO_AHEAD = 'PERSONA_UX_AWAIT_GO_AHEAD';

export interface GoAheadMessage {
  goAhead: Record<string, string>;
}

/**
 * Sent as soon as the CLI's checks have signed the admin in, and again each time the CLI renews that session
 * mid-run: the API session as the go-ahead hands it over, for this runner to log out should the CLI be killed
 * outright — the session live at that moment, not the one the run started with.
 */
export interface HeldSessionMessage {
  heldSession: Record<string, string>;
}

function isGoAhead(message: unknown): message is GoAheadMessage {
  return typeof message === 'object' && message !== null && 'goAhead' in message;
}

function isHeldSession(message: unknown): message is HeldSessionMessage {
  return typeof message === 'object' && message !== null && 'heldSession' in message;
}

/** What the CLI said over the channel, and whether the CLI is gone. */
interface CliWord {
  goAhead?: Record<string, string>;
  /** Set once the channel closed before the go-ahead: the logout of the session the CLI said it holds. */
  gone?: Promise<void>;
  /** The admin's API session the CLI last said it holds (the renewed one after a renewal). */
  held?: Record<string, string>;
  changed: Array<() => void>;
}

/**
 * Kept on the process, not in this module: the built package compiles the config and the global setup into
 * separate files, each with its own copy of this module, and both must hear the same CLI.
 */
const WORD = Symbol.for('persona-ux.cli-word');
const shared = globalThis as { [WORD]?: CliWord };

/**
 * Starts listening to the CLI that started this runner, when it did (`persona-ux run`): called as the runner loads
 * its config, so that a CLI killed outright while it checks the org, before the global setup waits, is noticed
 * and the admin's API session it said it opened is logged out at once — no one else is left to. Returns false when
 * this runner was started to wait but the CLI is gone already: nothing it said can be read any more.
 */
export function listenToCli(env: NodeJS.ProcessEnv = process.env): boolean {
  if (shared[WORD]) return true;
  if (!env[AWAIT_GO_AHEAD] || !process.send) return true;
  if (!process.connected) return false;
  const heard: CliWord = { changed: [] };
  shared[WORD] = heard;
  const tell = () => {
    for (const waiter of heard.changed.splice(0)) waiter();
  };
  const onMessage = (message: unknown) => {
    if (isHeldSession(message)) heard.held = message.heldSession;
    if (!isGoAhead(message)) return;
    // After the go-ahead only renewed sessions come over the channel (heard still); once the CLI is gone, the
    // run's own teardown logs out the one held then (runner/orphaned-run.ts).
    process.off('disconnect', onDisconnect);
    heard.goAhead = message.goAhead;
    // The channel must not keep the runner alive.
    process.channel?.unref();
    tell();
  };
  const onDisconnect = () => {
    stopListening();
    heard.gone = heard.held ? endHandedSession(heard.held) : Promise.resolve();
    tell();
  };
  const stopListening = () => {
    process.off('message', onMessage);
    process.off('disconnect', onDisconnect);
  };
  process.on('message', onMessage);
  process.on('disconnect', onDisconnect);
  return true;
}

/**
 * The admin's API session the CLI last said it holds, as variables over those the go-ahead brought: after a
 * renewal mid-run, the renewed session. None when no CLI started this runner or it said nothing.
 */
export function sessionHeldByCli(): Record<string, string> | undefined {
  return shared[WORD]?.held;
}

/**
 * Resolves at once unless this runner was started to wait for the go-ahead (over its IPC channel). Should the
 * CLI be gone before it (killed outright while it checked the org), this rejects once the admin's API session the
 * CLI said it opened is logged out.
 */
export async function awaitGoAhead(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env[AWAIT_GO_AHEAD] || !process.send) return;
  const ended = new Error('persona-ux ended the run before it started (no go-ahead after its checks).');
  if (!listenToCli(env)) throw ended;
  const heard = shared[WORD] as CliWord;
  while (!heard.goAhead && !heard.gone) await new Promise<void>((resolve) => heard.changed.push(resolve));
  if (!heard.goAhead) {
    await heard.gone;
    throw ended;
  }
  Object.assign(env, heard.goAhead);
  delete env[AWAIT_GO_AHEAD];
}
