import type { MiddlewareHandler } from 'hono';
import { OrgScoped, type OrgState } from './model/org-state';
import { LATENCY_PROFILES, type LatencyProfileName } from './org/profile-names';

/**
 * Latency profiles: how slowly the emulator answers, so page objects are proven against real timing.
 * - none: everything at once (the default).
 * - lightning: pages render the shell and a spinner first; their parts (record layout, highlights, related
 *   lists, list views...) arrive 0.3-2 s later, fetched by the page's script (html/record-page-content.ts, html/deferred-navigation.ts).
 * - jitter: every response is delayed by a seeded random 0-400 ms.
 * A page asks `latencyOf(state).deferParts` whether to defer, and awaits `latencyOf(state).partDelay()`
 * before answering a deferred part.
 */
export { LATENCY_PROFILES, type LatencyProfileName };

export interface Latency {
  readonly profile: LatencyProfileName;
  /** True when pages should send a spinner and fetch their parts later. */
  readonly deferParts: boolean;
  /** Waits the delay of one deferred part (0 unless the profile is lightning). */
  partDelay(): Promise<void>;
  /** The next response delay in ms for the jitter profile (0 otherwise). */
  responseDelayMs(): number;
  /**
   * The time, in ms, during which at least one delay of the profile was running: the part of a run's wall time
   * no client can avoid (parts fetched in parallel overlap, and so do the delays of parallel sessions).
   */
  unavoidableMs(): number;
}

/** The union of delay intervals, as delays start one after another. */
function delayAccount(now: () => number) {
  let coveredUntil = 0;
  let total = 0;
  return {
    add(ms: number): number {
      const start = now();
      const end = start + ms;
      if (end > coveredUntil) {
        total += end - Math.max(start, coveredUntil);
        coveredUntil = end;
      }
      return ms;
    },
    total: () => Math.round(total),
  };
}

/** `now` is the clock delays are accounted on (milliseconds); tests pass their own. */
export function createLatency(
  profile: LatencyProfileName,
  seed = 1,
  now: () => number = () => performance.now(),
): Latency {
  const random = mulberry32(seed);
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  const delays = delayAccount(now);
  return {
    profile,
    deferParts: profile === 'lightning',
    partDelay: () => (profile === 'lightning' ? sleep(delays.add(between(300, 2000))) : Promise.resolve()),
    responseDelayMs: () => (profile === 'jitter' ? delays.add(between(0, 400)) : 0),
    unavoidableMs: delays.total,
  };
}

/** The org's latency: the profile chosen at start, else the org definition's recordUi.latency. */
const latencies = new OrgScoped((state) => {
  const { latency: profile, latencySeed } = state.definition.recordUi;
  return { current: createLatency(profile, latencySeed) };
});

export function setLatency(state: OrgState, latency: Latency): void {
  state.scoped(latencies).current = latency;
}

export function latencyOf(state: OrgState): Latency {
  return state.scoped(latencies).current;
}

/** Delays every response under the jitter profile. */
export function latencyMiddleware(state: OrgState): MiddlewareHandler {
  return async (_c, next) => {
    const delay = latencyOf(state).responseDelayMs();
    if (delay > 0) await sleep(delay);
    await next();
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A small seeded PRNG: the same seed gives the same delays run after run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
