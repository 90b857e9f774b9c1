import { productObjectNames } from '../model/product-objects';
import { systemObjects } from '../model/system-objects';
import { type OrgDefinition, SYSTEM_PERMISSIONS } from '../org/schema';
import { fieldExists, type Issue } from './cross-check-support';

/**
 * Cross-reference checks for compact layouts, the related lists of page layouts and the objects whose record
 * page is built with Dynamic Forms.
 */
export function crossCheckRecordUi(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const hasField = fieldExists(def);

  def.compactLayouts.forEach((layout, index) => {
    if (!def.objects[layout.object]) {
      add(['compactLayouts', index, 'object'], `No object ${layout.object} in objects`);
      return;
    }
    layout.fields.forEach((field, f) => {
      if (!hasField(layout.object, field))
        add(['compactLayouts', index, 'fields', f], `No field ${field} on ${layout.object}`);
    });
  });
  const builtIn = new Set(productObjectNames(def));
  def.recordUi.dynamicForms.forEach((object, index) => {
    if (!def.objects[object] && !builtIn.has(object))
      add(['recordUi', 'dynamicForms', index], `No object ${object} in objects`);
  });
  def.recordUi.fieldSectionTabs.forEach(({ object, tab }, index) => {
    if (!def.recordUi.dynamicForms.includes(object))
      add(['recordUi', 'fieldSectionTabs', index, 'object'], `${object} is not in recordUi.dynamicForms`);
    if (tab === 'Related')
      add(['recordUi', 'fieldSectionTabs', index, 'tab'], 'the Related tab holds the related lists');
  });
  const pageNames = new Set(def.recordUi.dynamicForms.map((object) => `${object}_Record_Page`));
  def.recordUi.lightningPages.forEach((page, index) => {
    const at = ['recordUi', 'lightningPages', index];
    if (pageNames.has(page.name))
      add(
        [...at, 'name'],
        `${page.name} is already a Lightning page's name (each object's org default is {Object}_Record_Page)`,
      );
    pageNames.add(page.name);
    if (!def.recordUi.dynamicForms.includes(page.object)) {
      add([...at, 'object'], `${page.object} is not in recordUi.dynamicForms`);
      return;
    }
    const layouts = def.layouts
      .filter((layout) => layout.object === page.object)
      .map((layout) => layout.name);
    if (!layouts.includes(page.layout))
      add(
        [...at, 'layout'],
        `No layout "${page.layout}" of ${page.object} (its layouts: ${layouts.map((name) => `"${name}"`).join(', ') || 'none'})`,
      );
    const apps = def.apps.flatMap((app) => [app.developerName.toLowerCase(), app.label.toLowerCase()]);
    const appRef = (path: (string | number)[], name: string) => {
      if (!apps.includes(name.toLowerCase()))
        add(path, `No app ${name} in apps (known: ${def.apps.map((app) => app.label).join(', ') || 'none'})`);
    };
    page.appDefault.forEach((app, a) => {
      appRef([...at, 'appDefault', a], app);
    });
    page.assignments.forEach((assignment, a) => {
      const path = [...at, 'assignments', a];
      appRef([...path, 'app'], assignment.app);
      if (!def.profiles.some((profile) => profile.name === assignment.profile))
        add([...path, 'profile'], `No profile ${assignment.profile} in profiles`);
      const recordTypes =
        def.objects[page.object]?.recordTypes.map((recordType) => recordType.developerName) ?? [];
      if (assignment.recordType && !recordTypes.includes(assignment.recordType))
        add(
          [...path, 'recordType'],
          `No record type ${assignment.recordType} on ${page.object} (known: ${recordTypes.join(', ') || 'none'})`,
        );
    });
  });
  const visibilityRules = [
    ...def.recordUi.fieldVisibility.map((rule, index) => ({ ...rule, at: ['fieldVisibility', index] })),
    ...def.recordUi.sectionVisibility.map((rule, index) => ({ ...rule, at: ['sectionVisibility', index] })),
  ];
  for (const rule of visibilityRules) {
    const { object, criteria } = rule;
    const at = ['recordUi', ...rule.at];
    if (!def.recordUi.dynamicForms.includes(object)) {
      add([...at, 'object'], `${object} is not in recordUi.dynamicForms`);
      continue;
    }
    if ('field' in rule && !hasField(object, rule.field))
      add([...at, 'field'], `No field ${rule.field} on ${object}`);
    if ('section' in rule) {
      // The org default page is made from the object's first layout, each other page from the layout it names.
      const pageLayouts = new Set(
        def.recordUi.lightningPages.filter((page) => page.object === object).map((page) => page.layout),
      );
      const layouts = def.layouts.filter((layout) => layout.object === object);
      const labels = [
        ...new Set(
          layouts
            .filter((layout, index) => index === 0 || pageLayouts.has(layout.name))
            .flatMap((layout) => layout.sections.map((section) => section.label)),
        ),
      ];
      if (!labels.includes(rule.section))
        add(
          [...at, 'section'],
          `No section "${rule.section}" on ${object}'s Lightning pages (their sections: ${labels.map((label) => `"${label}"`).join(', ') || 'none'})`,
        );
    }
    criteria.forEach((criterion, c) => {
      const problem = criterionProblem(def, object, criterion.field, hasField);
      if (problem) add([...at, 'criteria', c, 'field'], problem);
      else if (criterion.field === '$Client.FormFactor' && !FORM_FACTORS.includes(String(criterion.value)))
        add(
          [...at, 'criteria', c, 'value'],
          `No form factor ${criterion.value}: write ${FORM_FACTORS.join(', ')} (a run is Large, a desktop)`,
        );
    });
  }
  def.layouts.forEach((layout, index) => {
    layout.relatedLists.forEach((list, r) => {
      const at = ['layouts', index, 'relatedLists', r];
      // Product and quote objects are the platform's own (model/product-objects.ts), not in objects.
      if (builtIn.has(list.object)) return;
      if (!def.objects[list.object]) {
        add([...at, 'object'], `No object ${list.object} in objects`);
        return;
      }
      const lookup = def.objects[list.object].fields[list.field];
      if (lookup?.type !== 'lookup' || !lookup.referenceTo?.includes(layout.object)) {
        add([...at, 'field'], `${list.object}.${list.field} is not a lookup to ${layout.object}`);
      }
      list.columns.forEach((column, c) => {
        if (!hasField(list.object, column))
          add([...at, 'columns', c], `No field ${column} on ${list.object}`);
      });
    });
  });
  return issues;
}

