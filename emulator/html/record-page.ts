import { lightningPageFor } from '../model/lightning-pages';
import type { OrgState, OrgUser } from '../model/org-state';
import {
  compactFields,
  dynamicFormsSections,
  layoutSections,
  recordActions,
  recordTypeOf,
} from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { dynamicFormSections, fieldSection, sectionTab, usesDynamicForms } from './dynamic-forms';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import { opportunityPath } from './opportunity-path';
import { errorHeader, footerButtons } from './record-form-parts';
import { type LayoutSection, layoutSection, recordLayout } from './record-layout';
import { recordTabBar, recordTabHeaders, recordTabMenuItems } from './record-tab-bar';
import { relatedListPart, relatedListsPanel } from './related-lists';
import { type HtmlPart, html, type SafeHtml } from './safe-html';

/**
 * A Lightning record page, structured as salesforce-pageobjects declares it:
 * one-record-home-flexipage2 >> .forcegenerated-flexipage-module >> record_flexipage-desktop-record-page-decorator
 * > flexipage-record-home-template-desktop2, holding records-lwc-highlights-panel (the compact layout and the
 * actions ribbon) and flexipage-tabset2 >> lightning-tabset with the Details tab (records-lwc-detail-panel
 * >> records-base-record-form >> the page layout) and the Related tab (related lists), opened on the org's
 * `recordUi.defaultTab`; with `recordUi.fullRecordView` the details and the related lists follow each other
 * on the page instead, without tabs (Record Page Settings, "Full view"). A Dynamic Forms page (dynamic-forms.ts)
 * shows field sections where the detail panel would be.
 * Each part is its own function so the "lightning" latency profile can deliver them one by one.
 */
export interface RecordPageParts {
  highlights: HtmlPart;
  path: HtmlPart;
  details: DetailsPart;
  related: HtmlPart;
}

/**
 * The page's fields: the detail panel, or a Dynamic Forms page's field sections, each in its
 * flexipage-component2; `slot` names the template region holding them, if any, and `tab` the tab whose part is
 * wanted (Details, or a tab holding field sections; none: all of them, on a page without tabs).
 */
type DetailsPart = (slot?: string, tab?: string) => SafeHtml;

function detailsPart(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app: string | undefined,
  sectionMarkup?: (section: LayoutSection, index: number) => SafeHtml,
): DetailsPart {
  if (usesDynamicForms(state, type)) {
    const page = lightningPageFor(state, user, type, app, recordTypeOf(state, row));
    return (slot, tab) => dynamicFormSections(state, user, type, row, page, slot, sectionMarkup, tab);
  }
  const panel = detailPanel(state, user, type, row, 'view', sectionMarkup);
  return (slot, tab) =>
    tab !== undefined && tab !== 'Details'
      ? html``
      : html`<flexipage-component2 ${slot ? html`slot="${slot}" ` : ''}data-component-id="force_detailPanel">${panel}</flexipage-component2>`;
}

/**
 * How a deferred part shows that it is loading: a spinner over the page, a spinner in its place (a section of
 * a form, whose buttons stay usable), or nothing (the actions ribbon renders nothing until it has loaded).
 */
export type PartSpinner = 'over-page' | 'in-place' | 'none';

/** The record page; `app`: the API name of the app the viewer is in, which picks the Lightning page. */
export function recordPageBody(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app: string | undefined,
): SafeHtml {
  return recordPageFrame(state, type, row, {
    highlights: highlightsPanel(state, user, type, row),
    path: opportunityPath(state, user, type, row),
    details: detailsPart(state, user, type, row, app),
    related: relatedListsPanel(state, user, type, row, recordTypeOf(state, row)),
  });
}

