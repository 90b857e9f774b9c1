import { sameRecordId } from '../../salesforce/record-ids';
import { didYouMeanNamed, oneOf } from '../schema/wording';
import type { NameReference } from './name-references';
import { findName, type OrgCatalog } from './org-catalog';
import type { PersonaDefaults } from './persona-default-record-types';

/** A record type a scenario names: an active one of the object; for test data, one the admin may use. */
export function recordTypeProblem(
  reference: Extract<NameReference, { kind: 'recordType' }>,
  catalog: OrgCatalog,
  object: string,
): string | undefined {
  if (reference.byId) return recordTypeIdProblem(catalog, object, reference.recordType);
  const types = catalog.recordTypes.get(object) ?? [];
  if (types.includes(reference.recordType)) {
    const described = catalog.adminRecordTypes
      .get(object)
      ?.find((type) => type.developerName === reference.recordType);
    const byAdmin = reference.path[0] === 'data';
    return byAdmin && described && !described.available
      ? notAvailableToAdmin(object, reference.recordType)
      : undefined;
  }
  return types.length === 0
    ? `${object} has no active record types in this org; remove recordType: ${reference.recordType}.`
    : `${object} has no active record type "${reference.recordType}". Expected a developer name: ${oneOf(types)}.${didYouMeanNamed(reference.recordType, catalog.recordTypeLabels.get(object) ?? [])}`;
}

/**
 * Test data's RecordTypeId that is not the id of one of the object's active record types that the admin may use:
 * the API refuses the insert. Record type ids are the same in a sandbox as in the org it was copied from and differ
 * between unrelated orgs; the developer name is the same everywhere.
 */
function recordTypeIdProblem(catalog: OrgCatalog, object: string, id: string): string | undefined {
  const type = recordTypeWithId(catalog, object, id);
  const usable = (catalog.adminRecordTypes.get(object) ?? []).flatMap((each) =>
    each.available && each.developerName ? [`${each.developerName} (${each.id})`] : [],
  );
  if (type?.master && type.available) return undefined;
  if (type?.developerName)
    return type.available ? undefined : notAvailableToAdmin(object, type.developerName);
  const byName =
    ' Or write recordType: with the developer name instead of RecordTypeId: it stays the same from org to org.';
  return usable.length === 0
    ? `${object} has no record type with the Id ${id} that the admin can use; remove RecordTypeId.`
    : `${object} has no active record type with the Id ${id}. Expected one of: ${oneOf(usable)}.${byName}`;
}

/**
 * Test data is created by the admin, who may create records only with the record types their profile or permission
 * sets assign (describe's `available`); Salesforce refuses any other with INVALID_CROSS_REFERENCE_KEY ("Record Type
 * ID: this ID value isn't valid for the user"; SOAP API Developer Guide on record types, quoted at
 * tython.co/salesforce/permissions/2022/01/31/demystifying-record-types.html).
 */
function notAvailableToAdmin(object: string, recordType: string): string {
  return (
    `record type ${recordType} of ${object} is not available to the admin, who creates the test data: Salesforce ` +
    'refuses it ("Record Type ID: this ID value isn\'t valid for the user"). Assign it to the admin\'s profile or a ' +
    'permission set, or create the record in a step as a persona who has it.'
  );
}

/**
 * A Path stage or picklist value is checked against the record type the org gives the record, once it is named
 * here by its developer name. Test data that sets RecordTypeId to an id gets that record type (none when the id
 * is the Master record type's or not one of the object's: that is reported at the id). Test data created without
 * a record type gets the default record type of the admin who creates it through the API (the record type "for
 * the profile" when none is passed: developer.salesforce.com/docs/service/api-cti/guide/sforce-api-cti-savelog.html;
 * that REST create does the same is _unconfirmed_ beyond the Master default seen in
 * salesforce.stackexchange.com/questions/296055). When that default is the Master record type, every value. A
 * record a persona creates without a record type gets their profile's default (`personaDefaults`; Path stages only).
 */
export function withRecordTypeNamed(
  reference: NameReference,
  catalog: OrgCatalog,
  personaDefaults: PersonaDefaults,
): NameReference {
  if (
    (reference.kind !== 'pathStage' && reference.kind !== 'picklistValue') ||
    reference.recordType !== undefined
  )
    return reference;
  const object = findName(catalog.objects, reference.object);
  const { adminDefault: _default, personaDefault: _persona, ...rest } = reference;
  let recordType: string | undefined;
  if (!object) recordType = undefined;
  else if (reference.recordTypeId !== undefined)
    recordType = recordTypeWithId(catalog, object, reference.recordTypeId)?.developerName;
  else if (reference.adminDefault) recordType = catalog.adminDefaultRecordTypes.get(object);
  else if (reference.personaDefault && reference.kind === 'pathStage' && personaDefaults.read)
    recordType = personaDefaults.defaultOf(reference.personaDefault, object);
  return recordType ? { ...reference, recordType } : rest;
}

function recordTypeWithId(catalog: OrgCatalog, object: string, id: string) {
  return catalog.adminRecordTypes.get(object)?.find((type) => sameRecordId(type.id, id));
}
