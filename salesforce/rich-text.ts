const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An HTML character reference as the character it stands for; one not known here stays as written. */
function character(reference: string, name: string): string {
  const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
  if (code !== undefined) {
    const point = Number.parseInt(code, name.startsWith('#x') || name.startsWith('#X') ? 16 : 10);
    // A no-break space reads as a space, as &nbsp; does.
    return point === 0xa0 ? ' ' : point <= 0x10ffff ? String.fromCodePoint(point) : reference;
  }
  return ENTITIES[name] ?? reference;
}

/**
 * A rich text area's HTML as its reader sees it: one paragraph per <p>, <li>, <div>, heading or line break, tags
 * dropped and entities read. The API answers a rich text area as HTML (typed text is stored as `<p>` per line);
 * the record page shows its text.
 */
export function richTextParagraphs(value: string): string[] {
  return value
    .replace(/<\s*(br\s*\/?|\/p|\/li|\/div|\/h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, character)
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
