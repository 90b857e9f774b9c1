import { caseSafeSuffix } from '../org/record-ids';

// The id format is defined beside the org definition, which checks the ids it contains.
export { caseSafeSuffix, isWellFormedId, to18 } from '../org/record-ids';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

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

  /** The next number of a named sequence (an Auto Number field's), `start` the first time. */
  count(sequence: string, start: number): number {
    const n = Math.max((this.counters.get(sequence) ?? start - 1) + 1, start);
    this.counters.set(sequence, n);
    return n;
  }

  /** The counters, so that an org restored from disk never hands out an id twice (org-persistence.ts). */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  restore(counters: Record<string, number>): void {
    for (const [prefix, n] of Object.entries(counters)) this.counters.set(prefix, n);
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
