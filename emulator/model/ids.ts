/** Salesforce record ids: 15 case-sensitive characters plus a 3-character case-safe suffix. */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

export const KEY_PREFIXES = {
  Organization: '00D',
  User: '005',
  Profile: '00e',
  Lead: '00Q',
  Account: '001',
  Contact: '003',
  Opportunity: '006',
  SetupAuditTrail: '0Ym',
  LoginHistory: '0Ya',
  AuthSession: '0Ak',
  PermissionSet: '0PS',
} as const;

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

export function keyPrefixOf(id: string): string {
  return id.slice(0, 3);
}

/**
 * Hands out ids per key prefix in a stable order, so the same org definition gives the same ids on every
 * start. "5g" stands in for the pod (instance) characters of a real id.
 */
export class IdGenerator {
  private readonly counters = new Map<string, number>();

  next(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    const body = toBase62(n).padStart(10, '0');
    const id15 = `${prefix}5g${body}`;
    return id15 + caseSafeSuffix(id15);
  }
}

function toBase62(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = BASE62.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out;
}