export function recordPageFrame(
  state: OrgState,
  type: SObjectType,
  row: Row,
  parts: RecordPageParts,
): SafeHtml {
  const { fullRecordView } = state.definition.recordUi;
  const title = String(row[type.options.nameField ?? 'Id'] ?? row.Id);
  const object = type.name.toLowerCase();
  const template = lwc(
    'flexipage-record-home-template-desktop2',
    '',
    (slot) => html`<div class="slds-grid slds-wrap record-home">
  <div class="slds-col slds-size_1-of-1 header">${slot('header')}</div>
  <div class="slds-col slds-size_1-of-1 main">${slot('main')}</div>
</div>`,
    {
      header: html`<flexipage-component2 slot="header" data-component-id="force_highlightsPanel">${parts.highlights}</flexipage-component2>`,
      main: html`<flexipage-component2 slot="main" data-component-id="runtime_sales_pathassistant">${parts.path}</flexipage-component2>${
        fullRecordView
          ? html`${parts.details('main')}<flexipage-component2 slot="main" data-component-id="force_relatedListContainer">${relatedListContainer(parts)}</flexipage-component2>`
          : html`<flexipage-component2 slot="main" data-component-id="flexipage_tabset">${tabset(state, type, row, parts, openingTab(state))}</flexipage-component2>`
      }`,
    },
  );
  const decorator = lwc(
    'record_flexipage-desktop-record-page-decorator',
    '',
    (slot) =>
      html`<records-record-layout-event-broker>${slot()}</records-record-layout-event-broker>${inlineEditFooter()}`,
    { '': template },
  );
  return lwc(
    'one-record-home-flexipage2',
    html`data-record-id="${row.Id}" data-object="${type.name}" data-record-name="${title}"`,
    lwc(
      `forcegenerated-flexipage_${object}_rec_l_${object}__view_js`,
      html`class="forcegenerated-flexipage-module"`,
      decorator,
    ),
  );
}

/** The docked Save/Cancel footer Lightning shows while the layout is in inline-edit mode. */
function inlineEditFooter(): SafeHtml {
  return lwc(
    'records-form-footer',
    html`class="inline-edit-footer" hidden`,
    html`<div class="slds-docked-form-footer">${footerButtons('inline')}</div><div class="inline-edit-errors" hidden>${errorHeader()}</div>`,
  );
}

/**
 * The highlights panel; `ribbon` is its actions ribbon, or under the "lightning" latency profile the deferred
 * part that brings it (Lightning renders the ribbon once its actions have loaded, after the panel).
 */
export function highlightsPanel(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  ribbon: SafeHtml = actionsRibbon(state, user, type, row),
): SafeHtml {
  const recordType = recordTypeOf(state, row);
  const title = String(row[type.options.nameField ?? 'Id'] ?? row.Id);
  const details = compactFields(state, user, type, recordType).map((field) =>
    lwc(
      'records-highlights-details-item',
      html`slot="secondaryFields" class="slds-page-header__detail-block"`,
      (slot) =>
        html`<p class="slds-text-title slds-truncate" title="${field.label}">${field.label}</p><p class="fieldComponent slds-text-body--regular">${slot('outputField')}</p>`,
      { outputField: fieldOutput(state, field, row[field.name] ?? null) },
    ),
  );
  const highlights = lwc(
    'records-highlights2',
    '',
    (slot) => html`<div class="slds-page-header slds-page-header_record-home">
  <div class="slds-grid primaryFieldRow">
    <div class="slds-media__figure">${slot('icon')}</div>
    <div class="slds-media__body">
      <div class="entityNameTitle slds-line-height_reset">${type.label}</div>
      <h1 class="slds-page-header__title slds-m-right_small">${slot('primaryField')}</h1>
    </div>
    <div class="actionsContainer">${ribbon}</div>
  </div>
  <div class="slds-page-header__detail-row secondaryFields">${slot('secondaryFields')}</div>
</div>`,
    {
      icon: html`<span slot="icon" class="slds-icon_container slds-icon-standard-${type.name.toLowerCase()} record-icon"></span>`,
      primaryField: lwc('lightning-formatted-text', html`slot="primaryField"`, title),
      secondaryFields: details,
    },
  );
  const layout = lwc(
    'records-lwc-record-layout',
    '',
    lwc(
      `forcegenerated-highlightspanel_${type.name.toLowerCase()}___${String(row.RecordTypeId ?? '012000000000000AAA')}___compact___view___recordlayout2`,
      html`class="forcegenerated-record-layout2"`,
      highlights,
    ),
  );
  return lwc('records-lwc-highlights-panel', '', layout);
}

/**
 * runtime_platform_actions-actions-ribbon (action/actionsRibbon): the first actions as buttons
 * (action-renderer[title] >> lightning-button >> button[name]), the rest in the "Show more actions"
 * lightning-button-menu, whose items (overflowMenuItems) the page script fetches each time the menu opens.
 */
