import { type Context, Hono } from 'hono';
import { lightningErrorBody } from '../html/error-pages';
import { queueToast, toastMarkup } from '../html/flash-toast';
import { lightningPage } from '../html/lightning-shell';
import { errorHeader } from '../html/record-form-parts';
import { recordModal } from '../html/record-modal';
import { detailPanel, recordPagePart } from '../html/record-page';
import { deferredListPart, recordPartUrl } from '../html/record-page-content';
import { recordTypeChoice } from '../html/record-type-choice';
import { recordUiScript } from '../html/record-ui-script';
import { html } from '../html/safe-html';
import { SLDS_STYLESHEET } from '../html/slds-style';
import { latencyOf } from '../latency';
import { fieldAccess, objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import { recordTypeOf } from '../model/record-layouts';
import { availableRecordTypes } from '../model/record-types';
import { canSeeRecord } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { LOCKED_RECORD_UI_MESSAGE, lockedFor } from '../save/record-locks';
import { deleteFromUi, recordName, saveFromUi } from './record-save';
import { type UiEnv, uiSession } from './ui-session';

/**
 * The record UI's endpoints: the New page, the stylesheet, and the JSON/HTML calls the page script makes
 * under /aura. Real Lightning posts Aura actions to /aura?r=N; these paths are the emulator's own (unconfirmed form).
 */
export function recordUiRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);
  const apiSignedIn = uiSession(state, { signedOut: invalidSession });

  app.get('/slds/emulator.css', (c) =>
    c.body(SLDS_STYLESHEET, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'max-age=3600',
    }),
  );

  app.get('/lightning/o/:object/new', signedIn, (c) => {
    const { ui } = c.var;
    const ctx = { state, ...ui };
    const type = state.object(c.req.param('object'));
    if (!type || type.options.system || !objectAccess(ui.user, type).create) {
      return c.html(lightningPage(ctx, 'Error', lightningErrorBody('page')));
    }
    const { available, defaultId } = availableRecordTypes(state, ui.user, type);
    const requested = available.find((info) => info.id === to18(c.req.query('recordTypeId') ?? ''));
    // Opened by URL, New asks only when told to (useRecordTypeCheck=1, as the New button's URL does); otherwise
    // the form opens with the default record type (docs/salesforce-facts.md, the New action).
    if (available.length > 1 && !requested && c.req.query('useRecordTypeCheck') === '1') {
      return c.html(lightningPage(ctx, `New ${type.label}`, recordTypeChoice(type, available, defaultId)));
    }
    const row = newRow(ui.user, type, c.req.query('defaultFieldValues'));
    const recordType = requested ?? available.find((info) => info.id === defaultId);
    if (recordType) row.RecordTypeId = recordType.id;
    const modal = html`<div data-standalone>${recordModal(state, ui.user, type, 'create', row, recordType?.definition.developerName)}</div>${recordUiScript()}`;
    return c.html(lightningPage(ctx, `New ${type.label}`, modal));
  });

  // Under the "lightning" latency profile each part of a record page arrives on its own, after its own delay.
  app.get('/aura/record/:object/:id/part/:part', apiSignedIn, async (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row } = found;
    const part = recordPagePart(state, user, type, row, c.req.param('part'), (name) =>
      deferredListPart(recordPartUrl(type.name, row.Id, name)),
    );
    if (!part) return c.json([{ message: 'No such page part', errorCode: 'NOT_FOUND' }], 404);
    await latencyOf(state).partDelay();
    return c.html(part.value);
  });

  app.get('/aura/record/:object/:id/edit', apiSignedIn, (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row } = found;
    // A record locked by an approval: Lightning answers Edit with its lock message instead of the form.
    if (lockedFor(state, user, type, row))
      return c.html(toastMarkup({ variant: 'error', message: LOCKED_RECORD_UI_MESSAGE }).value);
    return c.html(recordModal(state, user, type, 'edit', row, recordTypeOf(state, row)).value);
  });

  // Inline edit turns the whole detail panel into edit mode, with the docked Save/Cancel footer.
  app.get('/aura/record/:object/:id/inline-edit', apiSignedIn, (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row } = found;
    return c.html(detailPanel(state, user, type, row, 'edit').value);
  });

  app.get('/aura/record/:object/:id/delete', apiSignedIn, (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { type } = found;
    return c.html(
      html`<div class="modal-container" data-record-modal><section role="dialog" aria-modal="true" aria-labelledby="delete-title" class="slds-modal slds-fade-in-open" data-object="${type.name}">
<div class="slds-modal__container">
  <button type="button" class="slds-button slds-modal__close" title="Close" data-action="cancel-modal"><span class="slds-assistive-text">Close</span>&#x2715;</button>
  <div class="slds-modal__header"><h2 id="delete-title" class="slds-modal__title">Delete ${type.label}</h2></div>
  <div class="slds-modal__content slds-p-around_medium"><div class="record-edit-errors" hidden>${errorHeader()}</div><p>Are you sure you want to delete this ${type.label.toLowerCase()}?</p></div>
  <div class="slds-modal__footer"><button type="button" class="slds-button slds-button_neutral" data-action="cancel-modal">Cancel</button><button type="button" class="slds-button slds-button_brand" title="Delete" data-action="confirm-delete">Delete</button></div>
</div></section><div class="slds-backdrop slds-backdrop_open"></div></div>`.value,
    );
  });

  const save = async (c: Context<UiEnv>, existing: boolean) => {
    const { ui } = c.var;
    const type = state.object(c.req.param('object') ?? '');
    if (!type) return c.json({ success: false, pageErrors: ['Invalid object'], fieldErrors: {} }, 400);
    let row: Row | undefined;
    if (existing) {
      const found = recordFor(c);
      if (found instanceof Response) return found;
      row = found.row;
    }
    const body = (await c.req.json().catch(() => ({}))) as {
      values?: unknown;
      inline?: boolean;
      assign?: unknown;
    };
    const result = saveFromUi(state, ui.user, type, row, body?.values, { autoAssign: body?.assign === true });
    if (result.success && !body?.inline) {
      const verb = existing ? 'saved' : 'created';
      queueToast(ui.session, {
        variant: 'success',
        message: `${type.label} "${result.name}" was ${verb}.`,
      });
    }
    return c.json(result);
  };
  app.post('/aura/record/:object/save', apiSignedIn, (c) => save(c, false));
  app.post('/aura/record/:object/:id/save', apiSignedIn, (c) => save(c, true));

  app.post('/aura/record/:object/:id/delete', apiSignedIn, (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row, session } = found;
    const name = recordName(type, row);
    const result = deleteFromUi(state, user, type, row);
    if (result.success)
      queueToast(session, { variant: 'success', message: `${type.label} "${name}" was deleted.` });
    return c.json(result);
  });

  /** The record the URL names, readable by the session's user; otherwise the response to send. */
  function recordFor(c: Context<UiEnv>) {
    const { ui } = c.var;
    const type = state.object(c.req.param('object') ?? '');
    const id = to18(c.req.param('id') ?? '');
    const row = type && id?.startsWith(type.keyPrefix) ? state.store.get(type.name, id) : undefined;
    // Sharing (canSeeRecord) as on the record page; edit-level sharing is dml.ts's to enforce.
    const hidden =
      !type || !row || type.options.system || !objectAccess(ui.user, type).read || row.IsDeleted === true;
    if (hidden || !canSeeRecord(state, ui.user, type, row)) {
      return c.json(
        { success: false, pageErrors: ['Record not found or insufficient access.'], fieldErrors: {} },
        404,
      );
    }
    return { ...ui, type, row };
  }

  return app;
}

function invalidSession(c: Context): Response {
  return c.json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401);
}

/** A new record's starting values: field defaults, the running user as owner, then defaultFieldValues. */
function newRow(user: OrgUser, type: SObjectType, defaults: string | undefined): Row {
  const row: Row = { Id: '' };
  for (const field of type.fields) if (field.defaultValue !== undefined) row[field.name] = field.defaultValue;
  if (type.field('OwnerId')) row.OwnerId = user.id;
  for (const pair of (defaults ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const field = type.field(pair.slice(0, at).trim());
    if (!field || fieldAccess(user, type, field) === 'none') continue;
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape stays as sent.
    }
    if (field.compoundOf && field.compoundOf.length === 2 && !value.includes(' '))
      row[field.compoundOf[1]] = value;
    else if (field.compoundOf) {
      const [first, ...rest] = value.split(' ');
      row[field.compoundOf[0]] = first;
      row[field.compoundOf[1]] = rest.join(' ');
    } else row[field.name] = field.type === 'boolean' ? value === 'true' : value;
  }
  return row;
}
