import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { Connection } from 'jsforce';
import type { z } from 'zod';
import {
  DEFAULT_ORG_FILE,
  loadOrgDefinition,
  type OrgDefinition,
  OrgDefinitionError,
  parseOrgDefinition,
  type RunningEmulator,
  startEmulator,
} from '../../emulator';
import { fieldSchema } from '../../emulator/org/schema';
import { Frontdoor } from '../../pages/frontdoor';

export const API_VERSION = '62.0';
export const DEMO_PASSWORD = 'persona-ux-demo-1';
export const SDR = { username: 'sam.sdr@acme-demo.example', name: 'Sam Rivera' };
export const AE = { username: 'ava.ae@acme-demo.example', name: 'Ava Chen' };

/** The demo org, optionally changed (settings toggles for the Login-As policy tests). */
export function demoOrg(change?: (org: OrgDefinition) => void): OrgDefinition {
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  change?.(org);
  return org;
}

/** A field as an org definition file writes it: what it leaves out takes the schema's defaults. */
type FieldInput = z.input<typeof fieldSchema>;

/**
 * Adds a custom Lead field, on the SDR's lead layout's Scoring section when `onSdrLayout`.
 */
export function addLeadField(org: OrgDefinition, name: string, field: FieldInput, onSdrLayout = true): void {
  const lead = org.objects.Lead;
  if (!lead) throw new Error('the demo org has no Lead');
  lead.fields[name] = fieldSchema.parse(field);
  if (!onSdrLayout) return;
  org.layouts
    .find((layout) => layout.name === 'Lead Layout - SDR')
    ?.sections.find((section) => section.label === 'Scoring')
    ?.fields.push(name);
}

/** The demo org with a custom Lead field: `addLeadField`. */
export function demoOrgWithLeadField(name: string, field: FieldInput, onSdrLayout = true): OrgDefinition {
  return demoOrg((org) => addLeadField(org, name, field, onSdrLayout));
}

/**
 * The URLs of the documents the page loads from now on: a page Lightning renders in place loads none.
 * Waits first for the current document's own load event, which can come after the page shows.
 */
export async function documentLoads(page: Page): Promise<string[]> {
  await page.waitForLoadState('load');
  const loaded: string[] = [];
  page.on('load', () => loaded.push(page.url()));
  return loaded;
}

/** A fresh browser session for the org's admin: signed in through the API, entered through frontdoor. */
export async function enterAsAdmin(page: Page, emulator: RunningEmulator): Promise<void> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  await page.goto(`${emulator.url}/secur/logout.jsp`);
  await new Frontdoor(page).enter(emulator.url, conn.accessToken as string);
}

/** A jsforce connection signed in with the OAuth username-password flow. */
export async function oauthConnection(
  emulator: RunningEmulator,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Connection> {
  const oauth2 = {
    loginUrl: emulator.url,
    clientId: emulator.oauth.clientId,
    clientSecret: emulator.oauth.clientSecret,
  };
  const conn = new Connection({ loginUrl: emulator.url, version: API_VERSION, oauth2 });
  await conn.login(username, password);
  return conn;
}

/** A fresh emulator on a free port and its admin's API session (OAuth username-password flow). */
export async function emulatorWithAdmin(): Promise<{ emulator: RunningEmulator; conn: Connection }> {
  const emulator = await startEmulator({ port: 0 });
  return {
    emulator,
    conn: await oauthConnection(emulator, emulator.admin.username, emulator.admin.password),
  };
}

/**
 * An opportunity the demo org's discount approval may take (Proposal/Price Quote, Amount 50,000, the given
 * Discount__c), created as the connection's user; its id.
 */
export async function discountedOpportunity(
  conn: Connection,
  name: string,
  discount: number,
): Promise<string> {
  const result = await conn.sobject('Opportunity').create({
    Name: name,
    StageName: 'Proposal/Price Quote',
    CloseDate: '2026-12-31',
    Amount: 50000,
    Discount__c: discount,
  });
  if (!result.success) throw new Error(`creating the opportunity "${name}" failed`);
  return result.id;
}

/**
 * A lead closed as not converted, owned by `ownerId`, created as the connection's user; its id. Leads are
 * Private in the demo org and its sharing rule opens only open leads, so who else sees it is up to sharing.
 */
export async function closedLead(
  conn: Connection,
  ownerId: string,
  name: { LastName: string; Company: string },
): Promise<string> {
  const result = await conn
    .sobject('Lead')
    .create({ ...name, Status: 'Closed - Not Converted', OwnerId: ownerId });
  if (!result.success) throw new Error(`creating the closed lead "${name.LastName}" failed`);
  return result.id;
}

/** Every user's id by username, as the connection's user can query them. */
export async function userIdsByUsername(conn: Connection): Promise<Record<string, string>> {
  const users = await conn.query<{ Id: string; Username: string }>('SELECT Id, Username FROM User');
  return Object.fromEntries(users.records.map((user) => [user.Username, user.Id]));
}

/** The error jsforce throws, for asserting on its errorCode. */
export async function failure(promise: PromiseLike<unknown>): Promise<Error & { errorCode?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { errorCode?: string };
  }
  throw new Error('expected the call to fail');
}

/** The demo org definition's YAML text, for tests that break it on purpose. */
export const demoText = () => readFileSync(DEFAULT_ORG_FILE, 'utf8');

/**
 * The demo org definition's text with each edit made at the first place its text stands; an edit whose text
 * is not there throws, so a changed demo org cannot leave a test checking an unbroken definition.
 */
export function editedDemoText(...edits: [text: string, replacement: string][]): string {
  return edits.reduce((source, [text, replacement]) => {
    if (!source.includes(text))
      throw new Error(`the demo org definition has no ${JSON.stringify(text)} to edit`);
    return source.replace(text, () => replacement);
  }, demoText());
}

/** The 1-based line of the first line containing `needle`. */
export const lineOf = (source: string, needle: string) =>
  source.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** The problems an org definition is rejected with, one "org.yaml:line:column path: message" each. */
export function definitionProblems(source: string): string[] {
  try {
    parseOrgDefinition(source, 'org.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(OrgDefinitionError);
    return (error as OrgDefinitionError).message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
  throw new Error('expected the definition to be rejected');
}

/** An RSA key pair and the demo org whose connected app trusts it (the JWT bearer flow). */
export function jwtDemoOrg(): { org: OrgDefinition; privateKey: KeyObject } {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const org = demoOrg((definition) => {
    definition.connectedApp.certificate = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  });
  return { org, privateKey: keys.privateKey };
}
