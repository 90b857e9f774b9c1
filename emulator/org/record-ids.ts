/** Salesforce record ids: 15 case-sensitive characters plus a 3-character case-safe suffix. */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

/** The real checksum: each 5-character chunk gives one suffix character from its uppercase positions. */
export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') flags |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(flags);
  }
  return suffix;
}

/** The 18-character form of a well-formed 15- or 18-character id, or undefined when malformed. */
export function to18(id: string): string | undefined {
  if (!ID_SHAPE.test(id)) return undefined;
  const id15 = id.slice(0, 15);
  const full = id15 + caseSafeSuffix(id15);
  if (id.length === 18 && id.toUpperCase() !== full.toUpperCase()) return undefined;
  return full;
}

export function isWellFormedId(id: string): boolean {
  return to18(id) !== undefined;
}
