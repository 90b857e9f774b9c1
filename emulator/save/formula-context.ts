import type { FormulaScope } from '../../salesforce/formula/evaluate';
import { recordScope } from '../formula/scope';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';

/** The formula scope of one record in a save, seen by the running user ($User, $Profile). */
export function scopeOf(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  prior?: Row,
): FormulaScope {
  return recordScope({
    source: { object: (name) => state.object(name), row: (object, id) => state.store.get(object, id) },
    type,
    row,
    prior,
    user: state.store.get('User', user.id) ?? { Id: user.id },
    organization: state.store.get('Organization', state.orgId),
  });
}
