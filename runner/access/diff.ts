import { type AccessFact, factKey, ORG_FACTS, sortFacts } from './facts';

/** One fact that appeared, disappeared or changed value or source between the baseline and the org. */
export interface AccessChange {
  persona: string;
  fact: string;
  subject: string;
  before?: AccessFact;
  after?: AccessFact;
}

/**
 * Facts that appeared, disappeared or changed. Per-object facts of an object recorded on one side only (the
 * persona's scenarios started or stopped using it) are left out: the `scope` fact's own change says so.
 */
export function diffAccess(baseline: AccessFact[], current: AccessFact[]): AccessChange[] {
  const scopeBefore = scopes(baseline);
  const scopeAfter = scopes(current);
  const inBothScopes = (fact: AccessFact) => {
    const object = objectOf(fact);
    if (object === undefined) return true;
    const was = scopeBefore.get(fact.persona);
    const now = scopeAfter.get(fact.persona);
    return (!was || was.has(object)) && (!now || now.has(object));
  };
  const before = new Map(sortFacts(baseline.filter(inBothScopes)).map((fact) => [factKey(fact), fact]));
  const after = new Map(sortFacts(current.filter(inBothScopes)).map((fact) => [factKey(fact), fact]));
  const changes: AccessChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const now = after.get(key);
    if (was && now && was.value === now.value && was.via.join('\n') === now.via.join('\n')) continue;
    const { persona, fact, subject } = (now ?? was) as AccessFact;
    changes.push({ persona, fact, subject, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) });
  }
  const order = sortFacts(
    changes.map(({ persona, fact, subject }) => ({ persona, fact, subject, value: '', via: [] })),
  );
  const rank = new Map(order.map((fact, index) => [factKey(fact), index]));
  return changes.sort(
    (a, b) => (rank.get(factKey(a as AccessFact)) ?? 0) - (rank.get(factKey(b as AccessFact)) ?? 0),
  );
}

function scopes(facts: AccessFact[]): Map<string, Set<string>> {
  return new Map(
    facts
      .filter((fact) => fact.fact === 'scope')
      .map((fact) => [fact.persona, new Set(fact.value.split(' ').filter(Boolean))]),
  );
}

/** The object a per-object fact is about ("Lead.Email", "standard-Lead", "Opportunity (Renewal)"). */
function objectOf(fact: AccessFact): string | undefined {
  switch (fact.fact) {
    case 'object':
      return fact.subject;
    case 'field':
    case 'recordType':
      return fact.subject.split('.')[0];
    case 'layout':
      return fact.subject.split(' ')[0];
    case 'tab':
      return fact.subject.replace(/^standard-/, '');
    default:
      return undefined;
  }
}

/** What a fact's absence means, for "read → none" style lines. */
const ABSENT: Record<string, string> = {
  field: 'none (hidden by field-level security)',
  object: 'no access',
  tab: 'Hidden',
  app: 'not visible',
  recordType: 'not available',
  layout: 'no layout assigned',
  system: 'not granted',
  permissionSet: 'not assigned',
  permissionSetGroup: 'not assigned',
  publicGroup: 'not a member',
  queue: 'not a member',
  loginAs: 'cannot log in as other users',
  delegatedLoginAs: 'cannot log in as other users',
  contract: 'kept',
  user: 'no user',
  approvalProcess: 'no such approval process',
  approvalStep: 'no such step',
};

const LABEL: Record<string, string> = {
  field: 'field',
  object: 'object',
  tab: 'tab',
  app: 'app',
  recordType: 'record type',
  layout: 'layout',
  system: 'system permission',
  permissionSet: 'permission set',
  permissionSetGroup: 'permission set group',
  publicGroup: 'public group',
  queue: 'queue',
  loginAs: 'can log in as others:',
  delegatedLoginAs: 'delegated administrator, can log in as others:',
  loginAccessPolicy: 'Login Access Policy',
  contract: 'persona contract',
  user: 'user',
  profile: 'profile',
  role: 'role',
  unreadable: 'not readable:',
  scope: 'objects recorded',
  manager: 'manager',
  delegatedApprover: 'delegated approver',
  approvalProcess: 'approval process',
  approvalStep: 'approval step',
};

const viaText = (via: string[]) => (via.length > 0 ? via.join('; ') : 'no grant recorded');

/** How a fact's sources read: most are grants; an approval process is relied on by scenarios, a step read from it. */
const SOURCE_WORDS: Record<string, { now: string; was: string }> = {
  approvalProcess: { now: 'relied on by', was: 'was relied on by' },
  approvalStep: { now: 'read from', was: 'was read from' },
};

