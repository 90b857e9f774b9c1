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

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Only for constant markup written in this code base (styles, scripts without interpolation). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function page(title: string, body: HtmlPart, bodyClass = ''): string {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body class="${bodyClass}">${body}</body></html>`.value;
}
