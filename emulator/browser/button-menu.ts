import { deepAll, parseWithShadows } from './dom';

/**
 * lightning-button-menu as Lightning renders it: its dropdown, and so its items, exist only while the menu is
 * open, a lightning-spinner in their place while they load (salesforce-pageobjects lightning/buttonMenu:
 * `dropdown` nullable, `isLoading` its spinner; the component's template renders the dropdown under
 * `if:true={_dropdownOpened}` and the spinner under `if:true={isLoading}`). A menu whose host names
 * `data-menu-items` fetches its items from that URL each time it opens.
 */

/** Opens a closed menu (closing the others) or closes an open one. */
export function toggleButtonMenu(menu: HTMLElement, trigger: HTMLElement): Promise<void> {
  const opening = !menu.classList.contains('slds-is-open');
  closeButtonMenus();
  return opening ? openButtonMenu(menu, trigger) : Promise.resolve();
}

export function closeButtonMenus(): void {
  for (const menu of deepAll(document, 'lightning-button-menu[data-menu-items].slds-is-open')) {
    menu.classList.remove('slds-is-open');
    deepAll(menu, 'button[aria-haspopup]')[0]?.setAttribute('aria-expanded', 'false');
    // The dropdown is a child of the shadow root (native) or of the host (synthetic); in native shadow the
    // items were slotted into the host's light DOM.
    const children = [...(menu.shadowRoot?.children ?? []), ...menu.children];
    for (const child of children) if (child.matches('.slds-dropdown, [data-menu-item]')) child.remove();
  }
}

async function openButtonMenu(menu: HTMLElement, trigger: HTMLElement): Promise<void> {
  const native = menu.shadowRoot !== null;
  menu.classList.add('slds-is-open');
  trigger.setAttribute('aria-expanded', 'true');
  const dropdown = document.createElement('div');
  dropdown.className = 'slds-dropdown slds-dropdown_right';
  dropdown.append(...parseWithShadows(spinnerMarkup(native)));
  (menu.shadowRoot ?? menu).append(dropdown);
  const response = await fetch(menu.dataset.menuItems as string, { credentials: 'same-origin' });
  const items = parseWithShadows(await response.text());
  if (!dropdown.isConnected) return;
  const list = document.createElement('div');
  list.className = 'slds-dropdown__list';
  list.setAttribute('role', 'menu');
  const slot = document.createElement('slot');
  list.append(slot);
  for (const item of items) if (item instanceof Element) item.setAttribute('data-menu-item', '');
  // Items and list replace the spinner in one step: an open menu never shows neither.
  if (native) menu.append(...items);
  else slot.append(...items);
  dropdown.replaceChildren(list);
}

function spinnerMarkup(native: boolean): string {
  const spinner =
    '<div role="status" class="slds-spinner slds-spinner_small"><span class="slds-assistive-text">Loading</span></div>';
  return `<lightning-spinner alternative-text="Loading" size="small" style="display:flex;justify-content:center;padding:8px">${native ? `<template shadowrootmode="open">${spinner}</template>` : spinner}</lightning-spinner>`;
}
