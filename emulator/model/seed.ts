import { SYSTEM_PERMISSIONS } from '../org/schema';
import { assignAutoNumbers } from './auto-numbers';
import { KEY_PREFIXES } from './ids';
import type { OrgState } from './org-state';
import { recordTypesOf, seedRecordTypes } from './record-types';
import { createdStamp, type FieldValue, type Row, sfDateTime } from './store';

/** Turns the org definition into rows: the organization, profiles, users, then seed records. */
export function seedOrg(state: OrgState): void {
  const def = state.definition;
  const created = sfDateTime(new Date());
  const { store } = state;

  for (const profileDef of def.profiles) {
    const profile = state.addProfile(profileDef);
    const permissions = Object.fromEntries(
      SYSTEM_PERMISSIONS.map((permission) => [
        `Permissions${permission}`,
        profile.permissions.has(permission),
      ]),
    );
    store.insert('Profile', {
      Id: profile.id,
      Name: profile.name,
      UserType: 'Standard',
      ...permissions,
      ...createdStamp(null, created),
    });
  }

  for (const userDef of def.users) {
    const profile = state.profileByName(userDef.profile);
    if (!profile) throw new Error(`No profile ${userDef.profile}`);
    const id = state.ids.next(KEY_PREFIXES.User);
    const name = [userDef.firstName, userDef.lastName].filter(Boolean).join(' ');
    store.insert('User', {
      Id: id,
      Username: userDef.username,
      FirstName: userDef.firstName ?? null,
      LastName: userDef.lastName,
      Name: name,
      Alias: userDef.alias ?? userDef.lastName.slice(0, 8).toLowerCase(),
      Email: userDef.email ?? userDef.username,
      Title: userDef.title ?? null,
      IsActive: userDef.active,
      LocaleSidKey: userDef.locale,
      LanguageLocaleKey: userDef.language,
      TimeZoneSidKey: userDef.timeZone,
      ProfileId: profile.id,
      UserType: 'Standard',
      UserRoleId: null,
      ...createdStamp(null, created),
    });
    if (userDef.password !== undefined) state.passwords.set(id, userDef.password);
  }

  // The first user who may modify all data stands in as creator of everything seeded.
  const admin =
    state.users().find((user) => user.profile.permissions.has('ModifyAllData')) ?? state.users()[0];
  for (const row of store.all('User').concat(store.all('Profile'))) {
    row.CreatedById = admin.id;
    row.LastModifiedById = admin.id;
  }

  store.insert('Organization', {
    Id: state.orgId,
    Name: def.org.name,
    IsSandbox: def.org.isSandbox,
    OrganizationType: def.org.edition,
    InstanceName: def.org.instanceName,
    TimeZoneSidKey: def.org.timeZone,
    TrialExpirationDate: null,
    DefaultPricebookAccess: def.org.defaultPricebookAccess,
    NamespacePrefix: null,
    ...createdStamp(admin.id, created),
  });

  seedRecordTypes(state, admin.id);
  for (const record of def.records) {
    const type = state.object(record.object);
    if (!type) continue;
    const owner = record.owner ? state.userByUsername(record.owner) : admin;
    const row: Row = { Id: state.ids.next(type.keyPrefix) };
    for (const field of type.fields) {
      if (field.defaultValue !== undefined) row[field.name] = field.defaultValue;
    }
    Object.assign(row, record.fields as Record<string, FieldValue>);
    assignAutoNumbers(state, type, row, new Date());
    if (type.field('OwnerId')) row.OwnerId = owner?.id ?? admin.id;
    if (type.field('RecordTypeId')) {
      const recordTypes = recordTypesOf(state, type);
      const chosen = record.recordType
        ? recordTypes.find((info) => info.definition.developerName === record.recordType)
        : recordTypes[0];
      row.RecordTypeId = chosen?.id ?? null;
    }
    Object.assign(row, createdStamp(admin.id, created), { IsDeleted: false });
    computeCompoundFields(state, type.name, row);
    store.insert(type.name, row);
  }
}

/** Compound fields such as Lead.Name, rebuilt from their parts on every write. */
export function computeCompoundFields(state: OrgState, objectName: string, row: Row): void {
  const type = state.object(objectName);
  for (const field of type?.fields ?? []) {
    if (field.compoundOf) {
      row[field.name] = field.compoundOf
        .map((part) => row[part])
        .filter((value) => value !== null && value !== undefined && value !== '')
        .join(' ');
    }
  }
}
