import type { OrgState } from '../model/org-state';
import type { MetadataRecord } from './metadata-xml';

/**
 * An object's assignment rules as the Metadata API's AssignmentRules (read by the object's name): each
 * assignmentRule with its ruleEntry elements in order, each naming whom it assigns to (assignedTo: a username,
 * or a queue's developer name; assignedToType User or Queue) and its criteria: criteria items with their filter
 * logic, or a formula. The shape of
 * public assignmentRules-meta.xml files: `<assignmentRule><fullName>…</fullName><active>true</active>
 * <ruleEntry><assignedTo>EMEA_Lead_Queue</assignedTo><assignedToType>Queue</assignedToType><criteriaItems>…`
 * or `<formula>…</formula>`.
 */
export function assignmentRulesMetadata(state: OrgState, object: string): MetadataRecord {
  const queues = state.store.all('Group').filter((group) => group.Type === 'Queue');
  const assignee = (assignTo: string) => {
    const user = state.userByUsername(assignTo);
    if (user) return { assignedTo: user.username, assignedToType: 'User' };
    const queue = queues.find((group) => group.Name === assignTo || group.DeveloperName === assignTo);
    return { assignedTo: String(queue?.DeveloperName ?? assignTo), assignedToType: 'Queue' };
  };
  return {
    fullName: object,
    assignmentRule: state.definition.assignmentRules
      .filter((rule) => rule.object === object)
      .map((rule) => ({
        fullName: rule.name,
        active: rule.active,
        ruleEntry: rule.entries.map((entry) => ({
          ...assignee(entry.assignTo),
          booleanFilter: entry.booleanFilter,
          criteriaItems: entry.criteriaItems,
          formula: entry.formula,
        })),
      })),
  };
}
