import { noneGrants } from '../../fixtures/persona-grants';
import { layoutName, type OpenedPage } from './expect-check';

/** What the reasons are read from: the record and what the org predicts its page shows the persona. */
type ReasonsFrom = Pick<OpenedPage, 'record' | 'prediction'>;

/**
 * Why the Edit modal does not let the persona change a field, or does not require it, from the org as the
 * admin: object permission, field-level security (which profile or permission sets grant or lack Edit), the
 * layout's behaviour for the persona's profile and record type, and whether the field is editable or
 * required at all (describe: updateable, nillable).
 */

export function whyNoEditAction({ record, prediction }: ReasonsFrom): string {
  const grants = prediction.grants;
  if (!grants) return "the persona's object permissions could not be read";
  const edit = grants.objects.get(record.sobject)?.edit ?? [];
  if (edit.length === 0)
    return `the persona lacks the object permission Edit on ${record.sobject}: ${noneGrants(grants.sources, 'it')}`;
  const granted = `the persona has Edit on ${record.sobject} (via ${edit.join(', ')})`;
  const access = prediction.recordAccess;
  if (access && !access.edit) {
    return (
      `${granted}, but the record is shared with them ${access.maxLevel === 'Read' ? 'read-only' : `at "${access.maxLevel}"`} ` +
      `(UserRecordAccess MaxAccessLevel "${access.maxLevel}"): neither ownership, the role hierarchy, a sharing ` +
      'rule nor a queue gives them Edit on it'
    );
  }
  const actions = prediction.layout?.actions;
  if (actions && !actions.includes('Edit'))
    return `${granted}, but ${layoutName(prediction)} leaves Edit out of its Lightning actions`;
  return `rendering fault: ${granted} and edit access to the record, yet the page offers no Edit action`;
}

export function whyReadOnly(field: string, { record, prediction }: ReasonsFrom): string {
  const described = prediction.fields.get(field);
  const behavior = behaviorOf(field, prediction);
  const reasons: string[] = [];
  if (described?.updateable === false)
    reasons.push(
      'nobody can change it: the org describes it as not updateable (a formula, roll-up or system field)',
    );
  const grants = prediction.grants;
  const access = grants?.fields.get(field);
  if (grants && described?.permissionable !== false && (access?.edit.length ?? 0) === 0) {
    const read = access?.read.length ? `grants Read via ${access.read.join(', ')}, but ` : '';
    reasons.push(`field-level security ${read}${noneGrants(grants.sources, 'Edit')}`);
  }
  if (behavior === 'Readonly') reasons.push(`${layoutName(prediction)} makes it read-only`);
  if (field === 'OwnerId') reasons.push('the owner changes through Change Owner, never in the Edit modal');
  if (reasons.length > 0) return reasons.join('; and ');
  const via = access?.edit.length ? ` (Edit via ${access.edit.join(', ')})` : '';
  return `rendering fault: the persona may edit ${record.sobject}.${field}${via} and ${layoutName(prediction)} does not make it read-only, yet the Edit modal has no input for it`;
}

export function whyNotRequired(field: string, { prediction }: ReasonsFrom): string {
  const described = prediction.fields.get(field);
  const behavior = behaviorOf(field, prediction);
  const fieldRequired = described?.nillable === false && described.type !== 'boolean';
  if (behavior === 'Required' || fieldRequired) {
    const source =
      behavior === 'Required'
        ? `${layoutName(prediction)} makes it required`
        : 'the field is required at field level';
    return `rendering fault: ${source}, yet the Edit modal does not mark it`;
  }
  const onLayout = behavior
    ? `${layoutName(prediction)} makes it "${behavior}", not "Required"`
    : `${layoutName(prediction)} does not place it`;
  return `${onLayout}, and the field is not required at field level (it accepts an empty value)`;
}

function behaviorOf(field: string, { layout }: OpenedPage['prediction']): string | undefined {
  return layout?.sections?.flatMap((section) => section.items).find((item) => item.field === field)?.behavior;
}
