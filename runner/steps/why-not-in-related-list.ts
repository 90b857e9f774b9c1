import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import type { PredictedRelatedList } from '../../fixtures/record-page-prediction';
import { sameId } from '../../fixtures/same-id';
import type { ListedVerdict } from './why-not-in-list-view';

/**
 * Why a related list does not list a record, read as the admin: a related list shows the child records whose
 * lookup points to the parent, so the record's lookup fields to the parent's object (the parent's describe
 * childRelationships; the layout's `Object.Field` names the one field of a custom relationship's list) are read
 * and named with where they point.
 */
export async function whyNotInRelatedList(
  org: OrgConnection,
  record: CreatedRecord,
  parent: CreatedRecord,
  list: PredictedRelatedList | undefined,
): Promise<ListedVerdict | undefined> {
  const named = list ? /^(\w+)\.(\w+)$/.exec(list.name) : null;
  const fields = named
    ? [named[2] as string]
    : (await org.conn.describe(parent.sobject)).childRelationships
        .filter((relationship) => relationship.childSObject === record.sobject)
        .map((relationship) => relationship.field);
  if (fields.length === 0) return undefined;
  const [row] = (
    await org.conn.query<Record<string, string | null>>(
      `SELECT ${fields.join(', ')} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
    )
  ).records;
  const pointing = fields.filter((field) => {
    const value = row?.[field];
    return typeof value === 'string' && sameId(value, parent.id);
  });
  if (pointing.length > 0) {
    return {
      keptBy: `its ${pointing.join(' and ')} ${pointing.length > 1 ? 'point' : 'points'} to this ${parent.sobject}`,
    };
  }
  const where = await Promise.all(
    fields.map(async (field) => `${field} is ${await pointsTo(org, row?.[field])}`),
  );
  return {
    leftOutBy: `the related list shows the ${record.sobject} records whose ${fields.join(' or ')} is this ${parent.sobject}, and the record's ${where.join(', its ')}`,
  };
}

/** "empty", or the record an Id points to (Account "Acme" (001…)), or the Id alone when it has no Name. */
async function pointsTo(org: OrgConnection, id: string | null | undefined): Promise<string> {
  if (!id) return 'empty';
  const global = await org.conn.describeGlobal();
  const object = global.sobjects.find((sobject) => sobject.keyPrefix === id.slice(0, 3))?.name;
  if (!object) return id;
  const rows = await org.conn
    .query<{ Name?: string }>(`SELECT Name FROM ${object} WHERE Id = ${soqlString(id)}`)
    .then(
      (result) => result.records,
      () => [],
    );
  const name = rows[0]?.Name;
  return name ? `${object} "${name}" (${id})` : id;
}
