import type { OrgState } from '../model/org-state';
import { html, page, type SafeHtml } from './safe-html';

/**
 * Classic (Visualforce) Setup pages Lightning shows in its force-aloha-page iframe: Login Access Policies,
 * Session Settings and Grant Account Login Access. Ids follow Visualforce's "page:form:component" scheme so
 * `input[id$="adminsCanLogInAsAny"]` and `input[id$=":save"]` (docs/salesforce-facts.md, Login-As) find them; the ids' prefixes
 * and the Session Settings / Grant Access markup are unconfirmed.
 */

export const LOGIN_ACCESS_POLICIES_PATH = '/partnerbt/loginAccessPolicies.apexp';
export const SESSION_SETTINGS_PATH = '/_ui/system/security/SessionSettings';
export const GRANT_LOGIN_ACCESS_PATH = '/partnerbt/grantLoginAccess.apexp';

/** Access durations offered by Grant Account Login Access, in days (0 = no access). */
export const ACCESS_DURATIONS: [label: string, days: number][] = [
  ['--No Access--', 0],
  ['1 Day', 1],
  ['3 Days', 3],
  ['1 Week', 7],
  ['1 Month', 30],
  ['6 Months', 182],
  ['1 Year', 365],
];

const saveButtons = (form: string) =>
  html`<td class="pbButton"><input type="submit" class="btn" id="${form}:save" name="${form}:save" value="Save"> <input type="submit" class="btn" id="${form}:cancel" name="${form}:cancel" value="Cancel"></td>`;

function savedMessage(saved: boolean): SafeHtml {
  return saved
    ? html`<div class="message confirmM3" role="status"><table class="messageTable"><tbody><tr><td><img alt="confirm" class="msgIcon" src="/s.gif" title="confirm"></td><td class="messageCell"><div class="messageText">Changes Saved</div></td></tr></tbody></table></div>`
    : html``;
}

function setupPage(state: OrgState, heading: string, body: SafeHtml): string {
  return page(
    `${heading} ~ Salesforce - ${state.definition.org.edition}`,
    html`<div class="bPageTitle"><div class="ptBody"><div class="content"><h1 class="pageType noSecondHeader">${heading}</h1></div></div></div>
${body}`,
    'hasMotif setupTab sfdcBody',
  );
}

// Rows as setup/setupAlohaPageItemRow declares them: the label in td.labelCol > label.
function checkboxRow(id: string, label: string, checked: boolean): SafeHtml {
  return html`<tr><td class="labelCol"><label for="${id}">${label}</label></td><td class="dataCol"><input type="checkbox" id="${id}" name="${id}" value="on"${checked ? html` checked="checked"` : html``}></td></tr>`;
}

/** A classic Setup page's form: its heading, its Visualforce form id and where it posts. */
interface SetupForm {
  heading: string;
  form: string;
  action: string;
}
const LOGIN_ACCESS_POLICIES: SetupForm = {
  heading: 'Login Access Policies',
  form: 'thePage:loginAccessPolicies',
  action: LOGIN_ACCESS_POLICIES_PATH,
};
const SESSION_SETTINGS: SetupForm = {
  heading: 'Session Settings',
  form: 'thePage:sessionSettings',
  action: SESSION_SETTINGS_PATH,
};
const GRANT_LOGIN_ACCESS: SetupForm = {
  heading: 'Grant Account Login Access',
  form: 'thePage:grantLoginAccess',
  action: GRANT_LOGIN_ACCESS_PATH,
};

/** A classic Setup page with one form: its title and Save / Cancel in the page block header, a table below. */
function setupFormPage(
  state: OrgState,
  { heading, form, action }: SetupForm,
  saved: boolean,
  table: SafeHtml,
) {
  return setupPage(
    state,
    heading,
    html`${savedMessage(saved)}
<form id="${form}" name="${form}" method="post" action="${action}">
<div class="bPageBlock brandSecondaryBrd bEditBlock secondaryPalette"><div class="pbHeader"><table><tbody><tr><td class="pbTitle"><h2 class="mainTitle">${heading}</h2></td>${saveButtons(form)}</tr></tbody></table></div>
<div class="pbBody">${table}</div></div>
</form>`,
  );
}

const detailList = (rows: SafeHtml) => html`<table class="detailList"><tbody>
${rows}
</tbody></table>`;

export function loginAccessPoliciesPage(state: OrgState, saved: boolean): string {
  const { form } = LOGIN_ACCESS_POLICIES;
  const adminsCanLogInAsAny = checkboxRow(
    `${form}:adminsCanLogInAsAny`,
    'Administrators Can Log in as Any User',
    state.security.adminsCanLogInAsAnyUser,
  );
  return setupFormPage(state, LOGIN_ACCESS_POLICIES, saved, detailList(adminsCanLogInAsAny));
}

export function sessionSettingsPage(state: OrgState, saved: boolean): string {
  const { form } = SESSION_SETTINGS;
  const rows = html`<tr><td class="labelCol">Timeout Value</td><td class="dataCol">${String(state.sessionSettings.timeoutMinutes)} minutes</td></tr>
${checkboxRow(`${form}:forceRelogin`, 'Force relogin after Login-As-User', state.sessionSettings.forceReloginAfterLoginAs)}`;
  return setupFormPage(state, SESSION_SETTINGS, saved, detailList(rows));
}

export function grantLoginAccessPage(
  state: OrgState,
  grantedUntil: string | undefined,
  saved: boolean,
): string {
  const { form } = GRANT_LOGIN_ACCESS;
  const grantee = `${state.definition.org.name} Administrator`;
  const options = ACCESS_DURATIONS.map(
    ([label, days]) =>
      html`<option value="${String(days)}"${!grantedUntil && days === 0 ? html` selected="selected"` : html``}>${label}</option>`,
  );
  return setupFormPage(
    state,
    GRANT_LOGIN_ACCESS,
    saved,
    html`<table class="list" id="${form}:grants"><tbody>
<tr class="headerRow"><th scope="col">Grant Access To</th><th scope="col">Access Duration</th><th scope="col">Expiration Date</th></tr>
<tr class="dataRow"><th scope="row" class="dataCell">${grantee}</th>
<td class="dataCell"><select id="${form}:adminAccessDuration" name="${form}:adminAccessDuration" title="Access Duration for ${grantee}">${options}</select></td>
<td class="dataCell" data-expiration>${grantedUntil ? grantedUntil.slice(0, 10) : ''}</td></tr>
</tbody></table>`,
  );
}
