import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OrgState } from './org-state';
import type { Row } from './store';

/**
 * A sandbox keeps its history between test runs; so does the emulator when given a data folder: records,
 * SetupAuditTrail, LoginHistory, AuthSession rows, id counters and the Setup settings are written to
 * `{dir}/{org id}.json` when it stops and read back when it starts. Session tokens are not kept (a restart
 * ends every session, and no secret is written to disk). A changed org definition starts afresh.
 */
interface SavedOrg {
  definition: string;
  savedAt: string;
  tables: Record<string, Row[]>;
  ids: Record<string, number>;
  security: OrgState['security'];
  session: OrgState['sessionSettings'];
  loginAccessGrants: Record<string, string>;
}

export function orgStateFile(dir: string, state: OrgState): string {
  return path.join(dir, `${state.orgId}.json`);
}

function definitionHash(state: OrgState): string {
  return createHash('sha256').update(JSON.stringify(state.definition)).digest('hex');
}

/** Restores the saved state; false when there is none, or it belongs to another version of the definition. */
export function loadOrgState(state: OrgState, dir: string): boolean {
  const file = orgStateFile(dir, state);
  if (!existsSync(file)) return false;
  let saved: SavedOrg;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  if (saved.definition !== definitionHash(state)) return false;
  state.store.restore(saved.tables);
  state.ids.restore(saved.ids);
  Object.assign(state.security, saved.security);
  Object.assign(state.sessionSettings, saved.session);
  state.loginAccessGrants.clear();
  for (const [user, until] of Object.entries(saved.loginAccessGrants))
    state.loginAccessGrants.set(user, until);
  return true;
}

export function saveOrgState(state: OrgState, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const saved: SavedOrg = {
    definition: definitionHash(state),
    savedAt: new Date().toISOString(),
    tables: state.store.snapshot(),
    ids: state.ids.snapshot(),
    security: state.security,
    session: state.sessionSettings,
    loginAccessGrants: Object.fromEntries(state.loginAccessGrants),
  };
  const file = orgStateFile(dir, state);
  // Written aside and renamed: a run killed mid-write never leaves half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(saved));
  renameSync(`${file}.tmp`, file);
}
