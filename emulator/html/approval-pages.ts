import { approvalHistory, itemsToApprove, type PendingApproval } from '../model/approval-history';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { actsOn } from '../save/record-locks';
import { statusCount } from './list-view-page';
import { lwc } from './lwc';
import { recordUiScript } from './record-ui-script';
import { ROWS_SHOWN, relatedListCard } from './related-list-card';
import { wholeListPage } from './related-list-page';
import { html, type SafeHtml } from './safe-html';

/**
 * The approval pages: the Approval History related list of a record, "Items to Approve" on the home page and
 * the approval request page (ProcessInstanceWorkitem) with Approve / Reject / Reassign. salesforce-pageobjects
 * declares none of them; the structure follows the related-list card (lst-related-list-single-container,
 * data-related-list) and SLDS tables, and the labels follow Salesforce Help ("Approval History Related List":
 * Step Name, Date, Status, Assigned To, Actual Approver, Comments; "Items to Approve": Related To, Type,
 * Date Submitted). Every exact tag and column order here is unconfirmed on a real org.
 */

// ProcessInstanceStep.StepStatus as the related list shows it (Started reads "Submitted", Removed "Recalled").
// A pending request is assigned to its current actor (after a Reassign, the new approver).
const STATUS_LABELS: Record<string, string> = { Started: 'Submitted', Removed: 'Recalled' };

/** The Approval History's View All address: its relationship is ProcessSteps. */
export function approvalHistoryPageUrl(type: SObjectType, row: Row): string {
  return `/lightning/r/${type.name}/${row.Id}/related/ProcessSteps/view`;
}

export function approvalHistoryCard(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const rows = approvalHistory(state, row.Id);
  const pending = rows.find((entry) => entry.workitemId);
  const workitem = pending?.workitemId
    ? state.store.get('ProcessInstanceWorkitem', pending.workitemId)
    : undefined;
  const process = pending
    ? state.definition.approvalProcesses.find((p) => p.name === pending.instance.ProcessDefinitionName)
    : undefined;
  const buttons: SafeHtml[] = [];
  if (workitem && actsOn(state, user, workitem)) {
    for (const action of ['Approve', 'Reject', 'Reassign'])
      buttons.push(actionButton(action, `/aura/approval/${workitem.Id}/${action}`));
  }
  if (workitem && process?.allowRecall && pending?.instance.SubmittedById === user.id)
    buttons.push(actionButton('Recall', `/aura/approval/${workitem.Id}/Recall`));
  // Like every related list card: its first rows, and "(6+)" when there are more (docs/salesforce-facts.md).
  const count = rows.length > ROWS_SHOWN ? `(${ROWS_SHOWN}+)` : `(${rows.length})`;
  // The related-list chain every list of the Related tab has (emulator/html/related-lists.ts).
  const header = lwc(
    'lst-list-view-manager-header',
    '',
    html`<div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body">
  <h2 class="slds-card__header-title"><span class="slds-truncate slds-m-right_xx-small" title="Approval History">Approval History</span><span class="slds-shrink-none slds-m-right_xx-small countText" title="${count}">${count}</span></h2>
</div><div class="slds-no-flex related-list-actions">${buttons}</div></header></div>`,
  );
  const body =
    rows.length > 0
      ? approvalHistoryTable(state, rows.slice(0, ROWS_SHOWN))
      : html`<p class="slds-p-around_small empty">No approval history</p>`;
  const footer = html`
<a class="slds-card__footer" href="${approvalHistoryPageUrl(type, row)}"><span class="view-all-label">View All</span></a>`;
  return relatedListCard('ProcessSteps', header, body, footer);
}

/** The Approval History's View All page: every row, with the count in its status line. */
export function approvalHistoryPageBody(state: OrgState, type: SObjectType, row: Row): SafeHtml {
  const rows = approvalHistory(state, row.Id);
  const shown =
    rows.length > 0
      ? approvalHistoryTable(state, rows)
      : html`<p class="slds-p-around_small empty">No approval history</p>`;
  return wholeListPage(
    type,
    row,
    'Approval History',
    statusCount(rows.length, rows.length, undefined),
    shown,
  );
}

