/** Steps of persona journeys beyond one page: access refused, automation polled through the API, evidence, actions. */

/** The persona must get Insufficient Privileges opening a test record. */
export interface CannotOpenStep {
  kind: 'cannotOpen';
  /** A data key. */
  record: string;
}

/**
 * What a field must hold, read through the API as the admin: a value (compared by type), or for an owner or
 * lookup field a queue (developer name or name) or a user (username or full name).
 */
export type ApiFieldCondition = string | number | boolean | null | { queue: string } | { user: string };

/** A Task that must exist for the record (WhoId or WhatId), optionally with this subject and owner. */
export interface TaskCondition {
  subject?: string;
  owner?: { queue: string } | { user: string };
}

/** Conditions on a test record that automation must bring about, polled through the API as the admin. */
export interface ApiCondition {
  /** A data key. */
  record: string;
  fields: Record<string, ApiFieldCondition>;
  task?: TaskCondition;
  /** How long to poll, in milliseconds. */
  withinMs: number;
}

/** Polls until the condition holds (automation has run); past the deadline, says what was last seen. */
export interface WaitStep extends ApiCondition {
  kind: 'wait';
}

/** An expectation on what automation did, polled like `wait`. */
export interface ExpectApiStep extends ApiCondition {
  kind: 'expectApi';
}

/** Attaches a full-page screenshot to the test, named. */
export interface ScreenshotStep {
  kind: 'screenshot';
  name: string;
}

/** Clicks an action of the opened record by its label, in the actions ribbon or its overflow menu. */
export interface ClickStep {
  kind: 'click';
  action: string;
}

export type JourneyStep = CannotOpenStep | WaitStep | ExpectApiStep | ScreenshotStep | ClickStep;
