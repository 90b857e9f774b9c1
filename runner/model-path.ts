/** What an `expect` step checks on Path and in toasts (model.ts's ExpectStep includes these). */

/** Path on the opened record, as the persona sees it. */
export interface PathExpectation {
  /** The current stage's label. */
  current?: string;
  /** The steps of the track, in order, as Path shows them (open stages, then "Closed" or the closed stage). */
  offers?: string[];
  /** The key fields shown for the current stage, by API name or label, in order. */
  keyFields?: string[];
}

/** A toast the last save showed: its text contains `text`; `kind` (success, error, ...) when given. */
export interface ToastExpectation {
  text: string;
  kind?: 'success' | 'error' | 'warning' | 'info';
}

export interface PathExpectations {
  path?: PathExpectation;
  toast?: ToastExpectation;
}
