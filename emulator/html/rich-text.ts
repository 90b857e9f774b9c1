import { html, type SafeHtml } from './safe-html';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * A rich text area's HTML as its reader sees it: one paragraph per <p>, <li> or line break, tags dropped and
 * entities read. The emulator shows rich text as these paragraphs, escaped, rather than passing HTML through.
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

export function richTextMarkup(value: string): SafeHtml {
  return html`${richTextParagraphs(value).map((paragraph) => html`<p>${paragraph}</p>`)}`;
}
