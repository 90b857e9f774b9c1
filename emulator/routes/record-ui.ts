import { type Context, Hono } from 'hono';
import { currentApp } from '../html/app-navigation';
import { lightningErrorBody } from '../html/error-pages';
import { queueToast, toastMarkup } from '../html/flash-toast';
import { lightningPage } from '../html/lightning-shell';
import { errorHeader } from '../html/record-form-parts';
import { layoutSection } from '../html/record-layout';
import { modalSections, recordModal } from '../html/record-modal';
import { detailPanel, recordPagePart } from '../html/record-page';
import { deferredListPart, deferredPart, recordPartUrl } from '../html/record-page-content';
import { recordTypeChoice } from '../html/record-type-choice';
import { recordUiScript } from '../html/record-ui-script';
import { html } from '../html/safe-html';
import { SLDS_STYLESHEET } from '../html/slds-style';
import { latencyOf } from '../latency';
import { objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import { newRecordForm } from '../model/new-record-form';
import type { OrgState, OrgUser } from '../model/org-state';
import { recordTypeOf } from '../model/record-layouts';
import { canSeeRecord } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { LOCKED_RECORD_UI_MESSAGE, lockedFor } from '../save/record-locks';
import { deleteFromUi, recordName, saveFromUi } from './record-save';
import { readTypedDates } from './typed-dates';
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
    // Opened by URL, New asks only when told to (useRecordTypeCheck=1, as the New button's URL does); otherwise
    // the form opens with the default record type (docs/salesforce-facts.md, the New action).
    const form = newFormOf(c, ui.user, type);
    if (form.step === 'recordType') {
      const choice = recordTypeChoice(type, form.available, form.defaultId);
      return c.html(lightningPage(ctx, `New ${type.label}`, html`${choice}${recordUiScript()}`));
    }
    const sectionUrl = (index: number) => {
      const query = new URL(c.req.url).search;
      return `/aura/record/${encodeURIComponent(type.name)}/create/section/${index}${query}`;
    };
    const modal = html`<div data-standalone>${recordModal(state, ui.user, type, 'create', form.row, form.recordType?.definition.developerName, deferredSections(sectionUrl))}</div>${recordUiScript()}`;
    return c.html(lightningPage(ctx, `New ${type.label}`, modal));
  });

  // Under the "lightning" latency profile the Edit and New forms bring each section as a part of its own.
  app.get('/aura/record/:object/create/section/:index', apiSignedIn, async (c) => {
    const type = state.object(c.req.param('object'));
    if (!type || type.options.system || !objectAccess(c.var.ui.user, type).create) return noSuchPart(c);
    const form = newFormOf(c, c.var.ui.user, type);
    if (form.step !== 'form') return noSuchPart(c);
    const recordType = form.recordType?.definition.developerName;
    const section = modalSections(state, c.var.ui.user, type, 'create', recordType)[
      Number(c.req.param('index'))
    ];
    if (!section) return noSuchPart(c);
    await latencyOf(state).partDelay();
    return c.html(layoutSection(state, c.var.ui.user, type, form.row, section, 'create').value);
  });

  app.get('/aura/record/:object/:id/edit/section/:index', apiSignedIn, async (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row } = found;
    const sections = modalSections(state, user, type, 'edit', recordTypeOf(state, row));
    const section = sections[Number(c.req.param('index'))];
    if (!section) return noSuchPart(c);
    await latencyOf(state).partDelay();
    return c.html(layoutSection(state, user, type, row, section, 'edit').value);
  });

  // Under the "lightning" latency profile each part of a record page arrives on its own, after its own delay;
  // the ribbon's menu brings its items when opened, whatever the profile.
  app.get('/aura/record/:object/:id/part/:part', apiSignedIn, async (c) => {
    const found = recordFor(c);
    if (found instanceof Response) return found;
    const { user, type, row } = found;
    const part = recordPagePart(
      state,
      user,
      type,
      row,
      currentApp(state, c.var.ui.session)?.developerName,
      c.req.param('part'),
      (name) => deferredListPart(recordPartUrl(type.name, row.Id, name)),
      (name, spinner) => deferredPart(recordPartUrl(type.name, row.Id, name), false, spinner),
    );
    if (!part) return noSuchPart(c);
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
    const base = `/aura/record/${encodeURIComponent(type.name)}/${encodeURIComponent(row.Id)}/edit/section/`;
    const sections = deferredSections((index) => `${base}${index}`);
    return c.html(recordModal(state, user, type, 'edit', row, recordTypeOf(state, row), sections).value);
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
    const typed = readTypedDates(type, ui.user, body?.values);
    if (Object.keys(typed.fieldErrors).length > 0) {
      return c.json({ success: false, pageErrors: [], fieldErrors: typed.fieldErrors });
    }
    const result = saveFromUi(state, ui.user, type, row, typed.values, { autoAssign: body?.assign === true });
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

  /** Each section of a form as a deferred part under the "lightning" latency profile; else none. */
  function deferredSections(url: (index: number) => string) {
    return latencyOf(state).deferParts
      ? (index: number) => deferredPart(url(index), false, 'in-place')
      : undefined;
  }

  /** The New action's form for the request's recordTypeId, useRecordTypeCheck and defaultFieldValues. */
  function newFormOf(c: Context<UiEnv>, user: OrgUser, type: SObjectType) {
    const recordTypeId = to18(c.req.query('recordTypeId') ?? '');
    const asked = c.req.query('useRecordTypeCheck') === '1';
    return newRecordForm(state, user, type, recordTypeId, asked, c.req.query('defaultFieldValues'));
  }

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

function noSuchPart(c: Context): Response {
  return c.json([{ message: 'No such page part', errorCode: 'NOT_FOUND' }], 404);
}

function invalidSession(c: Context): Response {
  return c.json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401);
}