/** One line per change, with where the access now comes from or where it came from. */
export function describeChange(change: AccessChange): string {
  const what = `${LABEL[change.fact] ?? change.fact}${change.subject ? ` ${change.subject}` : ''}`;
  const absent = ABSENT[change.fact] ?? '(none)';
  const { before, after } = change;
  if (change.fact === 'contract') {
    return after
      ? `! persona contract violated: ${after.via.join('; ')}`
      : '+ persona contract kept again (it was violated when the baseline was recorded)';
  }
  if (change.fact === 'approvalProcess') {
    const stopped = approvalProcessStopped(change);
    if (stopped) return stopped;
  }
  // Of the same user; when the persona's user itself changed, the generic line says whose was whose.
  if (before && after && APPROVERS.has(change.fact) && before.via.join() === after.via.join())
    return approverChange(change.fact, before, after);
  const words = SOURCE_WORDS[change.fact];
  if (after && !before) {
    const source = words?.now ?? 'granted by';
    return `+ ${what}: ${absent} → ${after.value}${after.via.length > 0 ? `; ${source} ${viaText(after.via)}` : ''}`;
  }
  if (before && !after) {
    const source = words
      ? `${words.was} ${viaText(before.via)}`
      : `was granted by ${viaText(before.via)}, which no longer grants it`;
    return `- ${what}: ${before.value} → ${absent}${before.via.length > 0 ? `; ${source}` : ''}`;
  }
  const was = before as AccessFact;
  const now = after as AccessFact;
  const value = was.value === now.value ? `${now.value} (unchanged)` : `${was.value} → ${now.value}`;
  const sameSources = was.via.join('\n') === now.via.join('\n');
  const sources =
    now.via.length === 0 && was.via.length === 0
      ? ''
      : sameSources
        ? `; ${viaText(now.via)}`
        : `; now via ${viaText(now.via)} (was via ${viaText(was.via)})`;
  return `~ ${what}: ${value}${sources}`;
}

const APPROVERS = new Set(['manager', 'delegatedApprover']);

/**
 * An approval process the persona's scenarios rely on that is no longer active (deactivated, made obsolete or
 * deleted), with those scenarios; undefined for other changes.
 */
function approvalProcessStopped({ subject, before, after }: AccessChange): string | undefined {
  if (before?.value !== 'active' || after?.value === 'active') return undefined;
  const now = after ? after.value : ABSENT.approvalProcess;
  const scenarios = (after ?? before).via;
  return (
    `- approval process ${subject} is no longer active (active → ${now})` +
    (scenarios.length > 0 ? `; relied on by ${scenarios.join(', ')}` : '') +
    ' — Submit for Approval of their records finds no active process unless another one takes them'
  );
}

/** "Ava Chen's manager was removed", with the user field it was read from: approval routing depends on it. */
function approverChange(fact: string, before: AccessFact, after: AccessFact): string {
  const source = after.via[0] ?? '';
  const whose = /\bof (.+)$/.exec(source)?.[1] ?? 'the user';
  const role = LABEL[fact];
  const consequence =
    fact === 'manager'
      ? "approval steps that route to the submitter's manager find no approver"
      : 'approval requests are no longer also sent to a delegate';
  if (after.value === 'none')
    return `- ${whose}'s ${role} was removed (was ${before.value}); source: ${source} — ${consequence}`;
  if (before.value === 'none') return `+ ${whose}'s ${role} was set to ${after.value}; source: ${source}`;
  return `~ ${whose}'s ${role} changed: ${before.value} → ${after.value}; source: ${source}`;
}

/** The diff for a terminal or a CI log: per persona (org-wide facts first), one line per change. */
export function formatChanges(changes: AccessChange[], current: AccessFact[], baselineFile: string): string {
  if (changes.length === 0) return `No access changes since ${baselineFile}.`;
  const userOf = new Map(
    current.filter((fact) => fact.fact === 'user').map((fact) => [fact.persona, fact.value]),
  );
  const lines: string[] = [];
  let persona: string | undefined;
  for (const change of changes) {
    if (change.persona !== persona) {
      persona = change.persona;
      const user = userOf.get(persona);
      lines.push(persona === ORG_FACTS ? 'org-wide:' : `persona ${persona}${user ? ` (${user})` : ''}:`);
    }
    lines.push(`  ${describeChange(change)}`);
  }
  const personas = new Set(changes.map((change) => change.persona)).size;
  lines.push(
    '',
    `${changes.length} access change(s) in ${personas} section(s) since ${baselineFile}. Review them; after a ` +
      'reviewed change, `persona-ux access diff --update` rewrites the baseline.',
  );
  return lines.join('\n');
}
