/**
 * The names of the emulator's UI profiles, apart from the schema that reads them from an org definition: the
 * CLI checks `--latency` and `--shadow` against them before it loads zod's schemas.
 */

export const LATENCY_PROFILES = ['none', 'lightning', 'jitter'] as const;
export type LatencyProfileName = (typeof LATENCY_PROFILES)[number];

/** How Lightning web components reach the DOM: native shadow roots, or LWC's synthetic shadow (flattened). */
export const SHADOW_MODES = ['native', 'synthetic'] as const;
export type ShadowMode = (typeof SHADOW_MODES)[number];
