import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { type FilterItem, judgeCriteriaItems } from '../../fixtures/criteria-items';
import { formulaOnRecord } from './formula-on-record';

interface RuleEntry {
  assignedTo?: string;
  assignedToType?: string;
  criteriaItems?: FilterItem | FilterItem[];
  booleanFilter?: string;
  formula?: string;
}
interface AssignmentRule {
  fullName: string;
  active?: boolean | string;
  ruleEntry?: RuleEntry | RuleEntry[];
}

/**
 * An object's active assignment rule walked entry by entry on the record as it stands, as Salesforce does when
 * the rule runs: the first entry whose criteria items (with their filter logic) or formula the record meets
 * assigns it; an entry with neither meets every record. Read as the admin through the Metadata API
 * (AssignmentRules, read by the object's name: assignmentRule, ruleEntry with assignedTo, assignedToType,
 * criteriaItems, booleanFilter, formula). Undefined when the object has no active rule there.
 */
export async function assignmentRuleOnRecord(
  org: OrgConnection,
  record: CreatedRecord,
): Promise<string | undefined> {
  const read = (await org.conn.metadata.read('AssignmentRules', record.sobject)) as unknown as {
    assignmentRule?: AssignmentRule | AssignmentRule[];
  };
  const rule = [read?.assignmentRule ?? []]
    .flat()
    .find((candidate) => candidate.active === true || candidate.active === 'true');
  if (!rule) return undefined;
  const failed: string[] = [];
  const entries = [rule.ruleEntry ?? []].flat();
  for (const [index, entry] of entries.entries()) {
    const { holds, words } = await entryOnRecord(org, record, entry);
    const named = `entry ${index + 1} (${words})`;
    const before = failed.length > 0 ? `; the entries before it do not: ${failed.join('; ')}` : '';
    if (holds === true) {
      const to = `${entry.assignedToType === 'Queue' ? 'queue' : 'user'} ${entry.assignedTo}`;
      return `assignment rule "${rule.fullName}": active, and the record meets ${named}, which assigns it to ${to}${before}`;
    }
    if (holds === undefined) {
      return `assignment rule "${rule.fullName}": active; whether the record meets ${named} is not known here${before}`;
    }
    failed.push(named);
  }
  return `assignment rule "${rule.fullName}": active, and the record meets none of its entries, so it keeps its owner: ${failed.join('; ')}`;
}

async function entryOnRecord(
  org: OrgConnection,
  record: CreatedRecord,
  entry: RuleEntry,
): Promise<{ holds?: boolean; words: string }> {
  const items = [entry.criteriaItems ?? []].flat();
  if (items.length > 0) {
    const judged = await judgeCriteriaItems(org, record.sobject, record.id, items, entry.booleanFilter);
    return { holds: judged.holds, words: `${judged.conditions.join('; ')}; filter logic ${judged.logic}` };
  }
  if (entry.formula) {
    const { holds, why } = await formulaOnRecord(org, record, entry.formula);
    return { holds, words: `formula ${entry.formula}: ${why}` };
  }
  return { holds: true, words: 'no criteria: every record' };
}
