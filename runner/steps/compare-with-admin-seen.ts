import type { RecordPagePrediction } from '../../fixtures';
import { grantedBy } from '../../fixtures/persona-grants';
import type { ViewPart } from './compare-with-admin-view';
import type { StepContext } from './context';

// The standard record actions and the object permission each needs (Salesforce Help, "Object Permissions").
export const ACTION_PERMISSIONS: Record<string, 'create' | 'edit' | 'delete'> = {
  New: 'create',
  Edit: 'edit',
  Delete: 'delete',
};
export const PERMISSION_NAMES = { read: 'Read', create: 'Create', edit: 'Edit', delete: 'Delete' } as const;

/**
 * Why the persona sees an item a scenario expected them to lack, from the org as the admin: what grants them
 * the field, the related list's object or the action's object permission, and the layout that places it.
 */
export async function whyPersonaSees(
  part: ViewPart,
  item: string,
  persona: RecordPagePrediction,
  context: StepContext,
): Promise<string> {
  const layout = persona.layout
    ? `the page layout "${persona.layout.name}" assigned to profile "${persona.layout.profile}" places it`
    : 'the page places it';
  const has = (object: string, permission: keyof typeof PERMISSION_NAMES) => {
    const sources = persona.grants?.objects.get(object)?.[permission] ?? [];
    return sources.length > 0
      ? `the persona has ${PERMISSION_NAMES[permission]} on ${object} (via ${grantedBy(sources)})`
      : undefined;
  };
  switch (part) {
    case 'fields':
      return (await context.explainField(persona.sobject, item, true)) ?? layout;
    case 'relatedLists': {
      const object = persona.layout?.relatedLists?.find((related) => related.label === item)?.object;
      const read = object && has(object, 'read');
      return read ? `${read}, and ${layout}` : layout;
    }
    case 'actions': {
      const needs = ACTION_PERMISSIONS[item];
      const granted = needs && has(persona.sobject, needs);
      return granted ? `${granted}, and ${layout}` : layout;
    }
    default:
      return `${layout}, and the persona may read a field in it`;
  }
}

/** An Edit or Delete action the persona has the object permission for, but not the record: its sharing. */
export function recordAccessLacking(action: string, persona: RecordPagePrediction): string | undefined {
  const access = persona.recordAccess;
  if (!access || (action !== 'Edit' && action !== 'Delete') || access.edit) return undefined;
  return (
    `the record is shared with them ${access.maxLevel === 'Read' ? 'read-only' : `at "${access.maxLevel}"`} ` +
    `(UserRecordAccess MaxAccessLevel "${access.maxLevel}"): neither ownership, the role hierarchy, a sharing rule nor a queue gives them ${action === 'Edit' ? 'Edit' : 'Delete'} on it`
  );
}
