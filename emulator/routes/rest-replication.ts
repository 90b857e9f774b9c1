import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { SalesforceError } from '../api/errors';
import type { OrgState } from '../model/org-state';
import { sharingFilter } from '../model/sharing';
import { sfDateTime } from '../model/store';
import { visibleObject } from './rest-records';

// Replication windows: updated records up to 30 days back, deleted ones as long as they are in the Recycle
// Bin, 15 days (REST API Developer Guide, "Get Updated Records" / "Get Deleted Records").
const MAX_RANGE_DAYS = 30;
const RECYCLE_BIN_DAYS = 15;
const DAY_MS = 86_400_000;

/**
 * /sobjects/{T}/updated and /sobjects/{T}/deleted (`?start=…&end=…`, ISO 8601 with an offset), as sync tools
 * and simple-salesforce's `updated()` / `deleted()` call them: ids by SystemModstamp, as the user sees them.
 */
export function replicationRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  const window = (start: string | undefined, end: string | undefined) => {
    const from = parseDate(start, 'start');
    const to = parseDate(end, 'end');
    if (to.getTime() <= from.getTime()) throw invalidDate('The end date must be after the start date.');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw invalidDate(`The date range must be no more than ${MAX_RANGE_DAYS} days.`);
    }
    // Covered up to the end, or up to the last whole minute before now.
    const now = new Date();
    now.setUTCSeconds(0, 0);
    const covered = new Date(Math.min(to.getTime(), now.getTime()));
    return { from, covered };
  };

  api.get('/:type/updated', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const { from, covered } = window(c.req.query('start'), c.req.query('end'));
    const sharing = sharingFilter(state, user, type);
    const ids = state.store
      .live(type.name)
      .filter((row) => within(row.SystemModstamp, from, covered) && sharing.visible(row))
      .map((row) => row.Id);
    return c.json({ ids, latestDateCovered: sfDateTime(covered) });
  });

  api.get('/:type/deleted', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const { from, covered } = window(c.req.query('start'), c.req.query('end'));
    const earliest = new Date(Date.now() - RECYCLE_BIN_DAYS * DAY_MS);
    earliest.setUTCSeconds(0, 0);
    if (from.getTime() < earliest.getTime()) {
      throw invalidDate('The start date cannot be earlier than the earliest date available.');
    }
    const sharing = sharingFilter(state, user, type);
    const deletedRecords = state.store
      .all(type.name)
      .filter(
        (row) => row.IsDeleted === true && within(row.SystemModstamp, from, covered) && sharing.visible(row),
      )
      .map((row) => ({ id: row.Id, deletedDate: String(row.SystemModstamp) }));
    return c.json({
      deletedRecords,
      earliestDateAvailable: sfDateTime(earliest),
      latestDateCovered: sfDateTime(covered),
    });
  });
  return api;
}

function within(stamp: unknown, from: Date, to: Date): boolean {
  const time = Date.parse(String(stamp ?? '').replace(/\+0000$/, 'Z'));
  return time >= from.getTime() && time < to.getTime();
}

/** start / end: "2024-05-05T00:00:00+00:00"; a "+" sent unescaped arrives as a space. */
function parseDate(value: string | undefined, name: string): Date {
  if (!value) throw new SalesforceError(400, 'MISSING_ARGUMENT', `${name} parameter is required`);
  const text = value.trim().replace(/ (\d{2}:?\d{2})$/, '+$1');
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
    ? new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
    : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw invalidDate(`Unable to parse the ${name} date: ${value}. Use ISO 8601 with a time zone.`);
  }
  return date;
}

// Unconfirmed REST wording; the code is the one the SOAP getUpdated()/getDeleted() calls give.
const invalidDate = (message: string) => new SalesforceError(400, 'INVALID_REPLICATION_DATE', message);
