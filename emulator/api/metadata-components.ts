import { profileFullName as fullNameOfProfile, isStandardProfile } from '../../salesforce/profile-full-names';
import { NO_ACCESS } from '../model/access';
import type { AccessGrant } from '../model/access-grants';
import type { OrgState, Profile } from '../model/org-state';
import { profileTabVisibilities, tabName } from '../model/permission-sets';
import { recordTypesOf } from '../model/record-types';
import type { FieldAccess, LayoutDefinition, ObjectPermission, ProfileDefinition } from '../org/schema';
import { SYSTEM_PERMISSIONS } from '../org/schema';
import { DAYS } from '../org/schema-access';
import type { MetadataRecord } from './metadata-xml';

/**
 * Layout, Profile and PermissionSet as the Metadata API reads them, generated from the org definition.
 * Shapes: Metadata API Developer Guide ("Layout", "Profile", "PermissionSet"); retrieved files in public
 * repositories (e.g. SalesforceFoundation/EDA profiles) for layoutAssignments {layout, recordType}.
 */

/** Layout fullName: `{Object}-{Layout name}`, e.g. "Lead-Lead Layout". */
export const layoutFullName = (layout: LayoutDefinition) => `${layout.object}-${layout.name}`;

export function layoutByFullName(state: OrgState, fullName: string): LayoutDefinition | undefined {
  return [...state.layouts.values()].find((layout) => layoutFullName(layout) === fullName);
}

/**
 * A page layout. Sections of two columns are TwoColumnsLeftToRight: the record page fills its two-column
 * grid row by row, so items alternate between the columns. Platform-set fields (audit fields, formulas,
 * compound names) are Readonly and required fields Required, as the layout editor forces them.
 */
export function layoutMetadata(state: OrgState, layout: LayoutDefinition): MetadataRecord {
  const type = state.object(layout.object);
  return {
    fullName: layoutFullName(layout),
    layoutSections: layout.sections.map((section) => {
      const items = section.fields.map((entry) => {
        const { field, behavior } = typeof entry === 'string' ? { field: entry, behavior: 'edit' } : entry;
        const described = type?.field(field);
        // A compound name (Lead.Name) is edited through its parts: Required when one of them is.
        const parts = (described?.compoundOf ?? []).map((name) => type?.field(name));
        const forced = described?.compoundOf
          ? parts.some((part) => part?.required)
            ? 'Required'
            : undefined
          : described?.platformManaged
            ? 'Readonly'
            : described?.required
              ? 'Required'
              : undefined;
        return { behavior: forced ?? BEHAVIOR[behavior], field };
      });
      const columns =
        section.columns === 2
          ? [items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1)]
          : [items];
      return {
        customLabel: true,
        detailHeading: true,
        editHeading: true,
        label: section.label,
        layoutColumns: columns.map((layoutItems) => ({ layoutItems })),
        style: section.columns === 2 ? 'TwoColumnsLeftToRight' : 'OneColumn',
      };
    }),
    // A layout that overrides the Lightning actions lists them (Metadata API Layout: platformActionList of
    // PlatformActionListItem actionName, actionType, sortOrder); one that does not has no platformActionList.
    ...(layout.buttons
      ? {
          platformActionList: {
            actionListContext: 'Record',
            platformActionListItems: layout.buttons.map((actionName, sortOrder) => ({
              actionName,
              actionType: 'StandardButton',
              sortOrder,
            })),
          },
        }
      : {}),
    relatedLists: [
      ...layout.relatedLists.map((list) => ({
        fields: list.columns,
        relatedList: `${list.object}.${list.field}`,
      })),
      ...(layout.approvalHistory ? [{ relatedList: 'RelatedProcessHistoryList' }] : []),
    ],
    showHighlightsPanel: true,
  };
}

const BEHAVIOR: Record<string, string> = { edit: 'Edit', required: 'Required', readonly: 'Readonly' };

export const profileFullName = (profile: Profile) => fullNameOfProfile(profile.name);

export function profileByFullName(state: OrgState, fullName: string): Profile | undefined {
  return [...state.profiles.values()].find((profile) => profileFullName(profile) === fullName);
}

