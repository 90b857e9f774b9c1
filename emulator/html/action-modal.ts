import { errorHeader } from './record-form-parts';
import { type HtmlPart, html, type SafeHtml } from './safe-html';

/**
 * A quick-action dialog (Submit for Approval, Approve, Reject, Reassign, Recall, Choose Price Book, Add
 * Products, Create PDF) in SLDS modal markup, like the record Edit modal: section[role=dialog] labelled by its
 * heading, a form body, the page-level error list, and Cancel plus the action's own button in the footer.
 * The page script posts the form's fields to `postUrl` (emulator/browser/record-ui.ts, "post-action"); the
 * answer either renders the record page again in place (with the action's toast), goes where it says, opens the
 * next dialog, or shows the errors. salesforce-pageobjects has no page object for these dialogs; the markup follows
 * SLDS's modal blueprint (unconfirmed for each action).
 */
export interface ActionModal {
  title: string;
  postUrl: string;
  body: HtmlPart;
  /** The footer's submit button text, e.g. "Submit", "Approve", "Next", "Save". */
  submitLabel: string;
  /**
   * The submit button is a force:actionButton, .forceActionButton titled with its label, as force/multiAdd
   * (nextButton) and force/multiEdit (actionButton "Save") declare it.
   */
  submitIsActionButton?: boolean;
  /** Extra class on the section, e.g. slds-modal_large for the product picker. */
  size?: 'medium' | 'large';
}

export function actionModal(modal: ActionModal): SafeHtml {
  const size = modal.size ? ` slds-modal_${modal.size}` : '';
  const submit = modal.submitIsActionButton
    ? html`<button type="button" class="slds-button slds-button_brand forceActionButton" title="${modal.submitLabel}" data-action="post-action"><span class="label">${modal.submitLabel}</span></button>`
    : html`<button type="button" class="slds-button slds-button_brand" data-action="post-action">${modal.submitLabel}</button>`;
  return html`<div class="modal-container" data-record-modal><section role="dialog" aria-modal="true" aria-labelledby="action-title" class="slds-modal slds-fade-in-open${size}" data-post-url="${modal.postUrl}">
<div class="slds-modal__container">
  <button type="button" class="slds-button slds-modal__close" title="Close" data-action="cancel-modal"><span class="slds-assistive-text">Close</span>&#x2715;</button>
  <div class="slds-modal__header"><h2 id="action-title" class="slds-modal__title">${modal.title}</h2></div>
  <div class="slds-modal__content slds-p-around_medium"><div class="record-edit-errors" hidden>${errorHeader()}</div><form class="action-form" onsubmit="return false">${modal.body}</form></div>
  <div class="slds-modal__footer"><button type="button" class="slds-button slds-button_neutral" data-action="cancel-modal">Cancel</button>${submit}</div>
</div></section><div class="slds-backdrop slds-backdrop_open"></div></div>`;
}

/**
 * The Comments box of the approval dialogs: a labelled textarea in div.commentContainer (where a public suite finds it
 * on a real org; the label is unconfirmed).
 */
export function commentsField(): SafeHtml {
  return html`<div class="slds-form-element commentContainer"><label class="slds-form-element__label" for="action-comments">Comments</label><div class="slds-form-element__control"><textarea id="action-comments" name="comments" class="slds-textarea" data-action-input></textarea></div></div>`;
}

/** A labelled select (the emulator's stand-in for a lightning-combobox in these dialogs; unconfirmed). */
export function selectField(
  name: string,
  label: string,
  options: { value: string; label: string }[],
  selected?: string,
): SafeHtml {
  return html`<div class="slds-form-element"><label class="slds-form-element__label" for="action-${name}">${label}</label><div class="slds-form-element__control"><div class="slds-select_container"><select id="action-${name}" name="${name}" class="slds-select" data-action-input>${options.map(
    (option) =>
      html`<option value="${option.value}"${option.value === selected ? html` selected` : ''}>${option.label}</option>`,
  )}</select></div></div></div>`;
}

/** The answer the page script reads after posting an action dialog. */
export interface ActionResult {
  success: boolean;
  pageErrors: string[];
  /** A dialog to open next (Add Products: price book, then products, then quantities). */
  next?: string;
  /** Where to go afterwards; the current page is rendered again in place when absent. */
  location?: string;
}
