/**
 * A part of the page (the record layout, the actions ribbon, the Edit form) did not finish rendering: what it
 * lacks cannot be judged, so no verdict that something is absent is given.
 */
export class IncompletePageError extends Error {
  override name = 'IncompletePageError';
}