// The values of {!$Client.FormFactor} (FlexiPage reference, ComponentInstance).
const FORM_FACTORS = ['Large', 'Medium', 'Small'];

/**
 * What is wrong with what a visibility criterion reads, if anything: a field of the record, a field of the viewing
 * user (`$User.Profile.Name`), their permission (`$Permission.CustomPermission.Name`,
 * `$Permission.StandardPermission.ViewSetup`), or the device (`$Client.FormFactor`).
 */
function criterionProblem(
  def: OrgDefinition,
  object: string,
  field: string,
  hasField: (object: string, field: string) => boolean,
): string | undefined {
  const user = /^\$User\.(.+)$/.exec(field)?.[1];
  if (user) return platformPathExists('User', user) ? undefined : `No field ${user} on User`;
  const custom = /^\$Permission\.CustomPermission\.(.+)$/.exec(field)?.[1];
  if (custom) {
    const known = def.customPermissions.map((permission) => permission.name);
    return known.includes(custom)
      ? undefined
      : `No custom permission ${custom} in customPermissions (known: ${known.join(', ') || 'none'})`;
  }
  const standard = /^\$Permission\.StandardPermission\.(.+)$/.exec(field)?.[1];
  if (standard) {
    return (SYSTEM_PERMISSIONS as readonly string[]).includes(standard)
      ? undefined
      : `No standard permission ${standard} in the emulator (it knows ${SYSTEM_PERMISSIONS.join(', ')})`;
  }
  if (field === '$Client.FormFactor') return undefined;
  if (field.startsWith('$'))
    return `${field} is not read here: write a field of ${object}, $User.<field>, $Permission.CustomPermission.<name>, $Permission.StandardPermission.<name> or $Client.FormFactor`;
  return recordPathExists(def, object, field, hasField) ? undefined : `No field ${field} on ${object}`;
}

// Lookups every data object has without the org definition listing them.
const SYSTEM_LOOKUPS: Record<string, string> = { Owner: 'User', CreatedBy: 'User', LastModifiedBy: 'User' };

/** Whether a path of fields and lookups from a record exists (Account.Type on a Case: its account's type). */
function recordPathExists(
  def: OrgDefinition,
  object: string,
  path: string,
  hasField: (object: string, field: string) => boolean,
): boolean {
  const parts = path.split('.');
  let current = object;
  for (const [index, relationship] of parts.slice(0, -1).entries()) {
    const lookup = Object.values(def.objects[current]?.fields ?? {}).find(
      (field) => field.type === 'lookup' && field.relationshipName === relationship,
    );
    const target = lookup?.referenceTo?.[0] ?? SYSTEM_LOOKUPS[relationship];
    if (!target) return false;
    if (!def.objects[target]) return platformPathExists(target, parts.slice(index + 1).join('.'));
    current = target;
  }
  return hasField(current, parts[parts.length - 1]);
}

/** Whether a path of a platform object's fields and lookups exists (Profile.Name on User: the profile's name). */
function platformPathExists(object: string, path: string): boolean {
  const objects = new Map(systemObjects().map((type) => [type.name, type]));
  const parts = path.split('.');
  let type = objects.get(object);
  for (const relationship of parts.slice(0, -1)) {
    const target = type?.relationship(relationship)?.referenceTo?.[0];
    type = target ? objects.get(target) : undefined;
  }
  return type?.field(parts[parts.length - 1]) !== undefined;
}
