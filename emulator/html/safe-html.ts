/**
 * HTML built from templates whose interpolations are escaped unless already SafeHtml. Not hono/html: its
 * html`` is typed to return a Promise whenever a part may be async, so every synchronous page (and the record
 * page cache) would need casts; this helper renders synchronously and is what the hot path measures (bench/).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = SafeHtml | string | number | boolean | null | undefined | HtmlPart[];

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: skip the replace (the record page's hot path, bench/).
  if (!/[&<>"']/.test(text)) return text;
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A part as markup: SafeHtml as it is, text escaped, arrays in order, null/undefined/false as nothing. */
export function renderHtml(part: HtmlPart): string {
  if (part instanceof SafeHtml) return part.value;
  if (typeof part === 'string') return escapeHtml(part);
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) {
    // Concatenated, not joined: the page stays one rope of its parts, copied once when it is sent.
    let out = '';
    for (const item of part) out += renderHtml(item);
    return out;
  }
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += renderHtml(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Only for constant markup written in this code base (styles, scripts without interpolation). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function page(title: string, body: HtmlPart, bodyClass = ''): string {
  return documentStart(title, bodyClass) + renderHtml(body) + DOCUMENT_END;
}

/** What a page's document holds before its body's content; DOCUMENT_END closes it. */
export function documentStart(title: string, bodyClass: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body class="${escapeHtml(bodyClass)}">`;
}

export const DOCUMENT_END = '</body></html>';