export function actionsRibbon(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const actions = ribbonActions(state, user, type, row);
  const visible = state.definition.recordUi.visibleActions;
  const shown = actions.slice(0, visible);
  const overflow = actions.slice(visible);
  // A shown action renders its lightning-button in its own shadow.
  const button = (name: string) =>
    lwc(
      'runtime_platform_actions-action-renderer',
      html`title="${actionLabel(name)}" api-name="${name}"`,
      lwc(
        'lightning-button',
        '',
        html`<button class="slds-button slds-button_neutral" name="${name}" type="button" data-action="${name.toLowerCase()}-record">${actionLabel(name)}</button>`,
      ),
    );
  const items = `/aura/record/${encodeURIComponent(type.name)}/${encodeURIComponent(row.Id)}/part/actions-menu`;
  const menu =
    overflow.length === 0
      ? ''
      : html`<li class="slds-button-group-item overflow">${lwc(
          'lightning-button-menu',
          html`class="menu-button-item slds-dropdown-trigger slds-dropdown-trigger_click" data-menu-items="${items}"`,
          html`<button type="button" class="slds-button slds-button_icon-border-filled" title="Show more actions" aria-haspopup="true" aria-expanded="false" data-action="toggle-menu"><span class="slds-assistive-text">Show more actions</span>&#x25BE;</button>`,
        )}</li>`;
  return lwc(
    'runtime_platform_actions-actions-ribbon',
    '',
    html`<ul class="slds-button-group-row">${shown.map(
      (name) => html`<li class="slds-button-group-item visible">${button(name)}</li>`,
    )}${menu}</ul>`,
  );
}

/** The "Show more actions" menu's items: each an action renderer holding lightning-menu-item >> a[role=menuitem]. */
export function overflowMenuItems(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const overflow = ribbonActions(state, user, type, row).slice(state.definition.recordUi.visibleActions);
  return html`${overflow.map((name) =>
    lwc(
      'runtime_platform_actions-action-renderer',
      html`title="${actionLabel(name)}" api-name="${name}"`,
      (slot) => slot(),
      {
        '': lwc(
          'lightning-menu-item',
          html`class="slds-dropdown__item" role="presentation"`,
          html`<a href="javascript:void(0)" role="menuitem" title="${actionLabel(name)}" data-action="${name.toLowerCase()}-record"><span class="slds-truncate">${actionLabel(name)}</span></a>`,
        ),
      },
    ),
  )}`;
}

function ribbonActions(state: OrgState, user: OrgUser, type: SObjectType, row: Row): string[] {
  return recordActions(state, user, type, recordTypeOf(state, row), row);
}

const ACTION_LABELS: Record<string, string> = { Submit: 'Submit for Approval', CreatePdf: 'Create PDF' };
const actionLabel = (name: string) => ACTION_LABELS[name] ?? name;

const relatedListContainer = (parts: RecordPageParts) =>
  html`<lst-related-list-container>${parts.related}</lst-related-list-container>`;

/** Details, Related, or a tab of field sections (`section-tab-{n}`). */
type RecordTab = string;

/** The tab the page opens on: the Tabs component's default tab; none on a full record view. */
function openingTab(state: OrgState): RecordTab | undefined {
  const { fullRecordView, defaultTab } = state.definition.recordUi;
  return fullRecordView ? undefined : defaultTab === 'Related' ? 'related' : 'details';
}

/**
 * flexipage-tabset2 >> lightning-tabset (lightning-tab-bar, lightning-tab[role=tabpanel]) with flexipage-tab2
 * slotted; after Details, the tabs holding field sections of a Dynamic Forms page.
 */
function tabset(
  state: OrgState,
  type: SObjectType,
  row: Row,
  parts: RecordPageParts,
  active: RecordTab = 'details',
): SafeHtml {
  const tabs = recordTabHeaders(state, type).map((tab) => ({
    ...tab,
    content:
      tab.id === 'related'
        ? relatedListContainer(parts)
        : parts.details(undefined, tab.id === 'details' ? 'Details' : tab.label),
  }));
  return lwc(
    'flexipage-tabset2',
    '',
    (slot) =>
      lwc(
        'lightning-tabset',
        html`class="slds-tabs_default record-tabs"`,
        (tabSlot) => html`${recordTabBar(state, type, row, active)}${tabSlot()}`,
        {
          '': tabs.map((tab) =>
            lwc(
              'lightning-tab',
              html`class="slds-tabs_default__content ${tab.id === active ? 'slds-show' : 'slds-hide'}" role="tabpanel" data-tab-panel="${tab.id}"`,
              (tabContent) => tabContent(),
              { '': slot(`tab-${tab.id}`) },
            ),
          ),
        },
      ),
    Object.fromEntries(
      tabs.map((tab) => [
        `tab-${tab.id}`,
        lwc('flexipage-tab2', html`slot="tab-${tab.id}" data-tab="${tab.id}"`, (slot) => slot(), {
          '': tab.content,
        }),
      ]),
    ),
  );
}

/** records-lwc-detail-panel >> records-base-record-form >> div.record-layout-container > records-lwc-record-layout */
export function detailPanel(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  mode: 'view' | 'edit' = 'view',
  sectionMarkup?: (section: LayoutSection, index: number) => SafeHtml,
): SafeHtml {
  const sections = layoutSections(state, user, type, mode, recordTypeOf(state, row));
  return lwc(
    'records-lwc-detail-panel',
    '',
    lwc(
      'records-base-record-form',
      '',
      html`<div class="record-layout-container">${recordLayout(state, user, type, row, sections, mode, sectionMarkup)}</div>`,
    ),
  );
}

/**
 * The record page as Lightning delivers it: the frame at once, then the highlights, their actions ribbon, Path
 * and each layout section as parts of their own, hundreds of milliseconds apart; a tab's content only once the
 * tab is selected (lightning-tab loads its content lazily). `deferred(name, lazy)` stands for a part the page
 * script fetches later.
 */
export function deferredRecordPage(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app: string | undefined,
  deferred: (name: string, lazy?: boolean) => SafeHtml,
): SafeHtml {
  const opening = openingTab(state);
  const lazy = (tab: RecordTab) => opening !== undefined && opening !== tab;
  return recordPageFrame(state, type, row, {
    highlights: deferred('highlights'),
    path: deferred('path'),
    details: detailsPart(state, user, type, row, app, (section, index) =>
      deferred(
        `section-${index}`,
        sectionTab(state, type, section.label) === 'Details' ? lazy('details') : opening !== undefined,
      ),
    ),
    related: deferred('related', lazy('related')),
  });
}

/**
 * One part of the record page, by the name deferredRecordPage (or the highlights part: `actions`, or the
 * ribbon's menu: `actions-menu`) gave it; undefined for an unknown name. The related lists come with each list
 * deferred in turn (`deferredList(name)`), to arrive one by one; the highlights with their ribbon deferred
 * (`deferred(name, spinner)`).
 */
export function recordPagePart(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app: string | undefined,
  name: string,
  deferredList: (name: string) => SafeHtml,
  deferred: (name: string, spinner: PartSpinner) => SafeHtml,
): SafeHtml | undefined {
  // The ribbon shows nothing until its actions have loaded (records/highlights2 waitForActionsContent).
  if (name === 'highlights') return highlightsPanel(state, user, type, row, deferred('actions', 'none'));
  if (name === 'actions') return actionsRibbon(state, user, type, row);
  if (name === 'actions-menu') return overflowMenuItems(state, user, type, row);
  if (name === 'path') return html`${opportunityPath(state, user, type, row)}`;
  // The tab bar again once a tab is selected, and its More menu's items, when some tabs do not fit it.
  if (name.startsWith('tab-bar-')) return recordTabBar(state, type, row, name.slice('tab-bar-'.length));
  if (name.startsWith('tabs-menu-')) return recordTabMenuItems(state, type, name.slice('tabs-menu-'.length));
  const recordType = recordTypeOf(state, row);
  if (name === 'related') return relatedListsPanel(state, user, type, row, recordType, deferredList);
  const list = relatedListPart(state, user, type, row, recordType, name);
  if (list) return list;
  const index = /^section-(\d+)$/.exec(name)?.[1];
  if (index === undefined) return undefined;
  if (usesDynamicForms(state, type)) {
    const page = lightningPageFor(state, user, type, app, recordType);
    const section = dynamicFormsSections(state, user, type, page)[Number(index)];
    return section && fieldSection(state, user, type, row, section);
  }
  const section = layoutSections(state, user, type, 'view', recordType)[Number(index)];
  return section && layoutSection(state, user, type, row, section, 'view');
}
