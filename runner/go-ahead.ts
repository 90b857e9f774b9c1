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

function isGoAhead(message: unknown): message is GoAheadMessage {
  return typeof message === 'object' && message !== null && 'goAhead' in message;
}

/** Resolves at once unless this runner was started to wait for the go-ahead (over its IPC channel). */
export function awaitGoAhead(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env[AWAIT_GO_AHEAD] || !process.send) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isGoAhead(message)) return;
      stopListening();
      Object.assign(env, message.goAhead);
      delete env[AWAIT_GO_AHEAD];
      // Nothing more comes over the channel; it must not keep the runner alive.
      process.channel?.unref();
      resolve();
    };
    const onDisconnect = () => {
      stopListening();
      reject(new Error('persona-ux ended the run before it started (no go-ahead after its checks).'));
    };
    const stopListening = () => {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
    };
    process.on('message', onMessage);
    process.on('disconnect', onDisconnect);
  });
}
