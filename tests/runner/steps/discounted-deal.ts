import type { CreatedRecord } from '../../../fixtures';
import type { OrgConnection } from '../../../fixtures/org-connection';
import { idOf } from './persona-steps';

/** The demo AE, who owns the deals approvals are tested on. */
export const AE = 'ava.ae@acme-demo.example';

/**
 * An open opportunity the AE owns with this discount (percent, as the page shows it): above 20 the demo org's
 * Discount_Approval process takes it.
 */
export async function discountedDeal(
  org: OrgConnection,
  name: string,
  discount: number,
): Promise<CreatedRecord> {
  const created = await org.conn.sobject('Opportunity').create({
    Name: name,
    StageName: 'Proposal/Price Quote',
    CloseDate: '2026-12-31',
    Amount: 40000,
    Discount__c: discount,
    OwnerId: await idOf(org, `SELECT Id FROM User WHERE Username = '${AE}'`),
  });
  if (!created.success) throw new Error('create failed');
  return { sobject: 'Opportunity', id: created.id };
}
