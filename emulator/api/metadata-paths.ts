import type { OrgDefinition } from '../org/schema';
import type { PathDefinition } from '../org/schema-navigation';
import { derivedId } from './derived-ids';
import type { MetadataRecord } from './metadata-xml';

/**
 * The org's Paths as the Metadata API's PathAssistant (Metadata API Developer Guide, "PathAssistant": active,
 * entityName, fieldName, masterLabel, pathAssistantSteps, recordTypeName; one path per record type of an object,
 * `__MASTER__` for the master record type). A `paths:` entry shows on records of every record type, so it is one
 * PathAssistant per active record type of its object, or one for `__MASTER__` when the object has none. The
 * full names are the emulator's own: on Salesforce the admin names each path.
 */
export function pathAssistants(
  org: OrgDefinition,
): { fullName: string; id: string; record: () => MetadataRecord }[] {
  return org.paths.flatMap((path) => {
    const recordTypes = (org.objects[path.object]?.recordTypes ?? [])
      .filter((recordType) => recordType.active)
      .map((recordType) => recordType.developerName);
    return (recordTypes.length > 0 ? recordTypes : [MASTER]).map((recordType) => {
      const fullName = recordType === MASTER ? `${path.object}_Path` : `${path.object}_${recordType}_Path`;
      return {
        fullName,
        id: derivedId('0Ij', fullName), // the key prefix is unconfirmed
        record: () => pathAssistant(path, fullName, recordType, org.objects[path.object]?.label),
      };
    });
  });
}

const MASTER = '__MASTER__';

function pathAssistant(
  path: PathDefinition,
  fullName: string,
  recordType: string,
  objectLabel: string | undefined,
): MetadataRecord {
  return {
    fullName,
    active: true,
    entityName: path.object,
    fieldName: path.field,
    masterLabel: `${objectLabel ?? path.object} Path`,
    pathAssistantSteps: Object.entries(path.stages).map(([stage, step]) => ({
      fieldNames: step.keyFields,
      info: step.guidance,
      picklistValueName: stage,
    })),
    recordTypeName: recordType,
  };
}
