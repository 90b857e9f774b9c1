import type { OrgState } from '../model/org-state';
import { type ResolvedRelatedList, relationshipName } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { lightningDatatable } from './lightning-datatable';
import { LIST_VIEW_PAGE_SIZE, statusCount } from './list-view-page';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/**
 * A related list's View All page, the whole list where the record page's card shows its first rows:
 * lst-related-list-desktop (salesforce-pageobjects lists/relatedListDesktop) >> article >
 * lst-related-list-view-manager >> lst-common-list-internal >> lst-list-view-manager-header (breadcrumbs to the
 * object and the record, the list's title, its status line) and lst-primary-display-manager >> lst-primary-display
 * >> lst-primary-display-grid >> lightning-datatable. Public suites recorded this chain on real orgs
 * (`lst-related-list-desktop/article/lst-related-list-view-manager/lst-common-list-internal/div/div/
 * lst-primary-display-manager/div/lst-primary-display/lst-primary-display-grid/lightning-datatable`). Like a list
 * view, it loads its rows a page at a time, its status line saying "50+ items" until the last page is in.
 */
export function relatedListPageBody(
  state: OrgState,
  type: SObjectType,
  row: Row,
  list: ResolvedRelatedList,
): SafeHtml {
  const loaded = list.rows.slice(0, LIST_VIEW_PAGE_SIZE);
  const more =
    list.rows.length > loaded.length ? moreRelatedRowsUrl(type, row, list, loaded.length) : undefined;
  const grid = lwc(
    'lst-primary-display',
    '',
    lwc(
      'lst-primary-display-grid',
      '',
      lightningDatatable(state, list.type, list.columns, loaded, list.columns[0]?.name, more),
    ),
  );
  const empty =
    list.rows.length === 0
      ? lwc(
          'lst-empty-state',
          '',
          html`<div class="emptyContent slds-illustration"><p class="slds-text-body_regular">No items to display.</p></div>`,
        )
      : '';
  return wholeListPage(
    type,
    row,
    list.label,
    statusCount(loaded.length, list.rows.length, undefined),
    html`${grid}${empty}`,
  );
}

/** The View All page around a list's rows: its title, breadcrumbs to the record and status line `count`. */
export function wholeListPage(
  type: SObjectType,
  row: Row,
  title: string,
  count: string,
  rows: SafeHtml,
): SafeHtml {
  const internal = lwc(
    'lst-common-list-internal',
    '',
    html`<div class="slds-card slds-card_boundary listViewContent"><div class="listDisplays">
${header(type, row, title, count)}
${lwc('lst-primary-display-manager', '', html`<div class="primaryDisplayManager">${rows}</div>`)}
</div></div>`,
  );
  return lwc(
    'lst-related-list-desktop',
    '',
    html`<article class="slds-card slds-card_boundary">${lwc('lst-related-list-view-manager', '', internal)}</article>`,
  );
}

/** Where the card's title and "View All" lead. */
export function relatedListPageUrl(type: SObjectType, row: Row, list: ResolvedRelatedList): string {
  return `/lightning/r/${type.name}/${row.Id}/related/${relationshipName(list)}/view`;
}

/** Where the page script fetches the rows from `offset` on (routes/related-list-pages.ts). */
export function moreRelatedRowsUrl(
  type: SObjectType,
  row: Row,
  list: ResolvedRelatedList,
  offset: number,
): string {
  return `/aura/relatedlist/${type.name}/${row.Id}/${relationshipName(list)}/rows?offset=${offset}`;
}

function header(type: SObjectType, row: Row, title: string, count: string): SafeHtml {
  const name = String(row[type.options.nameField ?? 'Name'] ?? row.Id);
  const breadcrumbs = lwc(
    'lst-breadcrumbs',
    '',
    html`<nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb slds-list_horizontal">
<li class="slds-breadcrumb__item"><a href="/lightning/o/${type.name}/home">${type.labelPlural}</a></li>
<li class="slds-breadcrumb__item"><a href="/lightning/r/${type.name}/${row.Id}/view">${name}</a></li>
</ol></nav>`,
  );
  const status = lwc(
    'force-list-view-manager-status-info',
    '',
    html`<span class="slds-text-body_small"><span class="countSortedByFilteredBy">${count}</span> <span class="lastUpdated">Updated a few seconds ago</span></span>`,
  );
  return lwc(
    'lst-list-view-manager-header',
    '',
    html`<div class="slds-page-header slds-page-header_related-list" role="banner">
  <div class="slds-page-header__row"><div class="slds-page-header__col-title">${breadcrumbs}<h1 class="slds-page-header__title slds-truncate listViewTitle" title="${title}">${title}</h1></div></div>
  <div class="slds-page-header__row listViewManagerHeaderControls">${status}</div>
</div>`,
  );
}
