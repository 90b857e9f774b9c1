/** A list as the persona sees it: its own count (status line or card count) and the rows it has loaded. */
export interface ShownList {
  /** Where it is, for messages: 'list view Lead SDR_Queue', 'related list Contacts of Account 001…'. */
  readonly description: string;
  /** The count the list states itself; `more` when it says "50+" or "(6+)": rows beyond it are not loaded. */
  count(): Promise<StatedCount>;
  /** Record ids of the rows shown, in order. */
  rowIds(): Promise<string[]>;
  /**
   * Has the list load or render the rows after those shown, as scrolling to its end does; resolves once one more
   * row or a new count shows, or fails (a TimeoutError) when none comes. Absent where the list loads no more.
   */
  loadMore?(): Promise<void>;
  /** How loadMore gets the rows, as a message says it: "when scrolled to its last row". */
  readonly loadsMoreBy?: string;
  /**
   * Shows again the page the list was opened on, where loading more left it (a related list's View All page
   * replaces the record page). Absent where the list never leaves its page.
   */
  restorePage?(): Promise<void>;
}

export interface StatedCount {
  /** undefined when the text holds no single number to read. */
  count: number | undefined;
  more: boolean;
  /** The text it was read from, e.g. "3 items • Sorted by Name •" or "(6+)". */
  text: string;
}

/**
 * "3 items • Sorted by …", "50+ items", "(6+)", "3 Elemente • Sortiert nach …", "1 234 éléments" → the count and
 * whether more exist. Read in any UI language: the one number before the first "•" (the rest of a status line,
 * "Updated 5 minutes ago", has numbers of its own), with digit-group separators and any script's digits.
 */
export function statedCount(text: string): StatedCount {
  const counted = text.split('•')[0];
  const numbers = [...counted.matchAll(NUMBER)];
  if (numbers.length !== 1) return { count: undefined, more: false, text };
  const [, digits, plus] = numbers[0];
  const count = Number([...digits.replace(GROUP_SEPARATORS, '')].map(digitValue).join(''));
  return { count, more: plus !== undefined, text };
}

const NUMBER = /(\p{Nd}+(?:[,.\u00a0\u202f' ]\p{Nd}{3})*)\s?([+＋])?/gu;
const GROUP_SEPARATORS = /[^\p{Nd}]/gu;

/** A decimal digit's value in any script: Unicode keeps each script's digits 0-9 in one run of code points. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) as number;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
