const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * A rich text area's HTML as its reader sees it: one paragraph per <p>, <li>, <div>, heading or line break, tags
 * dropped and entities read. The API answers a rich text area as HTML (typed text is stored as `<p>` per line);
 * the record page shows its text.
 */
export function richTextParagraphs(value: string): string[] {
  return value
    .replace(/<\s*(br\s*\/?|\/p|\/li|\/div|\/h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Text written in a scenario, paragraph by paragraph as `richTextParagraphs` reads HTML: one per non-blank line. */
export function textParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
