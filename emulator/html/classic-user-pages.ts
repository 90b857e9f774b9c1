import { loginAsDecision, showsLoginButton } from '../model/login-as-decision';
import type { OrgState, OrgUser } from '../model/org-state';
import { lwc } from './lwc';
import { html, page, type SafeHtml, trusted } from './safe-html';

/**
 * Classic Setup pages Lightning shows inside its iframe: user detail (with the Login button) and the users list.
 * The detail page's buttons sit in the form's .pbHeader (setup/setupAlohaPage: buttonByName, root `form`).
 */

export function userDetailPath(userId: string): string {
  return `/${userId}?noredirect=1&isUserEntityOverride=1`;
}

export function loginAsUrl(state: OrgState, target: OrgUser): string {
  const params = new URLSearchParams({
    oid: state.orgId,
    suorgadminid: target.id,
    retURL: userDetailPath(target.id),
    targetURL: '/lightning/page/home',
  });
  return `/servlet/servlet.su?${params.toString().replace(/\+/g, '%20')}`;
}

function pageTitle(state: OrgState, subject: string): string {
  return `${subject} ~ Salesforce - ${state.definition.org.edition}`;
}

export function userDetailTitle(state: OrgState, user: OrgUser): string {
  return pageTitle(state, `User: ${user.name}`);
}

// Classic buttons call navigateToUrl; inside Setup's iframe the Login action must move the whole window.
const NAVIGATE_SCRIPT = trusted(
  '<script>function navigateToUrl(url){(window.top||window).location.href=url;return false;}</script>',
);

export function classicUserDetail(state: OrgState, viewer: OrgUser, target: OrgUser): string {
  // The button shows when Login-As is allowed, or when it is refused only at servlet.su (model/login-as-decision.ts).
  const canLogin = showsLoginButton(loginAsDecision(state, viewer, target));
  const button = (name: string, label: string, onclick = '') =>
    html`<input value=" ${label} " class="btn" name="${name}" title="${label}" type="button" onclick="${onclick}">`;
  const rows: [string, string][] = [
    ['Name', target.name],
    ['Alias', target.username.split('@')[0]],
    ['Email', target.email],
    ['Username', target.username],
    ['Profile', target.profile.name],
    ['Active', target.active ? 'Checked' : 'Not Checked'],
  ];
  return page(
    userDetailTitle(state, target),
    html`${NAVIGATE_SCRIPT}
<div class="bPageTitle"><div class="ptBody"><div class="content">
  <h1 class="pageType">User</h1><h2 class="pageDescription">${target.name}</h2>
</div></div></div>
<form id="detailForm" name="detailForm" method="post" action="/${target.id}">
<div class="bPageBlock brandSecondaryBrd bDetailBlock secondaryPalette" id="ep">
  <div class="pbHeader"><table border="0" cellpadding="0" cellspacing="0"><tbody><tr>
    <td class="pbTitle"><h2 class="mainTitle">User Detail</h2></td>
    <td class="pbButton" id="topButtonRow">
      ${button('edit', 'Edit')}
      ${button('sharing', 'Sharing')}
      ${button('resetPassword', 'Reset Password')}
      ${button('viewSummary', 'View Summary')}
      ${canLogin ? button('login', 'Login', `navigateToUrl('${jsString(loginAsUrl(state, target))}','DETAIL','login');`) : ''}
    </td>
  </tr></tbody></table></div>
  <div class="pbBody"><table class="detailList" border="0" cellpadding="0" cellspacing="0"><tbody>
    ${rows.map(([label, value]) => html`<tr><td class="labelCol">${label}</td><td class="dataCol">${value}</td></tr>`)}
  </tbody></table></div>
</div>
</form>`,
    'hasMotif setupTab sfdcBody',
  );
}

export function classicUsersList(state: OrgState, viewer: OrgUser): string {
  const rows = state.users().map((user) => {
    const login = showsLoginButton(loginAsDecision(state, viewer, user))
      ? html` | <a href="${loginAsUrl(state, user)}" class="actionLink" target="_top">Login</a>`
      : '';
    return html`<tr class="dataRow">
  <td class="actionColumn"><a href="/${user.id}/e?retURL=%2F005" class="actionLink" target="_top">Edit</a>${login}</td>
  <th scope="row" class="dataCell"><a href="${userDetailPath(user.id)}">${user.name}</a></th>
  <td class="dataCell">${user.username}</td>
  <td class="dataCell">${user.profile.name}</td>
  <td class="dataCell">${user.active ? 'Active' : 'Inactive'}</td>
</tr>`;
  });
  return page(
    pageTitle(state, 'All Users'),
    html`<div class="bPageTitle"><h1 class="pageType">Users</h1><h2 class="pageDescription">All Users</h2></div>
<table class="list" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr class="headerRow"><th class="actionColumn" scope="col">Action</th><th scope="col">Full Name</th><th scope="col">Username</th><th scope="col">Profile</th><th scope="col">Active</th></tr>
${rows}
</tbody></table>`,
    'hasMotif setupTab sfdcBody',
  );
}

/**
 * Lightning Setup wraps a classic page in its setup component (setup/setupComponent: .onesetupSetupComponent
 * with .onesetupSetupHeader and .onesetupSetupAlohaPage), whose force-aloha-page holds the page's iframe in its
 * shadow root (force/alohaPage: iframe[name^=vfFrameId], inside div.content.iframe-parent).
 */
export function alohaFrame(src: string, title: string): SafeHtml {
  const subject = title.replace(/ ~ Salesforce.*$/, '');
  return html`<div class="setupcontent"><div class="onesetupSetupComponent">
  <div class="onesetupSetupHeader slds-page-header"><div class="onesetupBreadcrumbs"><a class="breadcrumb" href="/lightning/setup/SetupOneHome/home">Setup</a> <span class="breadcrumbDetail">${subject}</span></div></div>
  <div class="onesetupSetupAlohaPage">${lwc(
    'force-aloha-page',
    '',
    html`<div class="content iframe-parent">
    <iframe name="vfFrameId_${Date.now()}" title="${title}" src="${src}" width="100%" height="100%" style="border:0;min-height:600px" allowfullscreen="true"></iframe>
  </div>`,
  )}</div>
</div></div>`;
}

function jsString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
