/**
 * Standard objects whose name field is an Auto Number, as the Object Reference describes it (docs/salesforce-facts.md#auto-number-name-fields):
 * the org assigns it on insert, so nobody sets it. Case.CaseNumber: "Autonumber, Defaulted on create, Filter,
 * idLookup, Sort" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm).
 * Other objects (Contract, Order, custom objects with an Auto Number name) are known only from the org's describe.
 */
const AUTO_NUMBER_NAME_FIELDS: Readonly<Record<string, string>> = {
  case: 'CaseNumber',
};

/** The Auto Number name field of a standard object (case-insensitive object name), when it is known here. */
export const autoNumberNameField = (object: string): string | undefined =>
  AUTO_NUMBER_NAME_FIELDS[object.toLowerCase()];
