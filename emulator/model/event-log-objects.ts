import { systemField as f, type SObjectField } from './fields';
import type { OrgState, OrgUser } from './org-state';
import type { Session } from './sessions';
import { SObjectType } from './sobject-type';
import { sfDateTime } from './store';

/**
 * Event Monitoring's LoginAsEventLog (API 61.0+): one row per Login-As, only in orgs whose definition says
 * `eventMonitoring: true`, readable with the View Event Log Object Data permission.
 * Unconfirmed: the key prefix and the permission's API name (ViewEventLogObjectData).
 */
export const LOGIN_AS_EVENT_LOG = 'LoginAsEventLog';
const KEY_PREFIX = '0bX';
const FIRST_VERSION = 61;

export function loginAsEventLogObject(): SObjectType {
  const fields: SObjectField[] = [
    f('Id', 'Record ID', 'id', { nillable: false }),
    f('EventDate', 'Event Date', 'datetime', { nillable: false }),
    f('EventIdentifier', 'Event Identifier', 'string'),
    f('UserId', 'User ID', 'reference', { referenceTo: ['User'], relationshipName: 'User' }),
    f('Username', 'Username', 'string'),
    f('DelegatedUserIdentifier', 'Delegated User ID', 'string'),
    f('DelegatedUserName', 'Delegated Username', 'string'),
    f('LoginKey', 'Login Key', 'string'),
    f('SessionKey', 'Session Key', 'string'),
    f('SourceIp', 'Source IP', 'string'),
  ];
  return new SObjectType(
    LOGIN_AS_EVENT_LOG,
    'Login As Event Log',
    'Login As Event Logs',
    KEY_PREFIX,
    fields,
    {
      system: true,
      readRequires: 'ViewEventLogObjectData',
    },
  );
}

/** Objects that only exist from an API version on: older versions do not know them. */
export function knownInVersion(type: SObjectType, version: string): boolean {
  return type.name !== LOGIN_AS_EVENT_LOG || Number(version) >= FIRST_VERSION;
}

/** UserId is the admin who logged in as someone; the Delegated* fields name the user they became. */
export function recordLoginAsEvent(state: OrgState, admin: OrgUser, target: OrgUser, session: Session): void {
  if (!state.definition.eventMonitoring) return;
  state.store.insert(LOGIN_AS_EVENT_LOG, {
    Id: state.ids.next(KEY_PREFIX),
    EventDate: sfDateTime(new Date()),
    EventIdentifier: crypto.randomUUID(),
    UserId: admin.id,
    Username: admin.username,
    DelegatedUserIdentifier: target.id,
    DelegatedUserName: target.username,
    LoginKey: session.authSessionId,
    SessionKey: session.authSessionId,
    SourceIp: '127.0.0.1',
  });
}
