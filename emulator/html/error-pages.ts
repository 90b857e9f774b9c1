import { html, page, type SafeHtml } from './safe-html';

/** Classic error pages (servlet.su and other classic URLs answer with these). */
export function classicErrorPage(title: string, message: string): string {
  return page(
    title,
    html`<div class="bPageTitle"><div class="ptBody"><div class="content"><h1 class="pageType noSecondHeader">${title}</h1></div></div></div>
<div class="bPageBlock"><div class="pbBody"><div class="errorMsg" id="errorMsg">${message}</div></div></div>`,
    'hasMotif errorPage',
  );
}

export const INSUFFICIENT_PRIVILEGES_TEXT =
  'You do not have the level of access necessary to perform the operation you requested. Please contact the ' +
  'owner of the record or your administrator if access is necessary.';

export function insufficientPrivilegesPage(): string {
  return classicErrorPage('Insufficient Privileges', INSUFFICIENT_PRIVILEGES_TEXT);
}

export function unableToAccessPage(parameter: string): string {
  return classicErrorPage(
    'Unable to Access Page',
    `The value of the "${parameter}" parameter contains a character that is not allowed or the value exceeds the ` +
      'maximum allowed length. Remove the character from the parameter value or reduce the value length and ' +
      'resubmit. If the error still persists, report it to our Customer Support team. Provide the URL of the page ' +
      'you were requesting as well as any other related information.',
  );
}

const LIGHTNING_ERRORS = {
  record: {
    heading: "Looks like there's a problem.",
    message:
      'This record may have been deleted, or you might not have access to it. Contact your administrator if you need help.',
  },
  page: {
    heading: "Looks like there's a problem.",
    message: "We can't find that page. The link may be broken or the object may not exist.",
  },
  insufficientPrivileges: { heading: 'Insufficient Privileges', message: INSUFFICIENT_PRIVILEGES_TEXT },
};

export type LightningError = keyof typeof LIGHTNING_ERRORS;

/**
 * Lightning's in-page errors: a record that does not exist or cannot be read, a page or object that does not
 * exist, and Insufficient Privileges.
 */
export function lightningErrorBody(kind: LightningError): SafeHtml {
  const { heading, message } = LIGHTNING_ERRORS[kind];
  return html`<div class="slds-illustration slds-illustration_small forceRecordError" role="alert">
  <h2 class="slds-text-heading_medium">${heading}</h2>
  <p class="slds-text-body_regular">${message}</p>
</div>`;
}
