import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { richTextParagraphs } from '../../salesforce/rich-text';
import type { ApiCondition, ApiFieldCondition, TaskCondition } from '../model-journeys';
import { flowValue } from '../schema/steps/lookup-by-name';
import { describeDuration } from '../schema/wording';
import { sameApiValue, sameRichText, sameValueSet } from './api-values';

type Owner = { queue: string } | { user: string };
type Row = Record<string, unknown>;

const isOwner = (value: ApiFieldCondition | undefined): value is Owner =>
  value !== null && typeof value === 'object';

/** One read of the condition: every mismatch ("OwnerId: expected queue SDR_Queue, seen user Sam Rivera"). */
export interface ConditionReading {
  held: boolean;
  /** True when a field expected as a user's or queue's name holds that user's or queue's Id: no later read can meet it. */
  settled?: boolean;
  seen: string[];
  mismatches: string[];
}

/**
 * Reads a test record and its Tasks through the API as the admin until `condition` holds or its deadline passes.
 * Queues and users named in the condition are looked up first: one that does not exist is an error, never a
 * condition that can only time out. Salesforce runs assignment rules and flows in the save, but asynchronous
 * automation (queueable Apex, scheduled paths, platform events) lands later, hence the polling.
 */
export async function pollCondition(
  org: OrgConnection,
  record: CreatedRecord,
  condition: ApiCondition,
  {
    named,
    wanted = () => true,
  }: {
    /** The record as failures name it (recordName): `Case "00001001" (500…, data "case")`. */
    named: string;
    /** False once the test is over (its timeout stopped it): polling stops instead of running on unseen. */
    wanted?: () => boolean;
  },
): Promise<ConditionReading & { reads: number }> {
  const owners = await resolveOwners(org, condition);
  const readAs = await fieldsReadAs(org, record.sobject, condition);
  const deadline = Date.now() + condition.withinMs;
  let reads = 0;
  for (let pause = 250; ; pause = Math.min(pause * 2, 2_000)) {
    if (!wanted()) throw new Error(`stopped waiting for ${named}: the test is over`);
    const reading = await readCondition(org, record, named, condition, owners, readAs);
    reads++;
    if (reading.held || reading.settled || Date.now() + pause > deadline) return { ...reading, reads };
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** "queue SDR_Queue" / "user sam.sdr@…" → the Id it stands for. */
async function resolveOwners(org: OrgConnection, condition: ApiCondition): Promise<Map<string, string>> {
  const named = [...Object.values(condition.fields), condition.task?.owner].filter(isOwner);
  const ids = new Map<string, string>();
  for (const owner of named) {
    const key = ownerKey(owner);
    if (ids.has(key)) continue;
    if ('queue' in owner) {
      const found = await org.conn.query<{ Id: string }>(
        `SELECT Id FROM Group WHERE Type = 'Queue' AND (DeveloperName = ${soqlString(owner.queue)} OR Name = ${soqlString(owner.queue)})`,
      );
      const queues = (
        await org.conn.query<{ DeveloperName: string }>(
          "SELECT DeveloperName FROM Group WHERE Type = 'Queue'",
        )
      ).records;
      if (!found.records[0]) {
        throw new Error(
          `No queue "${owner.queue}" in the org. Expected a queue's developer name or name: ${queues.map((q) => q.DeveloperName).join(', ')}.`,
        );
      }
      ids.set(key, found.records[0].Id);
    } else {
      const found = await org.conn.query<{ Id: string }>(
        `SELECT Id FROM User WHERE Username = ${soqlString(owner.user)} OR Name = ${soqlString(owner.user)}`,
      );
      if (!found.records[0]) {
        throw new Error(`No user "${owner.user}" in the org. Expected a username or a user's full name.`);
      }
      ids.set(key, found.records[0].Id);
    }
  }
  return ids;
}

/** A field the API answers in a form a scenario may write otherwise. */
type ReadAs = 'richText' | 'multiSelect';

/**
 * The condition's fields, in lower case, that are rich text areas (describe `extraTypeInfo: richtextarea`: the API
 * answers HTML, which a scenario may give as the text the record page shows) or multi-select picklists (the API
 * joins the chosen values with ";", in an order a scenario need not know).
 */
async function fieldsReadAs(
  org: OrgConnection,
  sobject: string,
  condition: ApiCondition,
): Promise<Map<string, ReadAs>> {
  const texts = Object.entries(condition.fields).filter(([, expected]) => typeof expected === 'string');
  if (texts.length === 0) return new Map();
  const wanted = new Set(texts.map(([field]) => field.toLowerCase()));
  const described = (await org.conn.sobject(sobject).describe$()).fields;
  return new Map(
    described.flatMap((field): [string, ReadAs][] => {
      const name = field.name.toLowerCase();
      if (!wanted.has(name)) return [];
      if (field.extraTypeInfo === 'richtextarea') return [[name, 'richText']];
      return field.type === 'multipicklist' ? [[name, 'multiSelect']] : [];
    }),
  );
}

const ownerKey = (owner: Owner) => ('queue' in owner ? `queue ${owner.queue}` : `user ${owner.user}`);

async function readCondition(
  org: OrgConnection,
  record: CreatedRecord,
  named: string,
  condition: ApiCondition,
  owners: Map<string, string>,
  readAs: ReadonlyMap<string, ReadAs>,
): Promise<ConditionReading> {
  const seen: string[] = [];
  const mismatches: string[] = [];
  let settled = false;
  const fields = Object.keys(condition.fields);
  if (fields.length > 0) {
    const [row] = (
      await org.conn.query<Row>(
        `SELECT Id, ${fields.join(', ')} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
      )
    ).records;
    if (!row) throw new Error(`${named} no longer exists in the org`);
    for (const [field, expected] of Object.entries(condition.fields)) {
      // The API answers each field under its own spelling, whichever case the query wrote it in.
      const value = row[Object.keys(row).find((key) => key.toLowerCase() === field.toLowerCase()) ?? field];
      const kind = readAs.get(field.toLowerCase());
      const holder = kind === 'richText' ? undefined : await userOrQueueOf(org, value);
      const shown = kind === 'richText' ? describeRichText(value) : describeValue(value, holder);
      seen.push(`${field} = ${shown}`);
      const wanted = isOwner(expected) ? owners.get(ownerKey(expected)) : expected;
      const held =
        sameApiValue(value, wanted ?? null) ||
        (typeof wanted === 'string' &&
          ((kind === 'richText' && sameRichText(value, wanted)) ||
            (kind === 'multiSelect' && sameValueSet(value, wanted))));
      if (!held) {
        const want = isOwner(expected) ? ownerKey(expected) : JSON.stringify(expected);
        const same = typeof expected === 'string' && holder ? sameHolder(field, expected, holder) : undefined;
        settled ||= same !== undefined;
        mismatches.push(`${field}: expected ${want}, but the org shows ${shown}${same ?? ''}`);
      }
    }
  }
  if (condition.task) {
    const tasks = (
      await org.conn.query<{ Id: string; Subject: string | null; OwnerId: string }>(
        `SELECT Id, Subject, OwnerId FROM Task WHERE WhoId = ${soqlString(record.id)} OR WhatId = ${soqlString(record.id)}`,
      )
    ).records;
    const { subject, owner } = condition.task;
    const ownerId = owner ? owners.get(ownerKey(owner)) : undefined;
    const matching = tasks.filter(
      (task) => (!subject || task.Subject === subject) && (!ownerId || task.OwnerId === ownerId),
    );
    const described = await Promise.all(
      tasks.map(
        async (task) =>
          `"${task.Subject ?? ''}" owned by ${describeValue(task.OwnerId, await userOrQueueOf(org, task.OwnerId))}`,
      ),
    );
    seen.push(`Tasks: ${described.length > 0 ? described.join('; ') : 'none'}`);
    if (matching.length === 0) {
      mismatches.push(
        `expected a Task ${describeTask(condition.task)}, but the record's Tasks are: ${described.join('; ') || 'none'}`,
      );
    }
  }
  return { held: mismatches.length === 0, settled, seen, mismatches };
}

function describeTask({ subject, owner }: TaskCondition): string {
  return (
    [subject ? `"${subject}"` : '', owner ? `owned by ${ownerKey(owner)}` : ''].filter(Boolean).join(' ') ||
    'of any kind'
  );
}

/** A rich text area's HTML with the text the record page shows of it. */
function describeRichText(value: unknown): string {
  if (typeof value !== 'string' || value === '') return JSON.stringify(value ?? null);
  return `${JSON.stringify(value)} (rich text reading ${JSON.stringify(richTextParagraphs(value).join('\n'))})`;
}

/** The user or queue whose Id a field holds, as the admin reads it. */
interface Holder {
  kind: 'user' | 'queue';
  id: string;
  /** Its full name, or undefined when the org does not answer it. */
  name?: string;
  /** A user's username, a queue's developer name. */
  uniqueName?: string;
}

async function userOrQueueOf(org: OrgConnection, value: unknown): Promise<Holder | undefined> {
  if (typeof value !== 'string' || !/^(005|00G)[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/.test(value))
    return undefined;
  const user = value.startsWith('005');
  const rows = await org.conn
    .query<{ Name: string; Username?: string; DeveloperName?: string }>(
      `SELECT Name, ${user ? 'Username' : 'DeveloperName'} FROM ${user ? 'User' : 'Group'} WHERE Id = ${soqlString(value)}`,
    )
    .then(
      (result) => result.records,
      () => [],
    );
  const row = rows[0];
  return {
    kind: user ? 'user' : 'queue',
    id: value,
    name: row?.Name,
    uniqueName: row?.Username ?? row?.DeveloperName,
  };
}

/** A value as a person reads it: a user or queue Id with its name. */
function describeValue(value: unknown, holder: Holder | undefined): string {
  if (!holder) return JSON.stringify(value ?? null);
  return `${holder.kind} ${holder.name ?? '(unknown)'} (${holder.id})`;
}

/**
 * When `expected` is the username or name of the user (or queue) the field holds, the two are the same one: what
 * differs is that the API answers the Id, which a name never equals. Says so, with the form that compares the user.
 */
function sameHolder(field: string, expected: string, holder: Holder): string | undefined {
  const written = expected.trim().toLowerCase();
  const names = [holder.uniqueName, holder.name].filter((name): name is string => Boolean(name));
  if (!names.some((name) => name.toLowerCase() === written)) return undefined;
  return (
    ` — that is the ${holder.kind} ${JSON.stringify(expected)} itself: ${field} holds the ${holder.kind}'s Id, ` +
    `which text never equals; write ${field}: { ${holder.kind}: ${flowValue(expected)} } to compare the ${holder.kind}`
  );
}

export function describeWithin(condition: ApiCondition): string {
  return describeDuration(condition.withinMs);
}
