import { html, page, trusted } from './safe-html';

/** The standard login page (ids and names as on login.salesforce.com / My Domain login). */
export function loginPage(options: {
  username?: string;
  error?: string;
  startURL?: string;
  orgName: string;
}): string {
  return page(
    `Login | Salesforce`,
    html`<div id="wrapper"><div id="content">
  <div id="header"><img id="logo" alt="Salesforce" src="data:,"></div>
  <div id="theloginform">
    <form method="post" id="login_form" name="login" action="/" autocomplete="off" novalidate>
      <input type="hidden" name="startURL" value="${options.startURL ?? ''}">
      ${options.error ? html`<div id="error" class="loginError" role="alert">${options.error}</div>` : ''}
      <div id="usernamegroup" class="inputgroup">
        <label for="username" class="label usernamelabel">Username</label>
        <input class="input r4 wide mb16 mt8 username" type="email" value="${options.username ?? ''}" name="username" id="username" aria-describedby="error" style="display: block;">
      </div>
      <label for="password" class="label">Password</label>
      <input class="input r4 wide mb16 mt8 password" type="password" id="password" name="pw" aria-describedby="error" autocomplete="off">
      <input class="button r4 wide primary" type="submit" id="Login" name="Login" value="Log In">
      <div class="w0 remember">
        <input type="checkbox" class="r4 fl mr8" id="rememberUn" name="rememberUn">
        <label for="rememberUn" class="fl pr db tn3">Remember me</label>
      </div>
    </form>
  </div>
  <p class="orgName">${options.orgName}</p>
</div></div>
${trusted('<style>#error{color:#c23934}</style>')}`,
    'loginPage',
  );
}

export const LOGIN_ERROR =
  "Please check your username and password. If you still can't log in, contact your Salesforce administrator.";
