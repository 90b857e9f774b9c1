/**
 * The PERSONA_UX_* variables persona-ux reads besides the ones its org-settings schema declares and checks
 * (org-env-schema.ts). With those, they are every SF_* / PERSONA_UX_* name persona-ux knows; any other such name
 * in .env is a mistake that would be ignored. tests/config/unknown-env-variables.spec.ts finds every name the code
 * reads in this list or the schema.
 */

/** What a user may set: where reports and kept state go, the emulator's org, debugging, a run's options. */
export const OTHER_SETTINGS = [
  'PERSONA_UX_REPORTS_DIR',
  'PERSONA_UX_CACHE',
  'PERSONA_UX_ORG',
  'PERSONA_UX_EMULATOR_DATA',
  'PERSONA_UX_DEBUG',
  'PERSONA_UX_SOURCE',
  'PERSONA_UX_SCREENSHOTS',
  'PERSONA_UX_STOP_DEADLINE_MS',
  'PERSONA_UX_SF_BIN',
  'PERSONA_UX_SCENARIOS',
  'PERSONA_UX_LATENCY',
  'PERSONA_UX_SHADOW',
  'PERSONA_UX_TRACE',
  'PERSONA_UX_TIMEOUT_MS',
  'PERSONA_UX_SHARD',
  'PERSONA_UX_ALLOW_PRODUCTION',
  'PERSONA_UX_ACCESS_MATRIX_DIR',
  'PERSONA_UX_ACCESS_MATRIX_ALLURE_DIR',
] as const;

/** What persona-ux sets for the processes it starts (runner, workers); read, so not unknown, but never suggested. */
export const HANDED_OVER_VARIABLES = [
  'PERSONA_UX_AUTH_SOURCE',
  'PERSONA_UX_TARGET',
  'PERSONA_UX_TARGET_ORG',
  'PERSONA_UX_RUN_ID',
  'PERSONA_UX_RUN_RECORDED',
  'PERSONA_UX_LOADED_SCENARIOS',
  'PERSONA_UX_ORG_SETTINGS',
  'PERSONA_UX_AWAIT_GO_AHEAD',
  'PERSONA_UX_RUN_OWNS_SESSION',
  'PERSONA_UX_SESSION_RENEWAL',
  'PERSONA_UX_KNOWN_ORG',
] as const;
