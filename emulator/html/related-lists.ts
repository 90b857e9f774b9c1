import type { OrgState, OrgUser } from '../model/org-state';
import { relatedLists } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldOutput } from './field-output';
import { html, type SafeHtml } from './safe-html';

/**
 * The Related tab: one article.slds-card per related list on the page layout, header span[title="{Label}"]
 * and span.countText "(n)", then a table of the first rows (Lightning shows up to 6 before "View All").
 */
const ROWS_SHOWN = 6;

export function relatedListsPanel(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  recordType?: string,
): SafeHtml {
  const lists = relatedLists(state, user, type, row, recordType);
  if (lists.length === 0) return html`<p class="slds-text-color_weak no-related-lists">No related lists</p>`;
  return html`<div class="slds-grid slds-wrap related-lists">${lists.map((list) => {
    const relationship =
      list.definition.label?.replace(/\W+/g, '') ?? list.type.labelPlural.replace(/\W+/g, '');
    const count = list.rows.length > ROWS_SHOWN ? `(${ROWS_SHOWN}+)` : `(${list.rows.length})`;
    return html`<article class="slds-card forceRelatedListSingleContainer" data-related-list="${list.type.name}">
  <div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate">
    <h2 class="slds-card__header-title"><a class="slds-card__header-link" href="/lightning/r/${type.name}/${row.Id}/related/${relationship}/view"><span class="slds-truncate slds-m-right--xx-small" title="${list.label}">${list.label}</span><span class="slds-shrink-none slds-m-right--xx-small countText" title="${count}">${count}</span></a></h2>
  </header></div>
  <div class="slds-card__body">${
    list.rows.length === 0
      ? ''
      : html`<table class="slds-table slds-table_bordered slds-table_cell-buffer"><thead><tr>${list.columns.map((column) => html`<th scope="col"><span class="slds-truncate" title="${column.label}">${column.label}</span></th>`)}</tr></thead>
    <tbody>${list.rows
      .slice(0, ROWS_SHOWN)
      .map(
        (child) =>
          html`<tr data-row-key-value="${child.Id}">${list.columns.map((column, index) =>
            index === 0
              ? html`<th scope="row"><a href="/lightning/r/${list.type.name}/${child.Id}/view" data-recordid="${child.Id}">${String(child[column.name] ?? child.Id)}</a></th>`
              : html`<td>${fieldOutput(state, column, child[column.name] ?? null)}</td>`,
          )}</tr>`,
      )}</tbody></table>`
  }</div>
  <a class="slds-card__footer" href="/lightning/r/${type.name}/${row.Id}/related/${relationship}/view"><span class="view-all-label">View All</span></a>
</article>`;
  })}</div>`;
}
