import { type Context, Hono } from 'hono';
import { type ActionResult, actionModal, selectField } from '../html/action-modal';
import { editSelectedProducts } from '../html/edit-selected-products';
import { queueToast } from '../html/flash-toast';
import { productPicker } from '../html/product-picker';
import { quoteDocument } from '../html/quote-document';
import { html, page } from '../html/safe-html';
import { latencyOf } from '../latency';
import { objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import { priceBooksOffered, productsOffered } from '../model/price-book-access';
import { quoteTemplatesOffered } from '../model/quote-templates';
import { canSeeRecord } from '../model/sharing';
import type { Row } from '../model/store';
import { saveFromUi } from './record-save';
import { type UiEnv, uiSession } from './ui-session';

/**
 * The opportunity's "Add Products" flow and "Choose Price Book" (Salesforce Help, "Add Products to
 * Opportunities": choose a price book when the opportunity has none, select products, then edit quantity and
 * sales price and save; the product list is force/multiAdd's, html/product-picker.ts), and the quote's
 * "Create PDF" (choose a template, preview, save to the quote). Each step is an action dialog
 * (emulator/html/action-modal.ts) offering what model/price-book-access.ts and model/quote-templates.ts say the
 * user may use; saves go through save/dml.ts as the user. Paths are the emulator's own.
 */
export function productUiRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state, {
    signedOut: (c) =>
      c.json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], 401),
  });
  const base = (row: Row) => `/aura/record/Opportunity/${row.Id}/action`;

  const opportunity = (c: Context<UiEnv>) => recordOf(state, c.var.ui.user, 'Opportunity', c.req.param('id'));
  const notFound = (c: Context) => c.json(failure('Record not found or insufficient access.'), 404);

  const choosePriceBook = (user: OrgUser, row: Row, then: string) =>
    actionModal({
      title: 'Choose Price Book',
      postUrl: `${base(row)}/ChoosePriceBook?then=${then}`,
      submitLabel: 'Save',
      body: html`<p class="slds-p-bottom_small">Select a price book for this opportunity. You can add products only from a single price book.</p>${selectField(
        'priceBookId',
        'Price Book',
        priceBooksOffered(state, user).map((book) => ({ value: book.Id, label: String(book.Name) })),
        String(row.Pricebook2Id ?? ''),
      )}`,
    });

  app.get('/aura/record/Opportunity/:id/action/ChoosePriceBook', signedIn, (c) => {
    const row = opportunity(c);
    return row ? c.html(choosePriceBook(c.var.ui.user, row, 'done').value) : notFound(c);
  });

  app.post('/aura/record/Opportunity/:id/action/ChoosePriceBook', signedIn, async (c) => {
    const row = opportunity(c);
    if (!row) return notFound(c);
    const body = await bodyOf(c);
    const { user } = c.var.ui;
    const chosen = String(body.priceBookId ?? '');
    if (!priceBooksOffered(state, user).some((book) => book.Id === chosen))
      return c.json(failure('Select a price book.'));
    const type = state.object('Opportunity');
    if (!type) return notFound(c);
    const saved = saveFromUi(state, user, type, row, { Pricebook2Id: chosen });
    if (!saved.success) return c.json(failure(...saved.pageErrors, ...Object.values(saved.fieldErrors)));
    const result: ActionResult = { success: true, pageErrors: [] };
    if (c.req.query('then') === 'add') result.next = `${base(row)}/AddProducts`;
    return c.json(result);
  });

  app.get('/aura/record/Opportunity/:id/action/AddProducts', signedIn, (c) => {
    const row = opportunity(c);
    if (!row) return notFound(c);
    const { user } = c.var.ui;
    if (!row.Pricebook2Id) return c.html(choosePriceBook(user, row, 'add').value);
    const entries = productsOffered(state, user, String(row.Pricebook2Id));
    const products = entries.map((entry) => {
      const product = state.store.get('Product2', String(entry.Product2Id));
      return {
        entryId: String(entry.Id),
        name: String(product?.Name ?? entry.Name),
        code: String(product?.ProductCode ?? ''),
        listPrice: String(entry.UnitPrice ?? ''),
        family: String(product?.Family ?? ''),
      };
    });
    const book = state.store.get('Pricebook2', String(row.Pricebook2Id));
    // Under the "lightning" latency profile the search answers as late as a server call would.
    const searchDelayMs = latencyOf(state).deferParts ? 600 : 0;
    return c.html(
      actionModal({
        title: 'Add Products',
        postUrl: `${base(row)}/AddProducts`,
        submitLabel: 'Next',
        submitIsActionButton: true,
        size: 'large',
        body: productPicker(String(book?.Name ?? ''), products, searchDelayMs),
      }).value,
    );
  });

  app.post('/aura/record/Opportunity/:id/action/AddProducts', signedIn, async (c) => {
    const row = opportunity(c);
    if (!row) return notFound(c);
    const chosen = [(await bodyOf(c)).entries ?? []].flat().map(String);
    if (chosen.length === 0) return c.json(failure('Select at least one product.'));
    return c.json({
      success: true,
      pageErrors: [],
      next: `${base(row)}/EditProducts?entries=${chosen.map(encodeURIComponent).join(',')}`,
    } satisfies ActionResult);
  });

  app.get('/aura/record/Opportunity/:id/action/EditProducts', signedIn, (c) => {
    const row = opportunity(c);
    if (!row) return notFound(c);
    const ids = (c.req.query('entries') ?? '').split(',').filter(Boolean);
    const entries = ids.flatMap((id) => {
      const entry = state.store.get('PricebookEntry', id);
      return entry ? [entry] : [];
    });
    const lines = entries.map((entry) => ({
      entryId: String(entry.Id),
      name: String(state.store.get('Product2', String(entry.Product2Id))?.Name ?? entry.Name),
      salesPrice: String(entry.UnitPrice ?? ''),
    }));
    return c.html(
      actionModal({
        title: 'Edit Selected Products',
        postUrl: `${base(row)}/EditProducts?entries=${ids.join(',')}`,
        submitLabel: 'Save',
        submitIsActionButton: true,
        size: 'large',
        body: editSelectedProducts(lines),
      }).value,
    );
  });

  app.post('/aura/record/Opportunity/:id/action/EditProducts', signedIn, async (c) => {
    const row = opportunity(c);
    const type = state.object('OpportunityLineItem');
    if (!row || !type) return notFound(c);
    const body = await bodyOf(c);
    const { user, session } = c.var.ui;
    const ids = (c.req.query('entries') ?? '').split(',').filter(Boolean);
    const errors: string[] = [];
    for (const id of ids) {
      const quantity = String(body[`quantity.${id}`] ?? '').trim();
      if (quantity === '') {
        errors.push('These required fields must be completed: Quantity');
        continue;
      }
      const saved = saveFromUi(state, user, type, undefined, {
        OpportunityId: row.Id,
        PricebookEntryId: id,
        Quantity: Number(quantity),
        UnitPrice: Number(body[`price.${id}`] ?? 0),
      });
      if (!saved.success) errors.push(...saved.pageErrors, ...Object.values(saved.fieldErrors));
    }
    if (errors.length > 0) return c.json(failure(...new Set(errors)));
    queueToast(session, { variant: 'success', message: `${ids.length} product(s) were added.` });
    return c.json({ success: true, pageErrors: [] } satisfies ActionResult);
  });

  // Create PDF on a quote: the templates offered, and the rendered document.
  app.get('/aura/record/Quote/:id/action/CreatePdf', signedIn, (c) => {
    const row = recordOf(state, c.var.ui.user, 'Quote', c.req.param('id'));
    if (!row) return notFound(c);
    const templates = quoteTemplatesOffered(state, c.var.ui.user);
    return c.html(
      actionModal({
        title: 'Create PDF',
        postUrl: `/aura/record/Quote/${row.Id}/action/CreatePdf`,
        submitLabel: 'Save to Quote',
        body: selectField(
          'templateId',
          'Template',
          templates.map((template) => ({ value: template.id, label: template.name })),
        ),
      }).value,
    );
  });

  app.post('/aura/record/Quote/:id/action/CreatePdf', signedIn, async (c) => {
    const row = recordOf(state, c.var.ui.user, 'Quote', c.req.param('id'));
    if (!row) return notFound(c);
    const chosen = String((await bodyOf(c)).templateId ?? '');
    const template = quoteTemplatesOffered(state, c.var.ui.user).find((each) => each.id === chosen);
    if (!template) return c.json(failure('Select a template.'));
    return c.json({
      success: true,
      pageErrors: [],
      location: `/quote/quoteTemplateDataViewer.apexp?id=${row.Id}&summlid=${template.id}`,
    } satisfies ActionResult);
  });

  // The rendered quote (Salesforce previews it at /quote/quoteTemplateDataViewer.apexp; unconfirmed parameters).
  app.get('/quote/quoteTemplateDataViewer.apexp', signedIn, (c) => {
    const { user } = c.var.ui;
    const row = recordOf(state, user, 'Quote', c.req.query('id') ?? '');
    const template = quoteTemplatesOffered(state, user).find((each) => each.id === c.req.query('summlid'));
    if (!row || !template) return c.html(page('Error', html`<p>Insufficient Privileges</p>`), 404);
    return c.html(page(`${String(row.Name)} - ${template.name}`, quoteDocument(state, row, template)));
  });

  return app;
}

function recordOf(
  state: OrgState,
  user: OrgUser,
  object: string,
  rawId: string | undefined,
): Row | undefined {
  const type = state.object(object);
  const id = to18(rawId ?? '');
  const row = type && id?.startsWith(type.keyPrefix) ? state.store.get(type.name, id) : undefined;
  if (!type || !row || row.IsDeleted === true || !objectAccess(user, type).read) return undefined;
  return canSeeRecord(state, user, type, row) ? row : undefined;
}

function failure(...messages: string[]): ActionResult {
  return { success: false, pageErrors: messages };
}

async function bodyOf(c: Context): Promise<Record<string, unknown>> {
  const body = (await c.req.json().catch(() => ({}))) as unknown;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