/** The history's rows, newest first, each cell labelled with its column. */
export function approvalHistoryTable(state: OrgState, rows: ReturnType<typeof approvalHistory>): SafeHtml {
  return html`<table class="slds-table slds-table_bordered approval-history" role="grid"><thead><tr>${[
    'Step Name',
    'Date',
    'Status',
    'Assigned To',
    'Actual Approver',
    'Comments',
  ].map((label) => html`<th scope="col" title="${label}">${label}</th>`)}</tr></thead><tbody>${rows.map(
    (entry, index) => {
      const stepName =
        entry.status === 'Started' ? 'Approval Request Submitted' : stepLabel(state, entry.instance);
      return html`<tr data-row-key-value="${entry.workitemId ?? `${entry.instance.Id}-${index}`}" data-status="${entry.status}">
<td data-label="Step Name">${stepName}</td><td data-label="Date">${entry.date.slice(0, 10)}</td><td data-label="Status">${STATUS_LABELS[entry.status] ?? entry.status}</td>
<td data-label="Assigned To">${actorName(state, entry.status === 'Pending' ? entry.actorId : entry.assignedToId)}</td><td data-label="Actual Approver">${entry.status === 'Pending' ? '' : actorName(state, entry.actorId)}</td><td data-label="Comments">${entry.comments ?? ''}</td></tr>`;
    },
  )}</tbody></table>`;
}

function stepLabel(state: OrgState, instance: Row): string {
  const process = state.definition.approvalProcesses.find((p) => p.name === instance.ProcessDefinitionName);
  const index = Number(instance.StepIndex);
  return (
    process?.steps[index]?.label ?? process?.steps[index]?.name ?? String(instance.ProcessDefinitionName)
  );
}

/** A user's name, or a queue's. */
export function actorName(state: OrgState, id: string): string {
  const user = state.user(id);
  if (user) return user.name;
  return String(state.store.get('Group', id)?.Name ?? id);
}

function actionButton(label: string, url: string): SafeHtml {
  return lwc(
    'lightning-button',
    html`class="related-list-action"`,
    html`<button type="button" class="slds-button slds-button_neutral" name="${label}" data-action="open-action" data-url="${url}">${label}</button>`,
  );
}

function targetName(state: OrgState, targetId: string): { name: string; type?: SObjectType } {
  return {
    name: state.recordName(targetId) ?? targetId,
    type: state.objectByKeyPrefix(targetId.slice(0, 3)),
  };
}

/** The home page's "Items to Approve" card: each pending request links to its approval request page. */
export function itemsToApproveCard(state: OrgState, user: OrgUser): SafeHtml {
  const items = itemsToApprove(state, user);
  const rows = items.map((item) => {
    const target = targetName(state, item.targetId);
    return html`<tr data-row-key-value="${item.workitem.Id}">
<th scope="row" data-label="Related To"><a href="/lightning/r/ProcessInstanceWorkitem/${item.workitem.Id}/view" title="${target.name}">${target.name}</a></th>
<td data-label="Type">${target.type?.label ?? ''}</td><td data-label="Date Submitted">${item.submittedDate.slice(0, 10)}</td></tr>`;
  });
  return html`<article class="slds-card items-to-approve" data-component-id="runtime_approval_process-items-to-approve" aria-label="Items to Approve">
<div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Items to Approve">Items to Approve</span></h2></div>
<div class="slds-card__body">${
    items.length === 0
      ? html`<p class="slds-p-around_small empty">No approval requests need your attention right now.</p>`
      : html`<table class="slds-table slds-table_bordered" role="grid"><thead><tr><th scope="col">Related To</th><th scope="col">Type</th><th scope="col">Date Submitted</th></tr></thead><tbody>${rows}</tbody></table>`
  }</div></article>`;
}

/** The approval request page: what is waiting, for whom, and the actions the viewer may take on it. */
export function approvalRequestPage(state: OrgState, user: OrgUser, pending: PendingApproval): SafeHtml {
  const target = targetName(state, pending.targetId);
  const mayAct = actsOn(state, user, pending.workitem);
  const buttons = mayAct
    ? ['Approve', 'Reject', 'Reassign'].map((action) =>
        actionButton(action, `/aura/approval/${pending.workitem.Id}/${action}`),
      )
    : [];
  const field = (label: string, value: SafeHtml | string) =>
    html`<div class="slds-form-element slds-form-element_readonly" data-field="${label}"><span class="slds-form-element__label">${label}</span><div class="slds-form-element__control">${value}</div></div>`;
  const link = target.type
    ? html`<a href="/lightning/r/${target.type.name}/${pending.targetId}/view">${target.name}</a>`
    : target.name;
  return html`<div class="approval-request" data-workitem-id="${pending.workitem.Id}" data-target-id="${pending.targetId}">
<div class="slds-page-header"><div class="slds-grid"><div class="slds-media__body"><div class="entityNameTitle">Approval Request</div><h1 class="slds-page-header__title">${target.name}</h1></div>
<div class="approval-actions slds-no-flex">${buttons}</div></div></div>
<div class="slds-p-around_medium">${field('Related To', link)}${field('Type', target.type?.label ?? '')}${field('Submitter', actorName(state, pending.submittedById))}${field('Date Submitted', pending.submittedDate.slice(0, 10))}${field('Assigned To', actorName(state, String(pending.workitem.ActorId)))}</div>
</div>${recordUiScript()}`;
}
