import { APPROVAL_OBJECT_NAMES } from '../model/approval-objects';
import { productObjectNames, productObjects } from '../model/product-objects';
import { SYSTEM_OBJECT_NAMES } from '../model/system-objects';
import type { OrgDefinition } from '../org/schema';
import { crossCheckAccess } from './cross-checks-access';
import { crossCheckApprovals } from './cross-checks-approvals';
import { crossCheckAutomation } from './cross-checks-automation';
import { crossCheckNavigation } from './cross-checks-navigation';
import { crossCheckProducts } from './cross-checks-products';
import { crossCheckRecordUi } from './cross-checks-record-ui';

type Issue = { path: (string | number)[]; message: string };

/** Checks that need the whole definition: every name that refers to something must find it. */
export function crossCheckOrg(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const profileNames = new Set(def.profiles.map((profile) => profile.name));
  const layoutsByName = new Map(def.layouts.map((layout) => [layout.name, layout]));
  // Products, price books and quotes: standard objects the emulator defines when the definition uses them.
  const builtIn = new Map(productObjects(def).map((type) => [type.name, type]));
  const objectField = (object: string, field: string) =>
    def.objects[object]?.fields[field] !== undefined || builtIn.get(object)?.field(field) !== undefined;
  const platformNames: readonly string[] = [
    ...SYSTEM_OBJECT_NAMES,
    ...productObjectNames(def),
    ...APPROVAL_OBJECT_NAMES,
  ];
  const systemFieldNames = new Set([
    'Id',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
  ]);

  if (def.org.isSandbox && !def.org.sandboxName)
    add(['org', 'isSandbox'], 'A sandbox needs org.sandboxName (e.g. UAT)');
  if (Number(def.org.apiVersions.min) > Number(def.org.apiVersions.max)) {
    add(['org', 'apiVersions'], 'Expected min <= max');
  }

  const seenPrefixes = new Map<string, string>();
  for (const [name, object] of Object.entries(def.objects)) {
    if (platformNames.includes(name)) {
      add(['objects', name], `${name} is a platform object the emulator defines itself; remove it here`);
    }
    const other = seenPrefixes.get(object.keyPrefix);
    if (other)
      add(['objects', name, 'keyPrefix'], `Key prefix ${object.keyPrefix} is already used by ${other}`);
    seenPrefixes.set(object.keyPrefix, name);
    if (!object.fields[object.nameField]) {
      add(['objects', name, 'nameField'], `No field ${object.nameField} on ${name}`);
    }
    for (const [fieldName, field] of Object.entries(object.fields)) {
      const at = ['objects', name, 'fields', fieldName];
      if (field.type.endsWith('picklist') && !field.values?.length) add(at, 'A picklist needs values');
      if (field.type === 'lookup' && (!field.referenceTo?.length || !field.relationshipName)) {
        add(at, 'A lookup needs referenceTo and relationshipName');
      }
      if (field.type === 'autonumber' && !field.displayFormat) {
        add(at, 'An autonumber field needs displayFormat, such as {00000000} or CASE-{0000}');
      }
      if (field.type !== 'autonumber') {
        for (const key of ['displayFormat', 'startingNumber'] as const) {
          if (field[key] !== undefined) add([...at, key], `Only an autonumber field has ${key}; remove it`);
        }
      }
      if (field.type === 'name') {
        for (const part of field.compoundOf ?? []) {
          if (!object.fields[part]) add([...at, 'compoundOf'], `No field ${part} on ${name}`);
        }
      }
      if (field.default !== undefined && field.values && !field.values.includes(String(field.default))) {
        add([...at, 'default'], `Expected one of the picklist values, but got "${field.default}"`);
      }
    }
  }

  def.profiles.forEach((profile, index) => {
    for (const object of Object.keys(profile.objectPermissions)) {
      if (!def.objects[object] && !builtIn.has(object))
        add(['profiles', index, 'objectPermissions', object], `No object ${object} in objects`);
    }
    for (const [object, fields] of Object.entries(profile.fieldPermissions)) {
      if (!def.objects[object] && !builtIn.has(object)) {
        add(['profiles', index, 'fieldPermissions', object], `No object ${object} in objects`);
        continue;
      }
      for (const field of Object.keys(fields)) {
        if (field !== '*' && !objectField(object, field)) {
          add(['profiles', index, 'fieldPermissions', object, field], `No field ${field} on ${object}`);
        }
      }
    }
    for (const [object, assignment] of Object.entries(profile.layoutAssignments)) {
      const named: [string[], string][] =
        typeof assignment === 'string'
          ? [[[], assignment]]
          : [
              [['default'], assignment.default],
              ...Object.entries(assignment.recordTypes).map(([recordType, name]): [string[], string] => [
                ['recordTypes', recordType],
                name,
              ]),
            ];
      for (const [where, layoutName] of named) {
        const at = ['profiles', index, 'layoutAssignments', object, ...where];
        const layout = layoutsByName.get(layoutName);
        if (!layout) add(at, `No layout named "${layoutName}"`);
        else if (layout.object !== object) add(at, `Layout "${layoutName}" is for ${layout.object}`);
      }
    }
  });

  const usernames = new Set<string>();
  def.users.forEach((user, index) => {
    if (!profileNames.has(user.profile)) {
      add(
        ['users', index, 'profile'],
        `No profile named "${user.profile}"; expected one of: ${[...profileNames].join(', ')}`,
      );
    }
    const key = user.username.toLowerCase();
    if (usernames.has(key)) add(['users', index, 'username'], `Username ${user.username} is used twice`);
    usernames.add(key);
  });

  def.layouts.forEach((layout, index) => {
    if (!def.objects[layout.object] && !productObjectNames(def).includes(layout.object))
      add(['layouts', index, 'object'], `No object ${layout.object} in objects`);
    layout.sections.forEach((section, s) => {
      section.fields.forEach((entry, f) => {
        const field = typeof entry === 'string' ? entry : entry.field;
        if (
          def.objects[layout.object] &&
          !objectField(layout.object, field) &&
          !systemFieldNames.has(field)
        ) {
          add(['layouts', index, 'sections', s, 'fields', f], `No field ${field} on ${layout.object}`);
        }
      });
    });
  });

  def.records.forEach((record, index) => {
    if (!def.objects[record.object]) {
      add(['records', index, 'object'], `No object ${record.object} in objects`);
      return;
    }
    for (const field of Object.keys(record.fields)) {
      if (!objectField(record.object, field))
        add(['records', index, 'fields', field], `No field ${field} on ${record.object}`);
    }
    if (record.owner && !usernames.has(record.owner.toLowerCase())) {
      add(['records', index, 'owner'], `No user ${record.owner}`);
    }
  });
  issues.push(...crossCheckNavigation(def));
  issues.push(...crossCheckRecordUi(def));
  issues.push(...crossCheckAccess(def));
  issues.push(...crossCheckAutomation(def));
  issues.push(...crossCheckProducts(def));
  issues.push(...crossCheckApprovals(def));
  return issues;
}
