import type { Connection } from 'jsforce';
import { queryAll, soqlString } from '../../fixtures/persona-capability';
import type { ApprovalUses } from './approval-scope';
import type { AccessFact } from './facts';

/**
 * The approval processes a persona's scenarios rely on: per object its approval steps act on, each
 * ProcessDefinition (Type Approval; State Active, Inactive or Obsolete — Object Reference: ProcessDefinition), and
 * each step's approvers as the Metadata API's ApprovalProcess names them (approvalStep.assignedApprover.approver:
 * type and name; docs/salesforce-facts.md#approval-routing). `via` names the scenarios that depend on it, so a
 * deactivated process reads as "these scenarios will find no process".
 */
export async function approvalProcessFacts(
  conn: Connection,
  persona: string,
  uses: ApprovalUses,
): Promise<AccessFact[]> {
  if (uses.size === 0) return [];
  const objects = [...uses.keys()].sort();
  let rows: ProcessRow[];
  try {
    rows = await queryAll<ProcessRow>(
      conn,
      'SELECT DeveloperName, Name, TableEnumOrId, State FROM ProcessDefinition ' +
        `WHERE Type = 'Approval' AND TableEnumOrId IN (${objects.map(soqlString).join(', ')})`,
    );
  } catch (error) {
    return [unreadable(persona, 'approval processes (ProcessDefinition)', error)];
  }
  const reliedOn = (object: string) => (uses.get(object) ?? []).map((id) => `scenario ${id}`);
  const facts: AccessFact[] = [];
  for (const object of objects) {
    const own = rows.filter((row) => row.TableEnumOrId.toLowerCase() === object.toLowerCase());
    // No process at all is a fact too: a scenario that submits such a record is refused.
    if (own.length === 0) {
      facts.push({ persona, fact: 'approvalProcess', subject: object, value: 'none', via: reliedOn(object) });
    }
    for (const row of own) {
      facts.push({
        persona,
        fact: 'approvalProcess',
        subject: `${object}.${row.DeveloperName}`,
        value: row.State.toLowerCase(),
        via: reliedOn(object),
      });
    }
  }
  return [...facts, ...(await approverFacts(conn, persona, rows))];
}

interface ProcessRow extends Record<string, unknown> {
  DeveloperName: string;
  Name: string;
  TableEnumOrId: string;
  State: string;
}

type OneOrMany<T> = T | T[];

interface ApprovalProcessSteps {
  fullName?: string;
  approvalStep?: OneOrMany<{
    name?: string;
    assignedApprover?: { approver?: OneOrMany<{ name?: string; type?: string }> };
  }>;
}

const many = <T>(value: OneOrMany<T> | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Each step of the processes with its approvers ("userHierarchyField Manager", "queue Discount_Desk"). */
async function approverFacts(conn: Connection, persona: string, rows: ProcessRow[]): Promise<AccessFact[]> {
  const names = rows.map((row) => `${row.TableEnumOrId}.${row.DeveloperName}`);
  if (names.length === 0) return [];
  let read: ApprovalProcessSteps[] = [];
  try {
    for (let start = 0; start < names.length; start += 10) {
      const chunk = (await conn.metadata.read('ApprovalProcess', names.slice(start, start + 10))) as unknown;
      read.push(...many(chunk as OneOrMany<ApprovalProcessSteps>));
    }
  } catch (error) {
    return [unreadable(persona, 'approval steps (Metadata API ApprovalProcess)', error)];
  }
  read = read.filter((process) => process?.fullName);
  return read.flatMap((process) =>
    many(process.approvalStep).map((step) => ({
      persona,
      fact: 'approvalStep',
      subject: `${process.fullName} ${step.name ?? '(unnamed step)'}`,
      value:
        many(step.assignedApprover?.approver)
          .map((approver) => `${approver.type ?? '?'} ${approver.name ?? ''}`.trim())
          .join(', ') || 'none named',
      via: [`ApprovalProcess ${process.fullName}`],
    })),
  );
}

function unreadable(persona: string, subject: string, error: unknown): AccessFact {
  const { errorCode, message } = error as { errorCode?: string; message: string };
  return { persona, fact: 'unreadable', subject, value: errorCode ?? message, via: [] };
}
