import type { SystemPermission } from '../org/schema';
import type { SObjectField } from './fields';

/** One object (Lead, User, ...) as the emulator serves it. Names are looked up case-insensitively, like SOQL. */
export class SObjectType {
  private readonly byLowerName = new Map<string, SObjectField>();
  private readonly byRelationship = new Map<string, SObjectField>();

  constructor(
    readonly name: string,
    readonly label: string,
    readonly labelPlural: string,
    readonly keyPrefix: string,
    readonly fields: SObjectField[],
    readonly options: {
      /** Platform objects (User, Profile, audit objects): read-only through the API in this emulator. */
      system: boolean;
      nameField?: string;
      /** Readable only with this system permission, whatever the object permissions say. */
      readRequires?: SystemPermission;
      /** Object permissions are another object's (OpportunityLineItem follows Opportunity). */
      permissionsOf?: string;
      /** Sharing is "Controlled by Parent": the record's access is its parent's, through this lookup. */
      parent?: { object: string; field: string };
    },
  ) {
    for (const field of fields) {
      this.byLowerName.set(field.name.toLowerCase(), field);
      if (field.relationshipName) this.byRelationship.set(field.relationshipName.toLowerCase(), field);
    }
  }

  get custom(): boolean {
    return this.name.endsWith('__c');
  }

  get nameField(): SObjectField | undefined {
    return this.options.nameField ? this.field(this.options.nameField) : undefined;
  }

  field(name: string): SObjectField | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  /** The lookup field behind a relationship name, e.g. Owner → OwnerId. */
  relationship(name: string): SObjectField | undefined {
    return this.byRelationship.get(name.toLowerCase());
  }
}
