/** A list as the persona sees it: its own count (status line or card count) and the rows it has loaded. */
export interface ShownList {
  /** Where it is, for messages: 'list view Lead SDR_Queue', 'related list Contacts of Account 001…'. */
  readonly description: string;
  /** The count the list states itself; `more` when it says "50+" or "(6+)": rows beyond it are not loaded. */
  count(): Promise<StatedCount>;
  /** Record ids of the rows shown, in order. */
  rowIds(): Promise<string[]>;
}

export interface StatedCount {
  count: number;
  more: boolean;
  /** The text it was read from, e.g. "3 items • Sorted by Name •" or "(6+)". */
  text: string;
}

/** "3 items • Sorted by …", "1 item", "50+ items", "(6+)", "(0)" → the count and whether more exist. */
export function statedCount(text: string): StatedCount | undefined {
  const found = /(\d+)(\+)?\s*(?:items?\b|\))/.exec(text);
  if (!found) return undefined;
  return { count: Number(found[1]), more: found[2] === '+', text };
}
