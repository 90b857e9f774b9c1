import type { OrgState } from '../model/org-state';
import type { Row } from '../model/store';

/** Recipients: owner | creator | lastModifier of the record, a username, or an email address. */
export function recipientAddresses(state: OrgState, row: Row, recipients: string[]): string[] {
  const userEmail = (id: unknown) =>
    typeof id === 'string' ? state.store.get('User', id)?.Email : undefined;
  const addresses = recipients.map((recipient) => {
    if (recipient === 'owner') return userEmail(row.OwnerId);
    if (recipient === 'creator') return userEmail(row.CreatedById);
    if (recipient === 'lastModifier') return userEmail(row.LastModifiedById);
    return state.userByUsername(recipient)?.email ?? recipient;
  });
  return [...new Set(addresses.filter((address): address is string => typeof address === 'string'))];
}
