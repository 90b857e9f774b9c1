import { extract } from 'formulon';
import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { evaluateFormula, looksAtTheSave, rewriteContextFunctions } from '../../salesforce/formula/evaluate';
import { literalOf } from '../../salesforce/formula/literals';

/**
 * A formula (a flow's entry condition, an assignment rule entry) evaluated on the record as it stands, with the
 * values of the fields it reads, read as the admin: `holds`, and `why` naming those values ("the record's
 * Lead_Score__c is 50, LeadSource is empty"). A formula that looks at the save itself (ISCHANGED, ISNEW,
 * PRIORVALUE), at whoever saved it ($User, $Profile) or through a relationship (Owner.Name) is not tried:
 * `holds` undefined, and `why` says so.
 */
export async function formulaOnRecord(
  org: OrgConnection,
  record: CreatedRecord,
  formula: string,
): Promise<{ holds?: boolean; why: string }> {
  if (looksAtTheSave(formula)) {
    return { why: 'not tried on the record: it looks at the save itself (ISCHANGED, ISNEW or PRIORVALUE)' };
  }
  const references = extract(rewriteContextFunctions(formula));
  const untriable = references.filter((reference) => reference.startsWith('$') || reference.includes('.'));
  if (untriable.length > 0) return { why: `not tried on the record: it reads ${untriable.join(', ')}` };
  const described = new Map(
    (await org.conn.sobject(record.sobject).describe$()).fields.map((field) => [
      field.name.toLowerCase(),
      field,
    ]),
  );
  const unknown = references.filter((reference) => !described.has(reference.toLowerCase()));
  if (unknown.length > 0) {
    return { why: `not tried on the record: ${record.sobject} has no field ${unknown.join(', ')}` };
  }
  const [row] =
    references.length === 0
      ? [{}]
      : (
          await org.conn.query<Record<string, unknown>>(
            `SELECT ${references.join(', ')} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
          )
        ).records;
  const storedOf = (reference: string) =>
    Object.entries(row ?? {}).find(([key]) => key.toLowerCase() === reference.toLowerCase())?.[1];
  const literals = new Map(
    references.map((reference) => {
      const field = described.get(reference.toLowerCase());
      const shape = {
        type: field?.type ?? 'string',
        picklistValues: field?.picklistValues?.map((value) => value.value),
        precision: field?.precision,
        scale: field?.scale,
      };
      return [reference, literalOf(shape, storedOf(reference))];
    }),
  );
  const result = evaluateFormula(formula, {
    isNew: false,
    value: (path) => literals.get(path),
    prior: () => undefined,
  });
  const values = references.map((reference) => {
    const value = storedOf(reference);
    return value === null || value === undefined || value === ''
      ? `${reference} is empty`
      : `${reference} is ${String(value)}`;
  });
  return {
    holds: result === true,
    why: values.length > 0 ? `the record's ${values.join(', ')}` : 'it reads no field',
  };
}
