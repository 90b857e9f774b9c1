import type { CreatedRecord } from '../../fixtures';
import type { StepContext } from './context';
import { recordName } from './record-name';

const GRANTED = 'the org grants read access';

/**
 * What a record page that did not open proves. Only Insufficient Privileges, with the org (read as the admin)
 * naming the missing object permission or sharing, is evidence that the persona may not open the record.
 * "Looks like there's a problem. This record may have been deleted…" and "We can't find that page" also show
 * for a deleted record or a wrong address, so they prove nothing about access.
 */
export async function recordRefusal(
  pageText: string,
  record: CreatedRecord,
  context: StepContext,
): Promise<{ noAccess: boolean; why: string; orgSays?: string }> {
  const what = recordName(context, record);
  if (/\bInsufficient Privileges\b/i.test(pageText)) {
    const why = await context.explainRecord(record.sobject, record.id);
    if (!why.startsWith(GRANTED))
      return {
        noAccess: true,
        why: `the persona cannot open the record: the page says "${pageText}" — ${why}`,
        orgSays: why,
      };
    return {
      noAccess: false,
      why: `${what} showed "${pageText}", but ${why} — a rendering fault, not proof that the persona lacks access`,
    };
  }
  return {
    noAccess: false,
    why:
      `${what} showed "${pageText}", which is not Insufficient Privileges, so it says nothing about the ` +
      `persona's access; ${await whatTheOrgSays(record, context)}`,
  };
}

async function whatTheOrgSays(record: CreatedRecord, context: StepContext): Promise<string> {
  if (!context.org) return 'the org was not asked whether the record still exists';
  try {
    const found = await context.org.conn.query(
      `SELECT Id FROM ${record.sobject} WHERE Id = '${record.id.replace(/[^A-Za-z0-9]/g, '')}'`,
    );
    if (found.totalSize === 0)
      return 'read as the admin, the record no longer exists: it was deleted after the test data was created';
    return `the record exists (read as the admin) and ${await context.explainRecord(record.sobject, record.id)}`;
  } catch (error) {
    return `the org could not say whether the record exists (${(error as Error).message})`;
  }
}
