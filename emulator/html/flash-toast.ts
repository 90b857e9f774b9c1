import type { Session } from '../model/sessions';
import { html, type SafeHtml } from './safe-html';

/**
 * A toast shown on the next Lightning page the session renders (the record page a save renders again), in
 * Lightning's markup: div.forceToastMessage, data-key, .toastTitle, span.toastMessage
 * (docs/salesforce-facts.md#edit-modal-save-errors-and-toasts).
 */
export type Toast = NonNullable<Session['pendingToast']>;

export function queueToast(session: Session, toast: Toast): void {
  session.pendingToast = toast;
}

/** The pending toast's markup, once; empty when there is none. */
export function takeToast(session: Session): SafeHtml {
  const toast = session.pendingToast;
  if (!toast) return html``;
  session.pendingToast = undefined;
  return toastMarkup(toast);
}

export function toastMarkup(toast: Toast): SafeHtml {
  return html`<div class="forceVisualMessageQueue"><div class="forceToastMessage slds-notify slds-notify--toast slds-notify_toast slds-theme--${toast.variant} slds-theme_${toast.variant}" role="alert" data-key="${toast.variant}">
  <div class="toastContent slds-notify__content">
    ${toast.title ? html`<div class="toastTitle slds-text-heading--small">${toast.title}</div>` : ''}
    <span class="toastMessage forceActionsText">${toast.message}</span>
  </div>
  <button type="button" class="slds-button slds-button_icon toastClose slds-notify__close" title="Close" onclick="this.closest('.forceToastMessage').remove()"><span class="slds-assistive-text">Close</span></button>
</div></div>`;
}
