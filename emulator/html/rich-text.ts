import { richTextParagraphs } from '../../salesforce/rich-text';
import { html, type SafeHtml } from './safe-html';

/** The emulator shows a rich text area as its paragraphs, escaped, rather than passing its HTML through. */
export function richTextMarkup(value: string): SafeHtml {
  return html`${richTextParagraphs(value).map((paragraph) => html`<p>${paragraph}</p>`)}`;
}
