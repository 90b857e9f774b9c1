/**
 * The access baseline: one fact per line (JSON), in a stable order, so that a git diff of the file reads as
 * "what changed for whom". A fact is keyed by persona, kind and subject; its value and the grants behind it
 * (`via`: "profile Finance: read", "permission set Finance_Viewer: read") are what a diff compares.
 */
export interface AccessFact {
  /** The persona's name, or ORG_FACTS for org-wide facts (Login Access Policy, who may log in as others). */
  persona: string;
  fact: string;
  subject: string;
  value: string;
  via: string[];
}

export const ORG_FACTS = '(org)';

export const factKey = (fact: AccessFact) => `${fact.persona}\u0000${fact.fact}\u0000${fact.subject}`;

/** Org facts first, then personas by name; within each, by kind and subject. */
export function sortFacts(facts: AccessFact[]): AccessFact[] {
  const rank = (persona: string) => (persona === ORG_FACTS ? '' : persona);
  return [...facts]
    .map((fact) => ({ ...fact, via: [...new Set(fact.via)].sort() }))
    .sort(
      (a, b) =>
        compare(rank(a.persona), rank(b.persona)) || compare(a.fact, b.fact) || compare(a.subject, b.subject),
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function formatBaseline(facts: AccessFact[]): string {
  return `${sortFacts(facts)
    .map(({ persona, fact, subject, value, via }) => JSON.stringify({ persona, fact, subject, value, via }))
    .join('\n')}\n`;
}

/** A baseline line that is not a fact: the file was edited by hand or merged badly. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

export function parseBaseline(text: string, file: string): AccessFact[] {
  const facts: AccessFact[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new BaselineError(
        `${file}:${index + 1}:1 is not a JSON line (${(error as Error).message}). ` +
          'Resolve the merge or rewrite the file with `persona-ux access snapshot`.',
      );
    }
    const fact = parsed as Partial<AccessFact>;
    const ok =
      typeof fact.persona === 'string' &&
      typeof fact.fact === 'string' &&
      typeof fact.subject === 'string' &&
      typeof fact.value === 'string' &&
      Array.isArray(fact.via) &&
      fact.via.every((item) => typeof item === 'string');
    if (!ok) {
      throw new BaselineError(
        `${file}:${index + 1}:1 is not an access fact. Expected {"persona", "fact", "subject", "value", "via": [...]}; ` +
          'rewrite the file with `persona-ux access snapshot`.',
      );
    }
    facts.push(fact as AccessFact);
  });
  return facts;
}
