import type { OrgDefinition } from '../org/schema';
import { approvalObjects } from './approval-objects';
import { assignmentRuleObject } from './assignment-rule-objects';
import { loginAsEventLogObject } from './event-log-objects';
import { auditFields, fieldFromDefinition, systemField } from './fields';
import { opportunityProductFields, productObjects } from './product-objects';
import { SObjectType } from './sobject-type';
import { systemObjects } from './system-objects';

/** Every object the org serves, by lower-case name: the platform's own and the org definition's. */
export function buildObjectTypes(definition: OrgDefinition): Map<string, SObjectType> {
  const objects = new Map<string, SObjectType>();
  for (const type of systemObjects()) objects.set(type.name.toLowerCase(), type);
  objects.set('assignmentrule', assignmentRuleObject());
  if (definition.eventMonitoring) objects.set('loginaseventlog', loginAsEventLogObject());
  for (const type of productObjects(definition)) objects.set(type.name.toLowerCase(), type);
  if (definition.approvalProcesses.length > 0) {
    for (const type of approvalObjects(definition)) objects.set(type.name.toLowerCase(), type);
  }
  for (const [name, object] of Object.entries(definition.objects)) {
    const fields = [
      systemField('Id', `${object.label} ID`, 'id', { nillable: false }),
      ...Object.entries(object.fields).map(([fieldName, field]) => fieldFromDefinition(fieldName, field)),
      ...(object.recordTypes.length > 0 ? [recordTypeIdField()] : []),
      ...(name === 'Opportunity' ? opportunityProductFields(definition) : []),
      ...auditFields(),
    ];
    objects.set(
      name.toLowerCase(),
      new SObjectType(name, object.label, object.labelPlural, object.keyPrefix, fields, {
        system: false,
        nameField: object.nameField,
      }),
    );
  }
  return objects;
}

/** Objects with record types get RecordTypeId; unset on create, it takes the profile's default. */
function recordTypeIdField() {
  return systemField('RecordTypeId', 'Record Type ID', 'reference', {
    referenceTo: ['RecordType'],
    relationshipName: 'RecordType',
    platformManaged: false,
    createable: true,
    updateable: true,
  });
}
