import { didYouMean, oneOf } from '../schema/wording';
import type { NameReference } from './name-references';
import { type DescribedField, fieldOf, findName, type OrgCatalog } from './org-catalog';
import type { RecordTypeValues } from './record-type-values';

/** A restricted picklist value of test data whose record type is known: the object and record type to read. */
export function restrictedDataPicklist(
  reference: NameReference,
  catalog: OrgCatalog,
): { object: string; recordType: string } | undefined {
  if (reference.kind !== 'picklistValue' || reference.recordType === undefined) return undefined;
  const object = findName(catalog.objects, reference.object);
  if (!object) return undefined;
  const field = fieldOf(catalog.fields.get(object) ?? [], reference.field);
  return field?.restrictedPicklist ? { object, recordType: reference.recordType } : undefined;
}

/**
 * Test data's value of a restricted picklist that its record type does not offer: the API refuses the insert
 * (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, gearset.com/blog/data-deployments-and-picklist-errors). An unrestricted
 * picklist takes any value through the API whatever the record type ("Factors that Affect Data Access",
 * developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/obj_ref_data_access.htm), and
 * the record simply shows it.
 */
export function recordTypePicklistProblem(
  object: string,
  field: DescribedField | undefined,
  reference: Extract<NameReference, { kind: 'picklistValue' }>,
  recordTypeValues: RecordTypeValues,
): string | undefined {
  if (!field?.restrictedPicklist || reference.recordType === undefined) return undefined;
  const offered = recordTypeValues.get(object.toLowerCase())?.get(reference.recordType)?.get(field.name);
  if (!offered) return undefined;
  const values = offered.map((entry) => entry.value);
  const wanted = field.type === 'multipicklist' ? reference.value.split(';') : [reference.value];
  const first = wanted.map((value) => value.trim()).find((value) => value && !values.includes(value));
  if (first === undefined) return undefined;
  const recordType = reference.adminDefault
    ? `record type ${reference.recordType} (the admin's default, which test data without recordType gets)`
    : reference.recordTypeId
      ? `record type ${reference.recordType} (RecordTypeId ${reference.recordTypeId})`
      : `record type ${reference.recordType}`;
  return (
    `"${first}" is not a value ${recordType} offers for ${object}.${field.name}, a restricted picklist: ` +
    `Salesforce refuses it when the test data is created. Expected one of: ${oneOf(values)}.${didYouMean(first, values)}`
  );
}
