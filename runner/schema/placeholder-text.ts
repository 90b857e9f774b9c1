/**
 * Words written to fill a required field for now: as a reason, ticket or approval they document nothing, so the
 * impersonation they would justify could not be explained in a review.
 */
const PLACEHOLDER_WORDS = new Set([
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'fixme',
  'wip',
  'test',
  'testing',
  'tmp',
  'temp',
  'n/a',
  'na',
  'none',
  'null',
  'nil',
  'nothing',
  'unknown',
  'placeholder',
  'dummy',
  'changeme',
  'foo',
  'bar',
  'asdf',
  'lorem ipsum',
  'reason',
  'ticket',
  'approver',
  'reference',
  'someone',
  'somebody',
]);

/** Nothing but punctuation or symbols ("-", "?", "...", "…", "***"), or one letter, alone or repeated ("x", "xxx"). */
const NO_WORDS = /^[\p{P}\p{S}\s]+$|^(\p{L})\1*$/iu;

/** In a ticket or reference, a part that only holds the place of the real one ("REVOPS-TBD", "CHG-XXX"). */
const PLACEHOLDER_PART =
  /^(?:tbd|tba|tbc|todo|fixme|changeme|placeholder|dummy|[\p{P}\p{S}]+|(\p{L})\1{2,})$/iu;

/**
 * The placeholder `value` is, if it is one: a placeholder word or no words at all, also in brackets or quotes
 * (`<ticket>`, `[TBD]`) or with punctuation after it (`TBD.`). When `identifier` (a ticket or a reference), a
 * value with such a part, separated by a dash, slash, underscore, hash or space, is one too (`REVOPS-TBD`,
 * `CHG-XXX`, `JIRA-???`): it names no ticket.
 */
export function placeholderIn(value: string, { identifier = false } = {}): string | undefined {
  const bare = value
    .trim()
    .replace(/^[<[({"'`]+|[>\])}"'`.!:;,]+$/g, '')
    .trim();
  if (bare === '' || NO_WORDS.test(bare) || PLACEHOLDER_WORDS.has(bare.toLowerCase())) return value.trim();
  if (!identifier) return undefined;
  return bare.split(/[-_/\s#]+/).find((part) => PLACEHOLDER_PART.test(part));
}
