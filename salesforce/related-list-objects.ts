/**
 * Standard related lists a layout names without their object (Metadata API Layout relatedLists.relatedList:
 * `RelatedLineItemList` is the opportunity's products, docs/salesforce-facts.md#related-lists-of-standard-objects).
 */
export const STANDARD_RELATED_LIST_OBJECTS: Readonly<Record<string, string>> = {
  RelatedLineItemList: 'OpportunityLineItem',
};

/**
 * Related lists Lightning titles otherwise than their object's plural label: an opportunity's OpportunityLineItem
 * list is "Products" (docs/salesforce-facts.md#related-lists-of-standard-objects).
 */
const TITLES: Readonly<Record<string, string>> = { OpportunityLineItem: 'Products' };

export function standardRelatedListTitle(object: string): string | undefined {
  return Object.hasOwn(TITLES, object) ? TITLES[object] : undefined;
}

/**
 * Objects without object permissions of their own, and the object whose permissions decide instead: opportunity
 * products follow their opportunity (docs/salesforce-facts.md#related-lists-of-standard-objects).
 */
const PERMISSIONS_OF: Readonly<Record<string, string>> = { OpportunityLineItem: 'Opportunity' };

export function objectPermissionsOf(object: string): string {
  return Object.hasOwn(PERMISSIONS_OF, object) ? (PERMISSIONS_OF[object] ?? object) : object;
}
