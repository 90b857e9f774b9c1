import { Hono } from 'hono';
import { approvalHistoryPageBody } from '../html/approval-pages';
import { type LightningError, lightningErrorBody } from '../html/error-pages';
import { moreRows } from '../html/list-view-page';
import { moreRelatedRowsUrl, relatedListPageBody } from '../html/related-list-page';
import { objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import {
  hasApprovalHistory,
  type ResolvedRelatedList,
  recordTypeOf,
  relatedLists,
  relationshipName,
} from '../model/record-layouts';
import { canSeeRecord } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { type PagePart, pageWithPart, servePart } from './deferred-parts';
import { type UiSession, uiSession } from './ui-session';

interface RelatedListOfRecord {
  type: SObjectType;
  row: Row;
  /** A list of the layout, or the Approval History (ProcessSteps). */
  list: ResolvedRelatedList | 'ProcessSteps';
}

/** A related list's View All page and the rows it loads later, as the viewer sees them. */
export function relatedListPageRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);

  /** The list on the viewer's layout of the record, or the in-page error Lightning shows instead. */
  const relatedListOf = (
    ui: UiSession,
    params: { object: string; id: string; relationship: string },
  ): RelatedListOfRecord | { error: PagePart } => {
    const problem = (kind: LightningError) => ({ error: { body: lightningErrorBody(kind) } });
    const type = state.object(params.object);
    if (!type || type.options.system) return problem('page');
    if (!objectAccess(ui.user, type).read) return problem('insufficientPrivileges');
    const id = to18(params.id);
    const row = id?.startsWith(type.keyPrefix) ? state.store.get(type.name, id) : undefined;
    if (!row || row.IsDeleted === true) return problem('record');
    if (!canSeeRecord(state, ui.user, type, row)) return problem('insufficientPrivileges');
    const recordType = recordTypeOf(state, row);
    if (params.relationship === 'ProcessSteps') {
      return hasApprovalHistory(state, ui.user, type, recordType)
        ? { type, row, list: 'ProcessSteps' }
        : problem('page');
    }
    const list = relatedLists(state, ui.user, type, row, recordType).find(
      (candidate) => relationshipName(candidate) === params.relationship,
    );
    return list ? { type, row, list } : problem('page');
  };

  const pagePart = (ui: UiSession, params: { object: string; id: string; relationship: string }) => {
    const found = relatedListOf(ui, params);
    if ('error' in found) return found.error;
    const { type, row, list } = found;
    if (list === 'ProcessSteps') {
      return { body: approvalHistoryPageBody(state, type, row), title: `Approval History | ${type.label}` };
    }
    return { body: relatedListPageBody(state, type, row, list), title: `${list.label} | ${type.label}` };
  };

  app.get('/lightning/r/:object/:id/related/:relationship/view', signedIn, (c) => {
    const params = c.req.param();
    const partUrl = `/aura/relatedlist/${params.object}/${params.id}/${params.relationship}`;
    return pageWithPart(c, state, pagePart(c.var.ui, params), partUrl);
  });
  servePart(app, state, '/aura/relatedlist/:object/:id/:relationship', (ui, c) =>
    pagePart(ui, c.req.param()),
  );
  // The next rows of a long list, fetched when its last row is scrolled into view.
  servePart(app, state, '/aura/relatedlist/:object/:id/:relationship/rows', (ui, c) => {
    const found = relatedListOf(ui, c.req.param());
    if ('error' in found) return found.error;
    const { type, row, list } = found;
    if (list === 'ProcessSteps') return { body: lightningErrorBody('page') };
    const offset = Math.max(0, Number(c.req.query('offset')) || 0);
    const shown = { ...list, nameField: list.columns[0]?.name };
    return { body: moreRows(state, shown, offset, (loaded) => moreRelatedRowsUrl(type, row, list, loaded)) };
  });

  return app;
}
