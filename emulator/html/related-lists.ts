import type { OrgState, OrgUser } from '../model/org-state';
import { hasApprovalHistory, relatedLists } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { approvalHistoryCard } from './approval-pages';
import { lightningDatatable } from './lightning-datatable';
import { lwc } from './lwc';
import { relatedListActions } from './related-list-actions';
import { ROWS_SHOWN, relatedListContent, relatedListSlot } from './related-list-card';
import { relatedListPageUrl } from './related-list-page';
import { html, type SafeHtml } from './safe-html';

/**
 * The Related tab's lists, inside the record page's lst-related-list-container, as salesforce-pageobjects
 * declares them (lists/relatedListSingleContainer, relatedListSingleAppBuilderMapper, relatedListViewManager):
 * lst-related-list-single-container >> (laf-progressive-container >) lst-related-list-single-app-builder-mapper
 * >> article.slds-card > lst-related-list-view-manager >> lst-common-list-internal >> the header (title
 * span[title="{Label}"], count span.countText "(n)") and the first rows in a lightning-datatable, then
 * "View All". Public suites recorded this chain on real orgs in synthetic shadow
 * (`lst-related-list-single-container/laf-progressive-container/slot/lst-related-list-single-app-builder-mapper/
 * article/lst-related-list-view-manager/lst-common-list-internal/lst-list-view-manager-header`).
 */

/**
 * The lists of the record's layout, then Approval History where an approval process covers the object. With
 * `deferred`, each layout list stands as its place on the page (lst-related-list-single-container) whose
 * content arrives by its own data call, as laf-progressive-container renders Lightning's lists one by one:
 * `deferred(name)` is what shows meanwhile, `relatedListPart` the content later.
 */
export function relatedListsPanel(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  recordType?: string,
  deferred?: (name: string) => SafeHtml,
): SafeHtml {
  const lists = relatedLists(state, user, type, row, recordType);
  const approvals = hasApprovalHistory(state, user, type, recordType)
    ? approvalHistoryCard(state, user, type, row)
    : '';
  if (lists.length === 0 && !approvals)
    return html`<p class="slds-text-color_weak no-related-lists">No related lists</p>`;
  return html`<div class="slds-grid slds-wrap related-lists">${approvals}${lists.map((list, index) =>
    relatedListSlot(
      list.type.name,
      deferred ? deferred(`${RELATED_LIST_PART}${index}`) : relatedListBody(state, user, type, row, list),
    ),
  )}</div>`;
}

const RELATED_LIST_PART = 'related-list-';

/** The content of one layout list by the part name relatedListsPanel gave it; undefined for another name. */
export function relatedListPart(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  recordType: string | undefined,
  name: string,
): SafeHtml | undefined {
  if (!name.startsWith(RELATED_LIST_PART)) return undefined;
  const list = relatedLists(state, user, type, row, recordType)[Number(name.slice(RELATED_LIST_PART.length))];
  return list ? relatedListBody(state, user, type, row, list) : undefined;
}

type RelatedList = ReturnType<typeof relatedLists>[number];

function relatedListBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row, list: RelatedList) {
  const count = list.rows.length > ROWS_SHOWN ? `(${ROWS_SHOWN}+)` : `(${list.rows.length})`;
  const viewAll = relatedListPageUrl(type, row, list);
  const header = lwc(
    'lst-list-view-manager-header',
    '',
    html`<div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body">
  <h2 class="slds-card__header-title"><a class="slds-card__header-link" href="${viewAll}"><span class="slds-truncate slds-m-right_xx-small" title="${list.label}">${list.label}</span><span class="slds-shrink-none lds-shrink-none slds-m-right_xx-small countText" title="${count}">${count}</span></a></h2>
</div>${relatedListActions(state, user, list.type, row)}</header></div>`,
  );
  const table =
    list.rows.length === 0
      ? ''
      : lwc(
          'lst-primary-display-manager',
          '',
          lwc(
            'lst-primary-display',
            '',
            lwc(
              'lst-primary-display-grid',
              '',
              lightningDatatable(
                state,
                list.type,
                list.columns,
                list.rows.slice(0, ROWS_SHOWN),
                list.columns[0]?.name,
              ),
            ),
          ),
        );
  return relatedListContent(
    list.type.name,
    header,
    table,
    html`
<a class="slds-card__footer" href="${viewAll}"><span class="view-all-label">View All</span></a>`,
  );
}
