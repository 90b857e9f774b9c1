import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldSectionTabs } from './dynamic-forms';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/**
 * lightning-tab-bar of a record page's Tabs component, as Lightning renders it (salesforce/base-components-recipes
 * force-app/main/default/lwc/tabBar/tabBar.html and tabBar.js): a tab that does not fit the bar is not rendered
 * there at all, only as a lightning-menu-item of the bar's "More" lightning-button-menu
 * (li.slds-tabs_default__overflow-button; salesforce-pageobjects lightning/tabBar `overflowMenu`), and the
 * selected tab is always kept in the bar (calculateOverflow's activeItem). Lightning fits tabs to the bar's
 * width; the emulator shows the first `recordUi.visibleTabs` instead.
 */
export interface RecordTabHeader {
  label: string;
  /** Details, Related, or a tab of field sections (`section-tab-{n}`). */
  id: string;
}

/** The tabs of a record page's Tabs component, in the bar's order. */
export function recordTabHeaders(state: OrgState, type: SObjectType): RecordTabHeader[] {
  return [
    { label: 'Related', id: 'related' },
    { label: state.definition.recordUi.detailTabLabel, id: 'details' },
    ...fieldSectionTabs(state, type).map((label, index) => ({ label, id: `section-tab-${index + 1}` })),
  ];
}

/** Which tabs the bar shows and which sit in its More menu while `active` is selected. */
export function tabBarLayout(
  state: OrgState,
  tabs: RecordTabHeader[],
  active: string,
): { shown: RecordTabHeader[]; overflow: RecordTabHeader[] } {
  const room = state.definition.recordUi.visibleTabs;
  if (room === undefined || tabs.length <= room) return { shown: tabs, overflow: [] };
  const first = tabs.slice(0, room);
  const selected = tabs.find((tab) => tab.id === active);
  const kept = selected && !first.includes(selected) ? [...first.slice(0, room - 1), selected] : first;
  return {
    shown: tabs.filter((tab) => kept.includes(tab)),
    overflow: tabs.filter((tab) => !kept.includes(tab)),
  };
}

/**
 * The bar with `active` selected. With tabs in overflow it names where the page script fetches the bar again
 * once another tab is selected (`data-bar`), and its More menu where it fetches its items when opened.
 */
export function recordTabBar(state: OrgState, type: SObjectType, row: Row, active: string): SafeHtml {
  const tabs = recordTabHeaders(state, type);
  const { shown, overflow } = tabBarLayout(state, tabs, active);
  const part = (name: string) =>
    `/aura/record/${encodeURIComponent(type.name)}/${encodeURIComponent(row.Id)}/part/${name}`;
  const more =
    overflow.length === 0
      ? ''
      : html`<li class="slds-tabs_default__item slds-tabs_default__overflow-button" data-overflow>${lwc(
          'lightning-button-menu',
          html`class="slds-dropdown-trigger slds-dropdown-trigger_click" data-menu-items="${part(`tabs-menu-${active}`)}"`,
          html`<button type="button" class="slds-button" title="More Tabs" aria-haspopup="true" aria-expanded="false" data-action="toggle-menu">More<span class="slds-assistive-text">Tabs</span></button>`,
        )}</li>`;
  return lwc(
    'lightning-tab-bar',
    overflow.length === 0 ? '' : html`data-bar="${part(`tab-bar-${active}`)}"`,
    html`<ul class="slds-tabs_default__nav" role="tablist">${shown.map(
      (tab) =>
        html`<li class="slds-tabs_default__item${tab.id === active ? ' slds-is-active' : ''}" title="${tab.label}" role="presentation"><a class="slds-tabs_default__link" data-label="${tab.label}" data-tab="${tab.id}" role="tab" aria-selected="${tab.id === active ? 'true' : 'false'}" href="#${tab.id}">${tab.label}</a></li>`,
    )}${more}</ul>`,
  );
}

/** The More menu's items while `active` is selected: the tabs the bar has no room for. */
export function recordTabMenuItems(state: OrgState, type: SObjectType, active: string): SafeHtml {
  const { overflow } = tabBarLayout(state, recordTabHeaders(state, type), active);
  return html`${overflow.map((tab) =>
    lwc(
      'lightning-menu-item',
      html`class="slds-dropdown__item" role="presentation" data-value="${tab.id}"`,
      html`<a href="javascript:void(0)" role="menuitem" data-tab="${tab.id}" title="${tab.label}"><span class="slds-truncate">${tab.label}</span></a>`,
    ),
  )}`;
}