export function profileMetadata(state: OrgState, profile: Profile): MetadataRecord {
  const def = profile.definition;
  const grant = state.permissionSets.get(`profile:${profile.id}`);
  const dataObjects = [...state.objects.values()].filter((type) => !type.options.system);
  return {
    fullName: profileFullName(profile),
    custom: !isStandardProfile(profile.name),
    ...(grant ? grantPermissions(state, grant) : {}),
    layoutAssignments: Object.entries(def.layoutAssignments).flatMap(([object, assignment]) => {
      const layoutName = (name: string) => `${object}-${name}`;
      if (typeof assignment === 'string') return [{ layout: layoutName(assignment) }];
      return [
        { layout: layoutName(assignment.default) },
        ...Object.entries(assignment.recordTypes).map(([recordType, name]) => ({
          layout: layoutName(name),
          recordType: `${object}.${recordType}`,
        })),
      ];
    }),
    ...(def.loginHours ? { loginHours: profileLoginHours(def.loginHours) } : {}),
    loginIpRanges: def.loginIpRanges.map((range) => ({ endAddress: range.end, startAddress: range.start })),
    recordTypeVisibilities: dataObjects.flatMap((type) => {
      const all = recordTypesOf(state, type).map((info) => info.definition.developerName);
      const visibility = def.recordTypes[type.name];
      const available = visibility?.available ?? all;
      const chosen = visibility?.default ?? all[0];
      return all.map((name) => ({
        default: name === chosen,
        recordType: `${type.name}.${name}`,
        visible: available.includes(name),
      }));
    }),
    // The profile's tab settings, as PermissionSetTabSetting shows them (model/permission-sets.ts).
    tabVisibilities: Object.entries(profileTabVisibilities(state, def)).map(([object, visibility]) => ({
      tab: tabName(object),
      visibility,
    })),
    userLicense: def.userLicense,
  };
}

/**
 * Metadata API ProfileLoginHours: `{day}Start` and `{day}End` per day that has login hours, in minutes after
 * midnight ("08:00" → 480, "24:00" → 1440); a profile without login hours has no loginHours element
 * (docs/salesforce-facts.md#login-hours).
 */
function profileLoginHours(hours: NonNullable<ProfileDefinition['loginHours']>): MetadataRecord {
  const minutes = (time: string) => {
    const [h, m] = time.split(':').map(Number);
    return String(h * 60 + m);
  };
  return Object.fromEntries(
    DAYS.flatMap((day) => {
      const window = hours[day];
      return window
        ? [
            [`${day}Start`, minutes(window.start)],
            [`${day}End`, minutes(window.end)],
          ]
        : [];
    }),
  );
}

/** A permission set defined in the org (not a profile's own); fullName is its API name. */
export function permissionSetMetadata(state: OrgState, grant: AccessGrant): MetadataRecord {
  const definition = state.definition.permissionSets.find((set) => set.name === grant.name);
  return {
    fullName: grant.name,
    ...grantPermissions(state, grant),
    hasActivationRequired: false,
    label: grant.label,
    // PermissionSetTabSetting.visibility: Visible (a profile's DefaultOn) or Available (DefaultOff).
    tabSettings: Object.entries(definition?.tabSettings ?? {}).map(([object, setting]) => ({
      tab: state.object(object)?.custom ? object : `standard-${object}`,
      visibility: setting === 'DefaultOn' ? 'Visible' : 'Available',
    })),
  };
}

export function definedPermissionSets(state: OrgState): AccessGrant[] {
  return [...state.permissionSets.values()].filter((grant) => grant.profileId === null);
}

/**
 * fieldPermissions (every permissionable field of the objects the grant names, "Lead.Email"),
 * objectPermissions and userPermissions, as profiles and permission sets share them.
 */
function grantPermissions(state: OrgState, grant: AccessGrant): MetadataRecord {
  const modifyAll = grant.systemPermissions.has('ModifyAllData');
  const objectNames = modifyAll
    ? [...state.objects.values()].filter((type) => !type.options.system).map((type) => type.name)
    : Object.keys(grant.objectPermissions);
  const fieldObjects = new Set([...objectNames, ...Object.keys(grant.fieldPermissions)]);
  return {
    // Metadata API ProfileCustomPermissions / PermissionSetCustomPermissions: the enabled ones, by API name.
    customPermissions: [...grant.customPermissions].sort().map((name) => ({ enabled: true, name })),
    fieldPermissions: [...fieldObjects].sort().flatMap((objectName) => {
      const type = state.object(objectName);
      const granted: Record<string, FieldAccess> = grant.fieldPermissions[objectName] ?? {};
      return (type?.fields ?? [])
        .filter((field) => field.permissionable)
        .map((field) => {
          const access = granted[field.name] ?? granted['*'] ?? 'none';
          return {
            editable: access === 'edit' && (field.createable || field.updateable),
            field: `${objectName}.${field.name}`,
            readable: access !== 'none',
          };
        });
    }),
    objectPermissions: objectNames.sort().map((object) => {
      const granted: ObjectPermission = modifyAll ? ALL : (grant.objectPermissions[object] ?? NO_ACCESS);
      return {
        allowCreate: granted.create,
        allowDelete: granted.delete || granted.modifyAll,
        allowEdit: granted.edit || granted.modifyAll,
        allowRead: granted.read || granted.viewAll || granted.modifyAll,
        modifyAllRecords: granted.modifyAll,
        object,
        viewAllRecords: granted.viewAll || granted.modifyAll,
      };
    }),
    userPermissions: SYSTEM_PERMISSIONS.filter((name) => grant.systemPermissions.has(name))
      .sort()
      .map((name) => ({ enabled: true, name })),
  };
}

const ALL: ObjectPermission = {
  read: true,
  create: true,
  edit: true,
  delete: true,
  viewAll: true,
  modifyAll: true,
};
