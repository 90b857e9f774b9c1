import { type Context, Hono } from 'hono';
import { type ActionResult, actionModal, commentsField, selectField } from '../html/action-modal';
import { approvalRequestPage } from '../html/approval-pages';
import { lightningErrorBody } from '../html/error-pages';
import { queueToast } from '../html/flash-toast';
import { lightningPage } from '../html/lightning-shell';
import { html } from '../html/safe-html';
import { hasPermission, objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import { canSeeRecord } from '../model/sharing';
import { reassignWorkitem } from '../save/approval-reassign';
import { actOnWorkitem, submitForApproval, type WorkitemAction } from '../save/approvals';
import { actsOn } from '../save/record-locks';
import { recordName } from './record-save';
import { type UiEnv, uiSession } from './ui-session';

/**
 * The approval actions of the record UI: "Submit for Approval" on the record page, Approve / Reject /
 * Reassign / Recall from the approval request page or the Approval History list, each a dialog with
 * comments (emulator/html/action-modal.ts), and the approval request page itself. They act through
 * save/approvals.ts as the session's user, as the REST /process/approvals does. The /aura paths are the
 * emulator's own; toasts' wording is unconfirmed.
 */
const WORKITEM_ACTIONS: Record<
  string,
  { title: string; action: WorkitemAction | 'Reassign'; toast: string }
> = {
  Approve: { title: 'Approve', action: 'Approve', toast: 'was approved.' },
  Reject: { title: 'Reject', action: 'Reject', toast: 'was rejected.' },
  Recall: { title: 'Recall Approval Request', action: 'Removed', toast: 'was recalled.' },
  Reassign: { title: 'Reassign', action: 'Reassign', toast: 'was reassigned.' },
};

export function approvalUiRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);
  const apiSignedIn = uiSession(state, {
    signedOut: (c) =>
      c.json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401),
  });

  const readable = (c: Context<UiEnv>) => {
    const type = state.object(c.req.param('object') ?? '');
    const id = to18(c.req.param('id') ?? '');
    const row = type && id?.startsWith(type.keyPrefix) ? state.store.get(type.name, id) : undefined;
    const { user } = c.var.ui;
    if (!type || !row || row.IsDeleted === true || !objectAccess(user, type).read) return undefined;
    return canSeeRecord(state, user, type, row) ? { type, row } : undefined;
  };

  app.get('/aura/record/:object/:id/action/Submit', apiSignedIn, (c) => {
    const found = readable(c);
    if (!found)
      return c.json({ success: false, pageErrors: ['Record not found or insufficient access.'] }, 404);
    const url = `/aura/record/${found.type.name}/${found.row.Id}/action/Submit`;
    return c.html(
      actionModal({
        title: 'Submit for Approval',
        postUrl: url,
        body: commentsField(),
        submitLabel: 'Submit',
      }).value,
    );
  });

  app.post('/aura/record/:object/:id/action/Submit', apiSignedIn, async (c) => {
    const found = readable(c);
    if (!found) return c.json(failure('Record not found or insufficient access.'), 404);
    const body = await bodyOf(c);
    const { user, session } = c.var.ui;
    return answer(c, () => {
      submitForApproval(state, user, { recordId: found.row.Id, comments: text(body.comments) });
      queueToast(session, {
        variant: 'success',
        message: `${found.type.label} "${recordName(found.type, found.row)}" was submitted for approval.`,
      });
    });
  });

  const workitemOf = (c: Context<UiEnv>) => {
    const workitem = state.store.get('ProcessInstanceWorkitem', to18(c.req.param('workitem') ?? '') ?? '');
    return workitem && workitem.IsDeleted !== true ? workitem : undefined;
  };

  app.get('/aura/approval/:workitem/:action', apiSignedIn, (c) => {
    const workitem = workitemOf(c);
    const about = WORKITEM_ACTIONS[c.req.param('action')];
    if (!workitem || !about) return c.json(failure('This approval request is no longer pending.'), 404);
    const url = `/aura/approval/${workitem.Id}/${c.req.param('action')}`;
    const body =
      about.action === 'Reassign'
        ? html`${selectField(
            'actorId',
            'Assigned To',
            state.store
              .live('User')
              .filter((user) => user.IsActive === true && user.Id !== workitem.ActorId)
              .map((user) => ({ value: user.Id, label: String(user.Name) })),
          )}${commentsField()}`
        : commentsField();
    return c.html(
      actionModal({ title: about.title, postUrl: url, body, submitLabel: about.title.split(' ')[0] }).value,
    );
  });

  app.post('/aura/approval/:workitem/:action', apiSignedIn, async (c) => {
    const workitem = workitemOf(c);
    const about = WORKITEM_ACTIONS[c.req.param('action')];
    if (!workitem || !about) return c.json(failure('This approval request is no longer pending.'), 404);
    const body = await bodyOf(c);
    const { user, session } = c.var.ui;
    const instance = state.store.get('ProcessInstance', String(workitem.ProcessInstanceId));
    const targetId = String(instance?.TargetObjectId ?? '');
    const type = state.objectByKeyPrefix(targetId.slice(0, 3));
    const row = type ? state.store.get(type.name, targetId) : undefined;
    return answer(
      c,
      () => {
        if (about.action === 'Reassign') reassignWorkitem(state, user, workitem, text(body.actorId) ?? null);
        else actOnWorkitem(state, user, workitem.Id, about.action, text(body.comments));
        if (type && row)
          queueToast(session, {
            variant: 'success',
            message: `Approval request for ${type.label} "${recordName(type, row)}" ${about.toast}`,
          });
      },
      // From the approval request page, back to the record; from the record, its page renders again in place.
      type && row ? `/lightning/r/${type.name}/${row.Id}/view` : undefined,
    );
  });

  // The approval request page (Lightning opens approval requests at /lightning/r/ProcessInstanceWorkitem/{Id}/view).
  app.get('/lightning/r/ProcessInstanceWorkitem/:workitem/view', signedIn, (c) => {
    const { ui } = c.var;
    const ctx = { state, ...ui };
    const workitem = workitemOf(c);
    const instance = workitem && state.store.get('ProcessInstance', String(workitem.ProcessInstanceId));
    const admin = hasPermission(ui.user, 'ModifyAllData');
    if (
      !workitem ||
      !instance ||
      !(admin || actsOn(state, ui.user, workitem) || instance.SubmittedById === ui.user.id)
    )
      return c.html(lightningPage(ctx, 'Error', lightningErrorBody('record')));
    const pending = {
      workitem,
      instance,
      targetId: String(instance.TargetObjectId),
      submittedById: String(instance.SubmittedById),
      submittedDate: String(instance.CreatedDate),
    };
    return c.html(lightningPage(ctx, 'Approval Request', approvalRequestPage(state, ui.user, pending)));
  });

  return app;
}

function failure(message: string): ActionResult {
  return { success: false, pageErrors: [message] };
}

/** Runs an action; Salesforce's refusal becomes the dialog's page error, as Lightning shows it. */
function answer(c: Context, act: () => void, location?: string): Response {
  try {
    act();
  } catch (error) {
    if (!(error instanceof SalesforceError)) throw error;
    return c.json(
      failure(
        error
          .errors()
          .map((each) => each.message)
          .join(' '),
      ),
    );
  }
  const result: ActionResult = { success: true, pageErrors: [], ...(location ? { location } : {}) };
  return c.json(result);
}

async function bodyOf(c: Context): Promise<Record<string, unknown>> {
  const body = (await c.req.json().catch(() => ({}))) as unknown;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
