import {
  LATENCY_PROFILES,
  type LatencyProfileName,
  SHADOW_MODES,
  type ShadowMode,
} from './org/profile-names';

/** `--latency` and `--shadow`, read without loading the emulator itself (the CLI checks them before a run). */
export function parseLatency(value: string): LatencyProfileName {
  if (!(LATENCY_PROFILES as readonly string[]).includes(value)) {
    throw new Error(`--latency expects one of ${LATENCY_PROFILES.join(', ')}, but got "${value}".`);
  }
  return value as LatencyProfileName;
}

export function parseShadowMode(value: string): ShadowMode {
  if (!(SHADOW_MODES as readonly string[]).includes(value)) {
    throw new Error(`--shadow expects one of ${SHADOW_MODES.join(', ')}, but got "${value}".`);
  }
  return value as ShadowMode;
}
