import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { orgAnswer } from '../../fixtures/org-answer';
import { soqlString } from '../../fixtures/persona-capability';
import { automationFor } from './object-automation';

/**
 * Why a field shows another value than expected, read as the admin: what the org stores for it (the page
 * formats a value, it does not invent one), and the automation of the object that sets it, with its state.
 * A phrase for a failure message, or "" without the admin's API session.
 */
export async function whyValue(
  org: OrgConnection | undefined,
  record: CreatedRecord,
  apiName: string,
): Promise<string> {
  if (!org) return '';
  return orgAnswer(async () => {
    const [row] = (
      await org.conn.query<Record<string, unknown>>(
        `SELECT ${apiName} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
      )
    ).records;
    const value = row?.[apiName];
    const stored =
      value === null || value === undefined || value === ''
        ? `the org stores no value for ${apiName}`
        : `the org stores ${JSON.stringify(value)} for ${apiName}`;
    const automation = await automationFor(org, record.sobject, { fields: [apiName] }, record);
    return `${stored} (read as the admin); ${automation}`;
  });
}
