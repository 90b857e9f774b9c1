import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/** A search box as Lightning renders one: lightning-input >> lightning-primitive-input-simple >> input[type=search]. */
export function searchInput(id: string, placeholder: string, name?: string): SafeHtml {
  return lwc(
    'lightning-input',
    html`class="slds-form-element"`,
    lwc(
      'lightning-primitive-input-simple',
      '',
      html`<label class="slds-form-element__label slds-assistive-text" for="${id}">${placeholder}</label><div class="slds-form-element__control"><input id="${id}" type="search" class="slds-input"${name ? html` name="${name}"` : ''} placeholder="${placeholder}" aria-label="${placeholder}"></div>`,
    ),
  );
}
