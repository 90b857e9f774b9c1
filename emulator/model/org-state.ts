import type { LayoutDefinition, OrgDefinition, ProfileDefinition, SystemPermission } from '../org/schema';
import { type AccessGrant, userGrants } from './access-grants';
import { IdGenerator, KEY_PREFIXES } from './ids';
import { SessionRegistry } from './sessions';
import type { SObjectType } from './sobject-type';
import { RecordStore, type Row } from './store';

export interface Profile {
  id: string;
  name: string;
  definition: ProfileDefinition;
  permissions: ReadonlySet<SystemPermission>;
}

export interface OrgUser {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  active: boolean;
  /** LocaleSidKey, e.g. en_US: how Lightning formats numbers and dates for the user. */
  locale: string;
  /** TimeZoneSidKey, e.g. America/Los_Angeles: the zone Lightning shows the user's date/times in. */
  timeZone: string;
  profile: Profile;
  /** The profile's own permission set and the assigned ones: effective access is their union (access.ts). */
  grants: readonly AccessGrant[];
}

/**
 * An email alert a flow sent (save/email-alerts.ts). Salesforce keeps no queryable record of them (they
 * are not EmailMessage activities), so the emulator keeps its own list, served as JSON at
 * GET /_emulator/sent-emails for tests and demos. Nothing in pages/ or fixtures/ may rely on it.
 */
export interface SentEmail {
  alert: string;
  flow: string;
  relatedToId: string;
  to: string[];
  subject: string;
  body: string;
  sentAt: string;
}

/**
 * Everything one running emulator knows: the org's shape, its settings, its records and its sessions.
 * Made empty; createOrgState (save/create-org-state.ts) adds the object types and the seed records.
 */
export class OrgState {
  readonly objects = new Map<string, SObjectType>();
  readonly profiles = new Map<string, Profile>();
  readonly layouts = new Map<string, LayoutDefinition>();
  readonly store = new RecordStore();
  readonly ids = new IdGenerator();
  readonly sessions: SessionRegistry;
  /** Demo passwords by user id (from the org definition). */
  readonly passwords = new Map<string, string>();
  /** Email alerts flows sent (SentEmail). */
  readonly sentEmails: SentEmail[] = [];
  apiCalls = 0;
  /**
   * Permission sets by id (a profile's own also under `profile:{ProfileId}`); who has which is the store's
   * PermissionSetAssignment rows, which the API may create and delete (model/permission-sets.ts userGrants).
   */
  readonly permissionSets = new Map<string, AccessGrant>();
  /** Grant Account Login Access: user id → access for the org's administrators until (ISO date-time). */
  readonly loginAccessGrants = new Map<string, string>();
  /** Settings are copies: Setup pages (Session Settings, Login Access Policies) change them at run time. */
  readonly security: OrgDefinition['security'];
  readonly sessionSettings: OrgDefinition['session'];
  /** Single-use frontdoor tokens of the UI Bridge API: otp → session id, forgotten once redeemed. */
  readonly frontdoorTokens = new Map<string, string>();
  /** How deeply saves made by automation are nested right now (dml.ts stops runaway recursion). */
  automationDepth = 0;
  private readonly scopedValues = new Map<OrgScoped<unknown>, unknown>();

  constructor(readonly definition: OrgDefinition) {
    this.security = { ...definition.security };
    this.sessionSettings = { ...definition.session };
    this.sessions = new SessionRegistry(
      definition.org.id,
      () => this.sessionSettings.timeoutMinutes * 60_000,
    );
    for (const layout of definition.layouts) this.layouts.set(layout.name, layout);
  }

  /** The value a layer above the model keeps for this org (latency, rendered-markup caches), made on first use. */
  scoped<T>(key: OrgScoped<T>): T {
    if (!this.scopedValues.has(key)) this.scopedValues.set(key, key.create(this));
    return this.scopedValues.get(key) as T;
  }

  get orgId(): string {
    return this.definition.org.id;
  }

  object(name: string): SObjectType | undefined {
    return this.objects.get(name.toLowerCase());
  }

  objectByKeyPrefix(prefix: string): SObjectType | undefined {
    return [...this.objects.values()].find((type) => type.keyPrefix === prefix);
  }

  /** The name (its object's name field) of the record an Id points to; undefined when there is no such record. */
  recordName(id: string): string | undefined {
    const type = this.objectByKeyPrefix(id.slice(0, 3));
    const value = type ? this.store.get(type.name, id)?.[type.options.nameField ?? 'Name'] : undefined;
    return value === undefined || value === null ? undefined : String(value);
  }

  addProfile(definition: ProfileDefinition): Profile {
    const profile: Profile = {
      id: this.ids.next(KEY_PREFIXES.Profile),
      name: definition.name,
      definition,
      permissions: new Set(definition.systemPermissions),
    };
    this.profiles.set(profile.id, profile);
    return profile;
  }

  profileByName(name: string): Profile | undefined {
    return [...this.profiles.values()].find((profile) => profile.name === name);
  }

  user(id: string | undefined): OrgUser | undefined {
    const row = id ? this.store.get('User', id) : undefined;
    return row ? this.userFromRow(row) : undefined;
  }

  userByUsername(username: string): OrgUser | undefined {
    const wanted = username.trim().toLowerCase();
    const row = this.store
      .all('User')
      .find((candidate) => String(candidate.Username).toLowerCase() === wanted);
    return row ? this.userFromRow(row) : undefined;
  }

  users(): OrgUser[] {
    return this.store.all('User').map((row) => this.userFromRow(row));
  }

  /** Checks a password; undefined for unknown users, wrong passwords and users without a demo password. */
  authenticate(username: string, password: string): OrgUser | undefined {
    const user = this.userByUsername(username);
    if (!user) return undefined;
    const expected = this.passwords.get(user.id);
    return expected !== undefined && expected === password ? user : undefined;
  }

  /** The profile's page layout for the object, per record type (developer name) when one is given. */
  layoutFor(user: OrgUser, objectName: string, recordType?: string): LayoutDefinition | undefined {
    const assignment = user.profile.definition.layoutAssignments[objectName];
    const name =
      typeof assignment === 'string'
        ? assignment
        : assignment && ((recordType && assignment.recordTypes[recordType]) || assignment.default);
    return name ? this.layouts.get(name) : undefined;
  }

  private userFromRow(row: Row): OrgUser {
    const profile = this.profiles.get(String(row.ProfileId));
    if (!profile) throw new Error(`User ${row.Id} has no profile`);
    return {
      id: row.Id,
      username: String(row.Username),
      firstName: String(row.FirstName ?? ''),
      lastName: String(row.LastName),
      name: String(row.Name),
      email: String(row.Email),
      active: row.IsActive === true,
      locale: String(row.LocaleSidKey ?? 'en_US'),
      timeZone: String(row.TimeZoneSidKey ?? 'America/Los_Angeles'),
      profile,
      grants: userGrants(this, row.Id, profile.id),
    };
  }
}

/**
 * A kind of per-org state owned by a layer above the model (html/, latency.ts): the key is declared once in
 * that module, the value lives on each OrgState, so two emulators in one process never share it.
 */
export class OrgScoped<T> {
  constructor(readonly create: (state: OrgState) => T) {}
}
