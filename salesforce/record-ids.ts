/**
 * Whether two record ids name the same record: the 18-character id is the case-sensitive 15-character one plus
 * a three-character case-safe suffix, and the API accepts and answers either form (SOAP API Developer Guide,
 * "Field Types", ID), so they compare by their first 15 characters.
 */
export const sameRecordId = (a: string, b: string): boolean => a.slice(0, 15) === b.slice(0, 15);

/** A 15- or 18-character record id as written: letters and digits only. */
export const looksLikeRecordId = (text: string): boolean => /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(text);

/** The id the API gives the master record type: records of an object with no record type of their own. */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';
