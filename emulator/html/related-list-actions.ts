import { objectAccess } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/**
 * Buttons in a related list's header. The opportunity Products list offers "Add Products" and "Choose Price
 * Book" (standard buttons AddProduct and ChoosePricebook) to users who may add opportunity products; each
 * opens its dialog (emulator/routes/product-ui.ts). The button bar's tag is unconfirmed.
 */
export function relatedListActions(
  _state: OrgState,
  user: OrgUser,
  child: SObjectType,
  parent: Row,
): SafeHtml | '' {
  if (child.name !== 'OpportunityLineItem' || !objectAccess(user, child).create) return '';
  const button = (name: string, label: string, action: string) =>
    lwc(
      'lightning-button',
      '',
      html`<button type="button" class="slds-button slds-button_neutral" name="${name}" data-action="open-action" data-url="/aura/record/Opportunity/${parent.Id}/action/${action}">${label}</button>`,
    );
  return html`<div class="slds-no-flex related-list-actions">${button('AddProduct', 'Add Products', 'AddProducts')}${button('ChoosePricebook', 'Choose Price Book', 'ChoosePriceBook')}</div>`;
}
