import { objectAccess } from '../model/access';
import { OrgScoped, type OrgState, type OrgUser } from '../model/org-state';
import type { Session } from '../model/sessions';
import type { AppDefinition } from '../org/schema-navigation';
import { APP_LAUNCHER_SCRIPT, LIST_VIEW_SCRIPT, PATH_SCRIPT } from './navigation-scripts';
import { html, type SafeHtml, trusted } from './safe-html';

/**
 * The app part of the navigation bar: the App Launcher (waffle button and dialog), the current app's name
 * (h1.appName) and its tabs. The current app is remembered per session, as Lightning remembers the last app.
 */
export interface AppNavigationContext {
  state: OrgState;
  user: OrgUser;
  session: Session;
}

export function setCurrentApp(session: Session, app: AppDefinition): void {
  session.currentApp = app.developerName;
}

export function currentApp(state: OrgState, session: Session): AppDefinition | undefined {
  const chosen = session.currentApp;
  return state.definition.apps.find((app) => app.developerName === chosen) ?? state.definition.apps[0];
}

export function findApp(state: OrgState, name: string): AppDefinition | undefined {
  const wanted = name.toLowerCase();
  return state.definition.apps.find(
    (app) => app.developerName.toLowerCase() === wanted || app.label.toLowerCase() === wanted,
  );
}

interface Tab {
  label: string;
  href: string;
}

/** The tabs of an app the user may open: Home, and objects they can read (a stand-in for tab visibility). */
export function appTabsFor(state: OrgState, user: OrgUser, app: AppDefinition): Tab[] {
  return app.tabs.flatMap((tab) => {
    if (tab === 'Home') return [{ label: 'Home', href: '/lightning/page/home' }];
    if (tab === 'Report' || tab === 'Dashboard') {
      return [{ label: `${tab}s`, href: `/lightning/o/${tab}/home` }];
    }
    const type = state.object(tab);
    if (!type || !objectAccess(user, type).read) return [];
    return [{ label: type.labelPlural, href: `/lightning/o/${type.name}/home` }];
  });
}

export function appLauncherAndName({ state, session }: AppNavigationContext): SafeHtml {
  const app = currentApp(state, session);
  const label = app?.label ?? 'Sales';
  return html`<div class="slds-context-bar__primary">
  <div class="slds-context-bar__item slds-context-bar__dropdown-trigger slds-no-hover">
    <div class="slds-context-bar__icon-action appLauncher">
      <button type="button" class="slds-button slds-icon-waffle_container slds-context-bar__button" title="App Launcher" aria-haspopup="dialog">
        <div class="slds-icon-waffle"><span class="slds-r1"></span><span class="slds-r2"></span><span class="slds-r3"></span></div>
        <span class="slds-assistive-text">App Launcher</span>
      </button>
    </div>
    <h1 class="appName slds-context-bar__label-action slds-context-bar__app-name"><span class="slds-truncate" title="${label}">${label}</span></h1>
  </div>
</div>`;
}

export function appTabItems({ state, user, session }: AppNavigationContext): SafeHtml {
  const app = currentApp(state, session);
  if (!app) return html``;
  return html`${appTabsFor(state, user, app)
    .filter((tab) => tab.label !== 'Home')
    .map(
      (tab) =>
        html`<li class="slds-context-bar__item navItem"><a href="${tab.href}" title="${tab.label}" class="slds-context-bar__label-action"><span class="slds-truncate">${tab.label}</span></a></li>`,
    )}`;
}

/**
 * What the shell adds after the page: the App Launcher dialog (one-app-launcher-modal), hidden until the
 * waffle is clicked, and the scripts of area E's components (Path lives inside shadow roots, where scripts do not run).
 */
export function navigationOverlays({ state, user }: AppNavigationContext): SafeHtml {
  // Apps and object access do not change while the emulator runs: built once per viewer (bench/).
  const perUser = state.scoped(overlays);
  let overlay = perUser.get(user.id);
  if (!overlay) {
    overlay = buildNavigationOverlays(state, user);
    perUser.set(user.id, overlay);
  }
  return overlay;
}

const overlays = new OrgScoped(() => new Map<string, SafeHtml>());

function buildNavigationOverlays(state: OrgState, user: OrgUser): SafeHtml {
  const items = new Map<string, Tab>();
  for (const app of state.definition.apps) {
    for (const tab of appTabsFor(state, user, app)) items.set(tab.label, tab);
  }
  // Like Lightning, the dialog enters the DOM only when opened (the script clones this template).
  return html`<template id="appLauncherTemplate"><section class="slds-modal slds-fade-in-open slds-modal_large appLauncherDialog" role="dialog" aria-modal="true" aria-label="App Launcher">
<div class="slds-modal__container"><one-app-launcher-modal>
  <header class="slds-modal__header">
    <button type="button" class="slds-button slds-button_icon slds-modal__close" title="Close"><span class="slds-assistive-text">Close</span></button>
    <h2 class="slds-text-heading_medium">App Launcher</h2>
    <div class="slds-form-element"><input type="search" class="slds-input" placeholder="Search apps and items..." aria-label="Search apps and items..."></div>
  </header>
  <div class="slds-modal__content slds-p-around_medium">
    <div class="slds-section slds-is-open"><h3 class="slds-section__title">Apps</h3>
      <ul class="slds-grid slds-wrap appLauncherApps">${state.definition.apps.map(
        (app) =>
          html`<li><one-app-launcher-menu-item><a href="/lightning/app/${app.developerName}" data-label="${app.label}" title="${app.label}" class="slds-app-launcher__tile"><span class="slds-truncate">${app.label}</span></a></one-app-launcher-menu-item></li>`,
      )}</ul>
    </div>
    <div class="slds-section slds-is-open"><h3 class="slds-section__title">Items</h3>
      <ul class="slds-grid slds-wrap appLauncherItems">${[...items.values()].map(
        (tab) =>
          html`<li><one-app-launcher-tab-item><a href="${tab.href}" data-label="${tab.label}" title="${tab.label}"><span class="slds-truncate">${tab.label}</span></a></one-app-launcher-tab-item></li>`,
      )}</ul>
    </div>
  </div>
</one-app-launcher-modal></div>
</section></template>
${trusted(APP_LAUNCHER_SCRIPT)}
${trusted(PATH_SCRIPT)}
${trusted(LIST_VIEW_SCRIPT)}
${trusted(NAVIGATION_STYLE)}`;
}

const NAVIGATION_STYLE = `<style>
.slds-context-bar__primary .slds-context-bar__item{display:flex;align-items:center;gap:8px}
.appName{font-size:1rem;margin:0}
.appLauncherDialog ul{list-style:none;display:flex;gap:16px;flex-wrap:wrap;padding:0}
.slds-icon-waffle{display:grid;grid-template-columns:repeat(3,4px);gap:2px}
.slds-icon-waffle span{width:4px;height:12px;background:repeating-linear-gradient(#706e6b 0 4px,transparent 4px 6px)}
.metricsBar{display:flex;gap:24px;margin:12px 0}
.dashboardGrid{display:flex;gap:12px;flex-wrap:wrap}
.dashboardComponent{border:1px solid #ddd;border-radius:4px;padding:8px;min-width:240px}
.metricValue{font-size:2rem}
table[role="grid"]{border-collapse:collapse}
table[role="grid"] th,table[role="grid"] td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}
</style>`;
