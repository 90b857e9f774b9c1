import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';

// Unconfirmed wording; the code is the one Salesforce uses for DML the user's profile does not allow.
export function insufficientAccess(): SalesforceError {
  return new SalesforceError(
    400,
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'insufficient access rights on object id',
  );
}

export function readOnlyPlatformObject(type: SObjectType, verb: string): SalesforceError {
  return new SalesforceError(
    400,
    'INVALID_TYPE_FOR_OPERATION',
    `entity type cannot be ${verb}: ${type.label} (not emulated yet by the persona-ux org emulator)`,
  );
}
