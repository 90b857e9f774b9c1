import { hasPermission } from '../model/access';
import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { Session } from '../model/sessions';
import { appNavigation, appNavigationBytes, navigationOverlays } from './app-navigation';
import { takeToast } from './flash-toast';
import { DOCUMENT_END, documentStart, type HtmlPart, html, renderHtml, type SafeHtml } from './safe-html';

/**
 * The Lightning Experience frame every /lightning page shares: header#oneHeader.oneHeader (global/header) with
 * the system messages (.oneSystemMessage, global/systemMessage: sandbox, Login-As), the global header with
 * Setup and the user menu, the app navigation (one-appnav, html/app-navigation.ts), and the page body inside
 * .slds-template__container (the readiness signal real suites wait for).
 */
export interface ShellContext {
  state: OrgState;
  user: OrgUser;
  session: Session;
}

export function lightningPage(ctx: ShellContext, title: string, body: HtmlPart): string {
  const rendered = renderHtml(body);
  const head = `${shellHead(ctx, title)}${appNavigation(ctx).value}${SHELL_BODY_OPEN}`;
  return head + rendered + shellTail(ctx, takeToast(ctx.session).value);
}

/**
 * lightningPage with a body already encoded (the record page's cached parts), byte for byte the same
 * document: the parts are sent as they are, without building and encoding one large string per request.
 */
export function lightningPageBytes(
  ctx: ShellContext,
  title: string,
  body: readonly Uint8Array[],
): Uint8Array<ArrayBuffer> {
  const head = Buffer.from(shellHead(ctx, title));
  const navigation = appNavigationBytes(ctx);
  const toast = takeToast(ctx.session).value;
  // Without a toast, what follows the body is the same for every page the viewer opens.
  const tail = toast ? Buffer.from(shellTail(ctx, toast)) : viewerShellTail(ctx);
  return Buffer.concat([head, navigation, SHELL_BODY_OPEN_BYTES, ...body, tail]);
}

/** The document up to the app navigation: title, system messages and the global header. */
function shellHead(ctx: ShellContext, title: string): string {
  return `${documentStart(`${title} | Salesforce`, 'desktop')}<div class="desktop container forceStyle oneOne navexDesktopLayoutContainer lafAppLayoutHost forceAccess">
<div class="viewport">
<header id="oneHeader" class="slds-global-header_container branding-header oneHeader">
  <div class="oneSystemMessage">${systemMessages(ctx).value}</div>
  ${globalHeader(ctx).value}
  `;
}

const SHELL_BODY_OPEN = `
</header>
<div class="center oneCenterStage mainContentMark" role="main"><div class="slds-template__container">`;
const SHELL_BODY_OPEN_BYTES = Buffer.from(SHELL_BODY_OPEN);

/** The document after the page body: the App Launcher, a pending toast, the shell's style. */
function shellTail(ctx: ShellContext, toast: string): string {
  return `</div></div>
</div></div>
${navigationOverlays(ctx).value}
${toast}
${SHELL_STYLE}
<link rel="stylesheet" href="/slds/emulator.css">${DOCUMENT_END}`;
}

const viewerTails = new OrgScoped(() => new Map<string, Buffer>());

function viewerShellTail(ctx: ShellContext): Buffer {
  const tails = ctx.state.scoped(viewerTails);
  let tail = tails.get(ctx.user.id);
  if (!tail) {
    tail = Buffer.from(shellTail(ctx, ''));
    tails.set(ctx.user.id, tail);
  }
  return tail;
}

function systemMessages({ state, session }: ShellContext): SafeHtml {
  const org = state.definition.org;
  const sandbox = org.isSandbox ? ` Sandbox: ${org.sandboxName} |` : '';
  const loginAs = session.loginAs;
  if (loginAs) {
    const target = state.user(session.userId);
    const name = target?.name ?? '';
    // In a sandbox the Login-As message carries the sandbox name and replaces the sandbox banner (unconfirmed).
    return html`<div class="slds-notify slds-notify_alert system-message level-info" role="alert" data-message-id="loginAsSystemMessage">
      <span>Logged in as ${name} (${target?.username ?? ''}) |${sandbox}</span>
      <a class="action-link" href="/secur/logout.jsp">Log out as ${name}</a>
    </div>`;
  }
  if (!org.isSandbox) return html``;
  return html`<div class="slds-notify slds-notify_alert system-message level-info" role="alert">
      <span>Sandbox: ${org.sandboxName}</span>
      <a class="action-link" href="/secur/logout.jsp">Log out</a>
    </div>`;
}

function globalHeader({ user }: ShellContext): SafeHtml {
  // Setup opens from the header's gear (global/header: setupMenu .slds-global-actions__item .menuTriggerLink).
  const setup = hasPermission(user, 'ViewSetup')
    ? html`<li class="slds-global-actions__item"><div class="setupGear"><a href="/lightning/setup/ManageUsers/home" title="Setup" class="menuTriggerLink slds-button">Setup</a></div></li>`
    : '';
  return html`<div class="slds-global-header slds-grid slds-grid_align-spread" role="banner">
  <div class="slds-global-header__item"><div class="slds-global-header__logo" title="Salesforce"></div></div>
  <div class="slds-global-header__item slds-global-header__item_search">
    <input type="search" class="slds-input" placeholder="Search..." aria-label="Search">
  </div>
  <ul class="slds-global-actions">
    ${setup}
    <li class="slds-global-actions__item">
      <details class="profileTrigger branding-user-profile">
        <summary class="slds-button branding-userProfile-button" title="View profile" aria-label="View profile">
          <span class="uiImage slds-avatar slds-avatar_circle">${initials(user.name)}</span>
        </summary>
        <div class="oneUserProfileCard" role="dialog" aria-label="User profile">
          <h1 class="profile-card-name"><a class="profile-link-label" href="/lightning/r/User/${user.id}/view">${user.name}</a></h1>
          <div class="profile-card-indent"><span class="profile-card-username">${user.username}</span></div>
          <a href="/secur/logout.jsp" class="profile-link-label logout uiOutputURL">Log Out</a>
        </div>
      </details>
    </li>
  </ul>
</div>`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

const SHELL_STYLE = `<style>
body{font-family:system-ui,sans-serif;margin:0}
.oneSystemMessage .system-message{background:#0176d3;color:#fff;padding:4px 12px;display:flex;gap:8px}
.oneSystemMessage .action-link{color:#fff}
.slds-global-header{display:flex;justify-content:space-between;padding:6px 12px;border-bottom:1px solid #ddd}
.slds-global-actions{list-style:none;margin:0}
.slds-global-actions{display:flex;gap:12px;align-items:center}
.slds-template__container{padding:12px}
</style>`;
